import { NAV_ITEMS, type PageKey, type Route } from './navigation';

/**
 * The address of each place in the app, as a hash route (`#/ledger`,
 * `#/ledger/cases/2026-000123`, `#/dashboard/mediations/4?fromCase=17`).
 * Hash routes because the desktop shell loads the renderer from a file://
 * URL, where a path route would point at another file; the browser mode
 * serves the one index.html the same way. Pure: no window, so it is tested
 * on its own (tests/unit/router.test.ts); useHashRoute.ts does the history.
 *
 * A record's path starts with the page it was opened from (`back`), which
 * keeps that page's drawer entry selected and is where 返回 leads; a bare
 * `#/cases/2026-000123` (a link typed or shortened by hand) belongs to the
 * ledger, `#/mediations/4` to the desk, `#/items/5` to the catalogue.
 */

/** A case code as printed on its file (一案一码), e.g. 2026-000123. */
const CASE_CODE = /^\d{4}-\d{6}$/;
const ID = /^[1-9]\d{0,9}$/;

const SLUGS: Record<PageKey, string> = {
  dashboard: 'dashboard',
  intake: 'intake',
  ledger: 'ledger',
  imports: 'imports',
  archive: 'archive',
  loans: 'loans',
  roster: 'roster',
  watch: 'watch',
  cameras: 'cameras',
  footage: 'footage',
  handover: 'handover',
  stats: 'stats',
  accounts: 'accounts',
  audit: 'audit',
  settings: 'settings',
  myAccount: 'my-account',
};

const PAGE_OF_SLUG = new Map(NAV_ITEMS.map((item) => [SLUGS[item.key], item.key]));

const DASHBOARD: Route = { page: 'dashboard' };

/** The hash (with its leading `#`) that stands for `route`. */
export function routeToHash(route: Route): string {
  switch (route.page) {
    case 'case':
      // The code once known (the link people copy); the id only while the case is being read.
      return `#/${SLUGS[route.back]}/cases/${route.code ?? String(route.caseId)}`;
    case 'mediation':
      return `#/${SLUGS[route.back]}/mediations/${route.mediationId}${fromCase(route.fromCase)}`;
    case 'archiveItem':
      return `#/${SLUGS[route.back]}/items/${route.itemId}${fromCase(route.fromCase)}`;
    default:
      return route.page === 'dashboard' ? '#/' : `#/${SLUGS[route.page]}`;
  }
}

const fromCase = (id: number | undefined) => (id === undefined ? '' : `?fromCase=${id}`);

/**
 * The route a hash stands for. Anything it does not know — a mistyped link,
 * an old bookmark, an empty hash — is the desk, never an error page: the
 * address is only a way back to a place, and the desk is always allowed.
 */
export function hashToRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const from = new URLSearchParams(query).get('fromCase');
  const fromId = from !== null && ID.test(from) ? Number(from) : undefined;

  if (parts.length === 0) return DASHBOARD;
  const first = parts[0] ?? '';
  const page = PAGE_OF_SLUG.get(first);
  // `#/cases/…` without a page before it: the record's own page is where it came from.
  const [back, kind, ref] = page ? [page, parts[1], parts[2]] : [undefined, first, parts[1]];
  if (page && parts.length === 1) return { page };
  if (parts.length !== (page ? 3 : 2) || kind === undefined || ref === undefined) return DASHBOARD;

  switch (kind) {
    case 'cases':
      if (CASE_CODE.test(ref)) return { page: 'case', code: ref, back: back ?? 'ledger' };
      if (ID.test(ref)) return { page: 'case', caseId: Number(ref), back: back ?? 'ledger' };
      return DASHBOARD;
    case 'mediations':
      return ID.test(ref)
        ? { page: 'mediation', mediationId: Number(ref), fromCase: fromId, back: back ?? 'dashboard' }
        : DASHBOARD;
    case 'items':
      return ID.test(ref)
        ? { page: 'archiveItem', itemId: Number(ref), fromCase: fromId, back: back ?? 'archive' }
        : DASHBOARD;
    default:
      return DASHBOARD;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
