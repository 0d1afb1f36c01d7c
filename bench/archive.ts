import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { unlockWithPassword } from '../electron/core/db/archive';
import type { Db } from '../electron/core/db/open';
import { listItems } from '../electron/core/features/archive/archive.catalogue';
import { expiredCount } from '../electron/core/features/archive/archive.disposal';
import { listLoans, loanDesk, type LoanView } from '../electron/core/features/archive/archive.loans';
import { seedArchiveRoom } from '../electron/core/features/archive/archive.seed';
import { getArchiveSettings, loanPeriods } from '../electron/core/features/archive/archive.settings';
import { seedCases } from '../electron/core/features/cases/cases.seed';
import { seedMediations } from '../electron/core/features/mediation/mediation.seed';
import type { ListItemsInput, ListLoansInput } from '../shared/archive/schemas';
import { pinnedClock } from '../tests/support/pinnedClock';
import { createTestCore } from '../tests/support/jobs';
import { figure, runAlone, sample, type Figure } from './measure';

/** The archive room of the budget (design.md): 5 000 items, 30 000 loans; the ledger beside it is smaller (it is not what is measured). */
const ITEMS = 5_000;
const LOANS = 30_000;
const CASES = 20_000;
const MEDIATIONS = 2_000;
const NOW = '2026-11-24T09:00:00';
const TODAY = NOW.slice(0, 10);

/** p95 over several inputs sampled round-robin: the mix a user's clicks would make. */
function mixed<T>(inputs: readonly T[], fn: (input: T) => unknown, n: number) {
  let i = 0;
  return sample(() => fn(inputs[i++ % inputs.length]!), n, inputs.length * 3);
}

/**
 * The archive catalogue and the overdue loans at the budgeted size: a
 * catalogue page through the API (`archive.list`: filters, sorts, searches)
 * and the overdue list (`archive.loans` overdueOnly, `archive.dashboard`),
 * each beside the bare SQL of the same queries on their own connection (no
 * validation, queue or call), measured in the same run.
 */
export async function archiveBench(log: (line: string) => void = () => {}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-bench-room-'));
  const figures: Figure[] = [];
  const password = 'bench-password';
  const core = createTestCore({ archiveDir: dir, clock: pinnedClock(NOW) });
  const call = async (channel: string, input: unknown) => {
    const r = await core.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  try {
    await call('setup:initialise', {
      centreName: '基准测试综治中心',
      committeeName: '基准测试人民调解委员会',
      committeeShortName: '基准',
      director: { username: 'bench', displayName: '基准主任', password },
    });
    for (const [username, displayName, role] of [
      ['staff1', '李婷姝', 'staff'],
      ['staff2', '陈䶮', 'staff'],
      ['keeper', '赵德安', 'archivist'],
    ] as const)
      await call('accounts:create', { username, displayName, role, password });

    const { archive } = await unlockWithPassword(dir, 'bench', password);
    const db: Db = archive.db;
    try {
      log(`archive bench: seeding ${CASES} cases, ${MEDIATIONS} mediations, ${ITEMS} items, ${LOANS} loans…`);
      const now = new Date(NOW);
      seedCases(db, { count: CASES, now });
      await seedMediations(db, { count: MEDIATIONS, now });
      const started = performance.now();
      const seeded = seedArchiveRoom(db, { items: ITEMS, loans: LOANS, now });
      const total = (db.prepare('SELECT count(*) AS n FROM archive_items').get() as { n: number }).n;
      log(
        `  archive room: ${total} items (${seeded.dossiers} dossiers), ${seeded.boxes} boxes, ${seeded.loans} loans in ${(performance.now() - started).toFixed(0)} ms`,
      );
      const view: LoanView = { today: TODAY, periods: loanPeriods(getArchiveSettings(db)) };

      // 1. A catalogue page: 50 rows with the filters and sorts of the 档案目录 page, and searches.
      const box = (
        db.prepare('SELECT id FROM archive_boxes ORDER BY id LIMIT 1 OFFSET 20').get() as { id: number }
      ).id;
      const pages: ListItemsInput[] = [
        { page: 0, pageSize: 50 },
        { page: 4, pageSize: 50, categoryCode: 'WS', sort: 'code' },
        { page: 0, pageSize: 50, year: 2024, retention: 'D30' },
        { page: 0, pageSize: 50, categoryCode: 'TJ', year: 2025, sort: 'date', direction: 'desc' },
        { page: 0, pageSize: 50, boxId: box },
        { page: 0, pageSize: 50, onLoan: true },
        { page: 0, pageSize: 50, classification: 'secret', sort: 'createdAt', direction: 'desc' },
        { page: 10, pageSize: 50, sort: 'title' },
      ];
      const searches: ListItemsInput[] = ['工作例会', '物业纠纷', '综治信息简报', '消防安全'].map((q) => ({
        page: 0,
        pageSize: 50,
        q,
      }));
      const bareList = await mixed(pages, (f) => listItems(db, f), 400);
      const apiList = await mixed(pages, (f) => core.call('archive:list', f), 400);
      figures.push(
        figure(
          `archive catalogue page through the API, filter + sort + 50 rows (p95, ${pages.length} kinds, ${total} items)`,
          apiList.p95,
          { name: 'bare SQL of the same pages (p95)', value: bareList.p95 },
          { text: '≤ 5 ms p95', ok: apiList.p95 <= 5 },
        ),
      );
      const bareSearch = await mixed(searches, (f) => listItems(db, f), 200);
      const apiSearch = await mixed(searches, (f) => core.call('archive:list', f), 200);
      figures.push(
        figure(
          `archive catalogue search through the API, ${searches.map((s) => s.q).join(' ')} (p95)`,
          apiSearch.p95,
          { name: 'bare SQL of the same searches (p95)', value: bareSearch.p95 },
          { text: '≤ 5 ms p95', ok: apiSearch.p95 <= 5 },
        ),
      );
      for (const f of [...pages, ...searches]) {
        const one = await sample(() => core.call('archive:list', f), 60);
        log(
          `  archive:list ${JSON.stringify({ ...f, pageSize: undefined })}: p50 ${one.p50.toFixed(2)} ms, p95 ${one.p95.toFixed(2)} ms`,
        );
      }

      // 2. The overdue list and the desk: archive.loans overdueOnly, archive.dashboard (the director's view).
      const overdue: ListLoansInput = { page: 0, pageSize: 50, overdueOnly: true };
      const bareOverdue = await sample(() => listLoans(db, overdue, view), 400);
      const apiOverdue = await sample(() => core.call('archive:loans', overdue), 400);
      const overdueCount = listLoans(db, overdue, view).total;
      figures.push(
        figure(
          `overdue loans through the API, archive.loans overdueOnly (p95, ${overdueCount} overdue of ${seeded.loans})`,
          apiOverdue.p95,
          { name: 'bare SQL of the same page (p95)', value: bareOverdue.p95 },
          { text: '≤ 5 ms p95', ok: apiOverdue.p95 <= 5 },
        ),
      );
      const loanPages: ListLoansInput[] = [
        { page: 0, pageSize: 50 },
        { page: 0, pageSize: 50, status: ['requested', 'approved'] },
        { page: 2, pageSize: 50, status: ['out'] },
        { page: 5, pageSize: 50, status: ['returned'] },
      ];
      const bareLoans = await mixed(loanPages, (f) => listLoans(db, f, view), 200);
      const apiLoans = await mixed(loanPages, (f) => core.call('archive:loans', f), 200);
      figures.push(
        figure(
          `loans page through the API, state filters (p95, ${loanPages.length} kinds)`,
          apiLoans.p95,
          { name: 'bare SQL of the same pages (p95)', value: bareLoans.p95 },
          { text: '≤ 5 ms p95', ok: apiLoans.p95 <= 5 },
        ),
      );
      // A search of borrowers, units, 档号 and 题名 is a LIKE scan of every loan (no budget; no index serves '%…%').
      const loanSearches: ListLoansInput[] = ['法院', '派出所', '调解卷'].map((q) => ({
        page: 0,
        pageSize: 50,
        q,
      }));
      const bareLoanSearch = await mixed(loanSearches, (f) => listLoans(db, f, view), 60);
      const apiLoanSearch = await mixed(loanSearches, (f) => core.call('archive:loans', f), 60);
      figures.push(
        figure(
          'loans search through the API, 法院 派出所 调解卷 (LIKE scan, p95; no budget)',
          apiLoanSearch.p95,
          {
            name: 'bare SQL of the same searches (p95)',
            value: bareLoanSearch.p95,
          },
        ),
      );
      const year = now.getFullYear();
      const bareDesk = await sample(() => {
        loanDesk(db, view);
        return expiredCount(db, year);
      }, 200);
      const apiDesk = await sample(() => core.call('archive:dashboard', {}), 200);
      figures.push(
        figure(
          'archive dashboard through the API (awaiting, ready, due soon, overdue, expired count; p95)',
          apiDesk.p95,
          { name: 'bare SQL of the same queries (p95)', value: bareDesk.p95 },
          { text: '≤ 5 ms p95', ok: apiDesk.p95 <= 5 },
        ),
      );
    } finally {
      archive.close();
    }
  } finally {
    await core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAlone(() => archiveBench(console.log));
