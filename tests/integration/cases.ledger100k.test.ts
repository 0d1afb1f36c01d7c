/**
 * The ledger at the target size (design.md: 100 000 cases): paging, every
 * filter, every sort and search return exactly what a naive scan of the same
 * data in memory returns. One seeded encrypted archive for the whole file
 * (seeding takes ~30 s here; the file ~1 minute).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases } from '../../electron/core/features/cases/cases.seed';
import { createWorkCalendar, addWorkdays } from '../../shared/calendar/workdays';
import { deadlineState } from '../../shared/cases/deadline';
import type { CaseDashboard, CasePage, ListCasesInput } from '../../shared/cases/schemas';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from '../../shared/cases/status';
import type { FileOutput } from '../../shared/api/contract';
import { FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { STAFF, STAFF2 } from '../support/ledger';

const COUNT = 100_000;
const NOW = '2026-11-24T09:00:00';
const TODAY = '2026-11-24';

interface Row {
  id: number;
  code: string;
  registered_at: string;
  source: string;
  category_id: number;
  category: string;
  difficulty: string;
  handler_id: number | null;
  handler_name: string | null;
  first_contact_id: number;
  status: CaseStatus;
  deadline: string | null;
  major: number;
  amount_cents: number | null;
  summary: string;
  place: string | null;
  notes: string | null;
  party_names: string;
  /** As the search index has them: parties' names, then representatives, space-separated. */
  names: string;
}

type Filter = Omit<ListCasesInput, 'page' | 'pageSize'>;

const chars = (s: string) => [...s].length;
const RANK = Object.keys(CASE_STATUSES) as CaseStatus[];

/** The specification of the ledger filter, written the slow, obvious way. */
function naiveFilter(rows: readonly Row[], f: Filter): Row[] {
  const q = f.q?.trim().toLowerCase();
  const toNext = f.to ? addDays(f.to, 1) : null;
  return rows.filter(
    (r) =>
      (!f.status?.length || f.status.includes(r.status)) &&
      (f.categoryId === undefined || r.category_id === f.categoryId) &&
      (f.source === undefined || r.source === f.source) &&
      (f.difficulty === undefined || r.difficulty === f.difficulty) &&
      (f.handlerId === undefined || r.handler_id === f.handlerId) &&
      (!f.from || r.registered_at >= f.from) &&
      (!toNext || r.registered_at < toNext) &&
      (!f.overdueOnly || (OPEN_STATUSES.includes(r.status) && r.deadline !== null && r.deadline < TODAY)) &&
      (!f.majorOnly || r.major === 1) &&
      // Any length of term: a substring of the code, the names (with representatives), summary, place or notes.
      (!q ||
        [r.code, r.names, r.summary, r.place ?? '', r.notes ?? ''].some((text) =>
          text.toLowerCase().includes(q),
        )),
  );
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** SQL's ordering: NULL first ascending, last descending; ties by id in the same direction. */
function naiveSort(rows: Row[], f: Filter): Row[] {
  const keys: Record<string, ((r: Row) => string | number | null)[]> = {
    registeredAt: [(r) => r.registered_at],
    code: [(r) => r.code],
    deadline: [(r) => r.deadline],
    status: [(r) => RANK.indexOf(r.status), (r) => r.deadline],
    amount: [(r) => r.amount_cents],
  };
  const desc = f.direction !== 'asc';
  const cmp = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  return [...rows].sort((a, b) => {
    for (const key of [...keys[f.sort ?? 'registeredAt']!, (r: Row) => r.id]) {
      const c = cmp(key(a), key(b));
      if (c) return desc ? -c : c;
    }
    return 0;
  });
}

describe('台账 10 万件：分页、筛选、排序、搜索与朴素扫描一致', { timeout: 300_000 }, () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let rows: Row[];
  const ids: Record<string, number> = {};
  const rare: Record<string, string> = {};

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock(NOW) });
    for (const p of [STAFF, STAFF2])
      ids[p.username] = value(await a.call<{ id: number }>('accounts:create', p)).id;
    const db = await openDirect(a.dir);
    try {
      const seeded = seedCases(db, { count: COUNT, now: new Date(NOW) });
      expect(seeded.cases).toBe(COUNT);
      rows = db
        .prepare(
          `SELECT c.id, c.code, c.registered_at, c.source, c.category_id, cat.label AS category, c.difficulty,
             c.handler_id, h.display_name AS handler_name, c.first_contact_id, c.status, c.deadline, c.major,
             c.amount_cents, c.summary, c.place, c.notes, c.party_names, '' AS names
           FROM cases c JOIN case_categories cat ON cat.id = c.category_id LEFT JOIN accounts h ON h.id = c.handler_id`,
        )
        .all() as Row[];
      const names = new Map<number, { names: string[]; reps: string[] }>();
      for (const p of db
        .prepare('SELECT case_id, name, representative FROM case_parties ORDER BY case_id, sort')
        .iterate() as IterableIterator<{ case_id: number; name: string; representative: string | null }>) {
        let n = names.get(p.case_id);
        if (!n) names.set(p.case_id, (n = { names: [], reps: [] }));
        n.names.push(p.name);
        if (p.representative) n.reps.push(p.representative);
      }
      for (const r of rows) {
        const n = names.get(r.id)!;
        r.names = [...n.names, ...n.reps].join(' ');
      }
    } finally {
      db.close();
    }
    // Rare terms taken from the data itself: a three-character name with 䶮, a representative's name, 𠮷.
    const allNames = rows.flatMap((r) => r.names.split(' '));
    rare.yan = allNames.find((n) => chars(n) === 3 && n.includes('䶮'))!;
    rare.kun = allNames.find((n) => chars(n) === 3 && n.includes('堃'))!;
    rare.ji = allNames.find((n) => n.includes('𠮷') && chars(n) === 3)!;
    const reps = rows.flatMap((r) => r.names.split(' ').slice(r.party_names.split('、').length));
    rare.rep = reps.find((n) => chars(n) === 3 && rows.filter((r) => r.names.includes(n)).length < 20)!;
    for (const [k, v] of Object.entries(rare)) expect(v, k).toBeTruthy();
  }, 300_000);

  afterAll(() => a?.cleanup());

  const list = async (f: Filter, page = 0, pageSize = 50) =>
    value(await a.call<CasePage>('cases:list', { ...f, page, pageSize }));

  function expectSame(page: CasePage, f: Filter, pageNo: number, pageSize = 50) {
    const expected = naiveSort(naiveFilter(rows, f), f);
    const label = JSON.stringify({ ...f, page: pageNo });
    expect(page.total, label).toBe(expected.length);
    expect(
      page.rows.map((r) => r.id),
      label,
    ).toEqual(expected.slice(pageNo * pageSize, (pageNo + 1) * pageSize).map((r) => r.id));
  }

  it('pages through the whole ledger in every sort, both directions', async () => {
    for (const sort of ['registeredAt', 'code', 'deadline', 'status', 'amount'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const page of [0, 1, 57, 1999])
          expectSame(await list({ sort, direction }, page), { sort, direction }, page);
      }
    }
    // Past the end: no rows, the right total.
    expect(await list({}, 2000)).toEqual({ rows: [], total: COUNT });
  });

  it('filters by every field and their combinations', async () => {
    const filters: Filter[] = [
      { status: ['registered'] },
      { status: ['in_progress', 'mediating'], sort: 'deadline', direction: 'asc' },
      { status: ['suspended'], sort: 'status' },
      { status: ['closed', 'followed_up', 'archived'], sort: 'amount' },
      { categoryId: 2 },
      { categoryId: 14, sort: 'code', direction: 'asc' },
      { source: 'hotline' },
      { source: 'visit', difficulty: 'complex' },
      { difficulty: 'major', sort: 'deadline' },
      { handlerId: ids.litingshu },
      { handlerId: 1, status: ['accepted'] },
      { from: '2025-01-01', to: '2025-01-31' },
      { from: '2026-11-01' },
      { to: '2023-12-31', sort: 'registeredAt', direction: 'asc' },
      { overdueOnly: true },
      { overdueOnly: true, sort: 'deadline', direction: 'asc' },
      { majorOnly: true },
      { majorOnly: true, overdueOnly: true, sort: 'status' },
      { categoryId: 2, status: ['registered', 'accepted', 'in_progress', 'mediating'], sort: 'registeredAt' },
      { categoryId: 3, source: 'grid', difficulty: 'simple', from: '2024-01-01', to: '2025-12-31' },
      { status: ['archived'], categoryId: 15, handlerId: ids.chenyan, sort: 'amount', direction: 'asc' },
    ];
    for (const f of filters) for (const page of [0, 2]) expectSame(await list(f, page), f, page);
  });

  it('searches with 1-, 2- and 3+-character terms, common and rare, alone and with filters', async () => {
    const terms = [
      '漏水',
      '䶮',
      '堃',
      '𠮷',
      '王',
      '纠纷',
      '，',
      '号',
      '0',
      '1栋',
      '停车',
      '邻里纠纷',
      '物业费',
      '停车位',
      '要求赔偿',
      '2026-0001',
      '2024-000123',
      rare.yan!,
      rare.kun!,
      rare.ji!,
      rare.rep!,
      '无此内容的词',
      '\u0022引号',
      '100%',
    ];
    for (const q of terms) for (const page of [0, 1]) expectSame(await list({ q }, page), { q }, page);
    const combos: Filter[] = [
      { q: '漏水', status: ['registered', 'accepted'] },
      { q: '漏水', sort: 'status', direction: 'asc' },
      { q: '䶮', sort: 'amount' },
      { q: '停车位', categoryId: 2 },
      { q: '停车位', sort: 'amount', direction: 'asc' },
      { q: '停车位', sort: 'status' },
      { q: '邻里纠纷', from: '2025-06-01', to: '2025-12-31', sort: 'code' },
      { q: '物业费', overdueOnly: true },
      { q: rare.yan!, majorOnly: false, sort: 'deadline' },
      { q: '要求赔偿', majorOnly: true, sort: 'registeredAt', direction: 'asc' },
    ];
    for (const f of combos) for (const page of [0, 3]) expectSame(await list(f, page), f, page);
    // A representative is found by name, by the whole name and by two of its characters.
    expect((await list({ q: rare.rep! })).total).toBeGreaterThan(0);
    expect((await list({ q: [...rare.rep!].slice(1).join('') })).total).toBeGreaterThan(0);
  });

  it('fills each row as the ledger shows it: category, handler, deadline colour, no identity', async () => {
    const calendar = createWorkCalendar();
    const page = await list(
      { status: ['registered', 'accepted', 'in_progress', 'mediating', 'suspended'] },
      0,
      200,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of page.rows) {
      const r = byId.get(row.id)!;
      expect(row).toMatchObject({
        code: r.code,
        category: r.category,
        handlerName: r.handler_name,
        partyNames: r.party_names,
        deadlineState: deadlineState(calendar, r, TODAY),
        amount: r.amount_cents === null ? null : r.amount_cents / 100,
      });
      expect(Object.keys(row)).not.toContain('parties');
    }
    expect(new Set(page.rows.map((r) => r.deadlineState))).toEqual(
      new Set(['green', 'yellow', 'red', 'grey']),
    );
  });

  it('shows the director’s dashboard as a scan of the same data would', async () => {
    const calendar = createWorkCalendar();
    const dash = value(await a.call<CaseDashboard>('cases:dashboard'));
    const mine = rows.filter(
      (r) =>
        OPEN_STATUSES.includes(r.status) &&
        (r.handler_id === 1 || (r.handler_id === null && r.first_contact_id === 1)),
    );
    const byDeadline = (x: Row[]) =>
      [...x].sort((p, q) => (p.deadline! < q.deadline! ? -1 : p.deadline! > q.deadline! ? 1 : p.id - q.id));
    const horizon = addWorkdays(calendar, TODAY, 2);
    expect(dash.overdue.map((r) => r.id)).toEqual(
      byDeadline(mine.filter((r) => r.deadline! < TODAY))
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(dash.due.map((r) => r.id)).toEqual(
      byDeadline(mine.filter((r) => r.deadline! >= TODAY && r.deadline! < horizon))
        .filter((r) => deadlineState(calendar, r, TODAY) === 'yellow')
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(dash.majorOpen.map((r) => r.id)).toEqual(
      byDeadline(rows.filter((r) => r.major === 1 && [...OPEN_STATUSES, 'suspended'].includes(r.status)))
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(dash.overdue.length).toBeGreaterThan(0);
    expect(dash.majorOpen.length).toBeGreaterThan(0);
  });

  it('exports what the filter selects, and refuses to print more than a print can hold', async () => {
    const f: Filter = { q: '䶮', majorOnly: true };
    const file = value(await a.call<FileOutput>('cases:export-ledger', f));
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const codes: string[] = [];
    wb.worksheets[0]!.eachRow((row, n) => {
      if (n > 3) codes.push(String(row.getCell(2).value));
    });
    expect(codes).toEqual(naiveSort(naiveFilter(rows, f), f).map((r) => r.code));
    const result = await a.call('cases:print-ledger', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok)
      expect(result.error.message).toBe(
        `筛选结果共 ${COUNT} 件，打印一次最多 2000 件。请缩小筛选范围，或导出为 Excel。`,
      );
  });
});
