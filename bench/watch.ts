import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { unlockWithPassword } from '../electron/core/db/archive';
import type { Db } from '../electron/core/db/open';
import { seedCases } from '../electron/core/features/cases/cases.seed';
import { seedDutyRosters } from '../electron/core/features/duty/duty.seed';
import { watchAnalysis } from '../electron/core/features/watch/watch.analysis';
import { listEvents, openEvents } from '../electron/core/features/watch/watch.events';
import { openShiftRow, rosterAt } from '../electron/core/features/watch/watch.shifts';
import { seedWatch } from '../electron/core/features/watch/watch.seed';
import type { z } from 'zod';
import type { listEventsInput } from '../shared/watch/schemas';
import { pinnedClock } from '../tests/support/pinnedClock';
import { createTestCore } from '../tests/support/jobs';
import { figure, runAlone, sample, type Figure } from './measure';

/** The duty log of the budget (issue 12): 200 000 entries over three years of published rosters. */
const EVENTS = 200_000;
const CASES = 20_000;
const NOW = '2026-11-24T09:00:00';
const OPERATORS = ['张志斌', '刘堃', '孙浩然', '周敏', '吴喆', '郑雪', '冯磊', '何静'];

type ListEvents = z.output<typeof listEventsInput>;

/** p95 over several inputs sampled round-robin: the mix a user's clicks would make. */
function mixed<T>(inputs: readonly T[], fn: (input: T) => unknown, n: number) {
  let i = 0;
  return sample(() => fn(inputs[i++ % inputs.length]!), n, inputs.length * 3);
}

/**
 * The duty log at 200 000 entries: a page of the log through the API
 * (`watch.events`: the newest, a day, a month by category, a point, the open
 * ones) and the duty screen (`watch.now`: the open shift, the roster's
 * people, every open event with its supervision state), each beside the bare
 * SQL of the same queries on their own connection, measured in the same run;
 * and the month's analysis (`watch.analysis`, the 统计 page's section).
 */
export async function watchBench(log: (line: string) => void = () => {}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'watch-bench-'));
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
    for (const [i, displayName] of OPERATORS.entries())
      await call('accounts:create', { username: `op${i + 1}`, displayName, role: 'operator', password });

    const { archive } = await unlockWithPassword(dir, 'bench', password);
    const db: Db = archive.db;
    try {
      const now = new Date(NOW);
      log(`watch bench: seeding ${CASES} cases, 36 months of rosters, ${EVENTS} duty-log entries…`);
      seedCases(db, { count: CASES, now });
      seedDutyRosters(db, { months: 36, now });
      const started = performance.now();
      const seeded = seedWatch(db, { events: EVENTS, now });
      log(
        `  watch: ${seeded.shifts} shifts, ${seeded.events} entries, ${seeded.dispatches} dispatches, ${seeded.faults} faults, ${seeded.handovers} handovers in ${(performance.now() - started).toFixed(0)} ms`,
      );
      const at = NOW.slice(0, 16);
      const point = (
        db.prepare('SELECT id FROM watch_points ORDER BY id LIMIT 1 OFFSET 8').get() as { id: number }
      ).id;
      const pages: ListEvents[] = [
        { page: 0, pageSize: 50 },
        { page: 3, pageSize: 50 },
        { page: 0, pageSize: 50, from: '2026-11-20T00:00', to: '2026-11-21T00:00' },
        { page: 0, pageSize: 50, from: '2026-10-01T00:00', to: '2026-11-01T00:00', category: 'dispute' },
        { page: 0, pageSize: 50, pointId: point },
        { page: 0, pageSize: 50, status: 'open' },
        { page: 0, pageSize: 50, from: '2025-03-01T00:00', to: '2025-04-01T00:00', pointId: point },
      ];
      const bareLog = await mixed(pages, (q) => listEvents(db, q, at), 400);
      const apiLog = await mixed(pages, (q) => core.call('watch:events', q), 400);
      figures.push(
        figure(
          `duty log page through the API, watch.events filter + 50 rows (p95, ${pages.length} kinds, ${seeded.events} entries)`,
          apiLog.p95,
          { name: 'bare SQL of the same pages (p95)', value: bareLog.p95 },
          { text: '≤ 5 ms p95', ok: apiLog.p95 <= 5 },
        ),
      );
      for (const q of pages) {
        const one = await sample(() => core.call('watch:events', q), 60);
        log(
          `  watch:events ${JSON.stringify({ ...q, pageSize: undefined })}: p50 ${one.p50.toFixed(2)} ms, p95 ${one.p95.toFixed(2)} ms`,
        );
      }
      const bareNow = await sample(() => {
        openShiftRow(db);
        rosterAt(db, at);
        return openEvents(db, at);
      }, 400);
      const apiNow = await sample(() => core.call('watch:now', {}), 400);
      figures.push(
        figure(
          'duty screen through the API, watch.now: shift, roster, open events (p95)',
          apiNow.p95,
          { name: 'bare SQL of the same queries (p95)', value: bareNow.p95 },
          { text: '≤ 5 ms p95', ok: apiNow.p95 <= 5 },
        ),
      );
      // The month's analysis (分析汇总): a recent month, a busy one a year ago, and the last three months.
      const periods = [
        { from: '2026-10', to: '2026-10' },
        { from: '2025-12', to: '2025-12' },
        { from: '2026-08', to: '2026-10' },
      ];
      const bareMonth = await mixed(periods.slice(0, 2), (p) => watchAnalysis(db, p, at), 200);
      const apiMonth = await mixed(periods.slice(0, 2), (p) => core.call('watch:analysis', p), 200);
      figures.push(
        figure(
          `month's analysis through the API, watch.analysis: categories, points, hour × weekday, response times, faults, footage (p95, ${seeded.events} entries)`,
          apiMonth.p95,
          { name: 'bare SQL of the same figures (p95)', value: bareMonth.p95 },
          { text: '≤ 30 ms p95', ok: apiMonth.p95 <= 30 },
        ),
      );
      const quarter = await sample(() => core.call('watch:analysis', periods[2]), 60);
      log(
        `  watch:analysis three months: p50 ${quarter.p50.toFixed(2)} ms, p95 ${quarter.p95.toFixed(2)} ms`,
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAlone(() => watchBench(console.log));
