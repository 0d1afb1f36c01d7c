import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unlockWithPassword } from '../electron/core/db/archive';
import type { Db } from '../electron/core/db/open';
import { pageIds } from '../electron/core/features/cases/cases.list';
import { ROW_FROM, ROW_SELECT, stmt } from '../electron/core/features/cases/cases.queries';
import { seedCases } from '../electron/core/features/cases/cases.seed';
import { pinnedClock } from '../tests/support/pinnedClock';
import type { ListCasesInput } from '../shared/cases/schemas';
import { figure, sample, type Figure } from './measure';
import { rendererLedgerFigures } from './rendererLedger';
import { createTestCore } from '../tests/support/jobs';

const CASES = 100_000;
const NOW = '2026-11-24T09:00:00';
const TODAY = NOW.slice(0, 10);

/** p95 over several inputs sampled round-robin: the mix a user's clicks would make. */
async function mixed<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  n: number,
): Promise<{ p50: number; p95: number }> {
  let i = 0;
  return sample(() => fn(inputs[i++ % inputs.length]!), n, inputs.length * 3);
}

/** What `cases:list` runs, bare: the same statements on their own connection, no validation, queue or mapping. */
function barePage(db: Db, f: ListCasesInput): unknown {
  const { ids } = pageIds(db, f, TODAY);
  return stmt(db, `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  );
}

/** The same search as a LIKE scan (count + first page): what the trigram index saves. */
function likeScan(db: Db, q: string): unknown {
  const like = `%${q}%`;
  const where = 'WHERE party_names LIKE @like OR summary LIKE @like OR place LIKE @like OR notes LIKE @like';
  db.prepare(`SELECT count(*) FROM cases ${where}`).get({ like });
  return db
    .prepare(`SELECT id FROM cases ${where} ORDER BY registered_at DESC, id DESC LIMIT 50`)
    .all({ like });
}

/**
 * The ledger at its budgeted size (design.md, "Performance budget"): 100 000
 * seeded cases in a fresh encrypted archive; a ledger page through the API
 * against the bare SQL of the same page, full-text search against a LIKE
 * scan, and the seeding itself.
 */
export async function ledgerFigures(log: (line: string) => void = () => {}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-bench-ledger-'));
  const figures: Figure[] = [];
  const password = 'bench-password';
  const core = createTestCore({ archiveDir: dir, clock: pinnedClock(NOW) });
  try {
    const call = async (channel: string, input: unknown) => {
      const r = await core.call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value;
    };
    await call('setup:initialise', {
      centreName: '基准测试综治中心',
      committeeName: '基准测试人民调解委员会',
      committeeShortName: '基准',
      director: { username: 'bench', displayName: '基准主任', password },
    });
    const staff = (await call('accounts:create', {
      username: 'staff1',
      displayName: '李婷姝',
      role: 'staff',
      password,
    })) as { id: number };
    await call('accounts:create', { username: 'staff2', displayName: '陈䶮', role: 'staff', password });

    const { archive } = await unlockWithPassword(dir, 'bench', password);
    const db = archive.db;
    try {
      log(`ledger bench: seeding ${CASES} cases…`);
      const started = performance.now();
      seedCases(db, { count: CASES, now: new Date(NOW) });
      const seedMs = performance.now() - started;
      figures.push(
        figure(`seed ${CASES} cases (direct, batched transactions)`, seedMs, undefined, {
          text: '≤ 120 000 ms',
          ok: seedMs <= 120_000,
        }),
      );

      // 1. A ledger page: filter + sort + 50 rows, the pages a user clicks through most (each served by an index).
      const pages: ListCasesInput[] = [
        { page: 0, pageSize: 50, status: ['in_progress', 'mediating'], sort: 'deadline', direction: 'asc' },
        { page: 3, pageSize: 50, categoryId: 2, sort: 'registeredAt', direction: 'desc' },
        { page: 5, pageSize: 50, from: '2026-01-01', to: '2026-06-30', sort: 'code', direction: 'asc' },
        {
          page: 1,
          pageSize: 50,
          handlerId: staff.id,
          status: ['registered', 'accepted'],
          sort: 'registeredAt',
        },
        { page: 0, pageSize: 50, overdueOnly: true, sort: 'deadline', direction: 'asc' },
      ];
      const bare = await mixed(pages, (f) => barePage(db, f), 500);
      const api = await mixed(pages, (f) => core.call('cases:list', f), 500);
      figures.push(
        figure(
          'ledger page through the API, filter + sort + 50 rows (p95, 5 page kinds)',
          api.p95,
          { name: 'bare SQL of the same pages (p95)', value: bare.p95 },
          { text: '≤ 5 ms p95 and ≤ 3× bare', ok: api.p95 <= 5 && api.p95 <= 3 * bare.p95 },
        ),
      );
      // Combinations no index serves (no index on major or amount; category with open statuses reads each row).
      const heavy: ListCasesInput[] = [
        { page: 2, pageSize: 50, majorOnly: true, sort: 'status' },
        { page: 0, pageSize: 50, sort: 'amount', direction: 'desc' },
        {
          page: 2,
          pageSize: 50,
          categoryId: 2,
          status: ['registered', 'accepted', 'in_progress', 'mediating'],
        },
      ];
      const heavyApi = await mixed(heavy, (f) => core.call('cases:list', f), 60);
      const heavyBare = await mixed(heavy, (f) => barePage(db, f), 60);
      figures.push(
        figure('ledger page, combinations without an index (p95, 3 kinds; no budget)', heavyApi.p95, {
          name: 'bare SQL of the same pages (p95)',
          value: heavyBare.p95,
        }),
      );
      for (const f of [...pages, ...heavy]) {
        const one = await sample(() => core.call('cases:list', f), 60);
        log(
          `  ledger page ${JSON.stringify({ ...f, pageSize: undefined })}: p50 ${one.p50.toFixed(2)} ms, p95 ${one.p95.toFixed(2)} ms`,
        );
      }

      // 2. Full-text search (trigram, ≥ 3 characters), common and rare terms, through the API.
      const pick = (pattern: string) =>
        (
          db
            .prepare(
              'SELECT name FROM case_parties WHERE name LIKE ? AND length(name) = 3 ORDER BY id LIMIT 1',
            )
            .get(pattern) as { name: string }
        ).name;
      const rare = [pick('%䶮%'), pick('%堃%')];
      const common = ['邻里纠纷', '物业费', '停车位', '要求赔偿'];
      const terms = [...common, ...rare];
      const fts = await mixed(terms, (q) => core.call('cases:list', { page: 0, pageSize: 50, q }), 300);
      const like = await mixed(terms, (q) => likeScan(db, q), 60);
      figures.push(
        figure(
          `full-text search through the API, ${terms.join(' ')} (p95)`,
          fts.p95,
          { name: 'LIKE scan of the same terms (p95)', value: like.p95 },
          { text: '≤ 10 ms p95', ok: fts.p95 <= 10 },
        ),
      );
      const rareFts = await mixed(rare, (q) => core.call('cases:list', { page: 0, pageSize: 50, q }), 200);
      const rareLike = await mixed(rare, (q) => likeScan(db, q), 40);
      figures.push(
        figure(
          `full-text search, rare terms ${rare.join(' ')} (p50)`,
          rareFts.p50,
          { name: 'LIKE scan of the same terms (p50)', value: rareLike.p50 },
          { text: '≥ 20× faster than LIKE', ok: rareLike.p50 / rareFts.p50 >= 20 },
        ),
      );
      // 3. One and two characters: the trigrams that begin with the term, from the index's vocabulary (no budget).
      const short = await mixed(
        ['漏水', '张伟', '纠纷', '䶮', '堃'],
        (q) => core.call('cases:list', { page: 0, pageSize: 50, q }),
        50,
      );
      const shortLike = await mixed(['漏水', '张伟', '纠纷', '䶮', '堃'], (q) => likeScan(db, q), 25);
      figures.push(
        figure('search of 1–2 characters through the API (index vocabulary, p95)', short.p95, {
          name: 'LIKE scan of the same terms (p95)',
          value: shortLike.p95,
        }),
      );
    } finally {
      archive.close();
    }
    figures.push(...(await rendererLedgerFigures(core, log)));
  } finally {
    core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
