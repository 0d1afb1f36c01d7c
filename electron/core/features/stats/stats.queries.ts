import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import { CASE_SOURCES, DIFFICULTIES, OUTCOMES, RISK_LEVELS, keysOf } from '../../../../shared/cases/codes';
import type { CaseStats, Count, PeriodFigures, StatsInput } from '../../../../shared/stats/schemas';
import {
  addMonths,
  lastYearPeriod,
  monthsOf,
  previousPeriod,
  type MonthRange,
} from '../../../../shared/stats/months';
import { readSnapshot } from '../../db/tx';

/*
 * The counting rule of the monthly screening statistics (每月逐级填报统计,
 * domain.md Module 1), the same on the page, in the export and in the CLI:
 *
 * - A case belongs to the period in which it was REGISTERED (registered_at,
 *   local time, from the first day of `from` to the last day of `to`). Every
 *   figure of a period counts only those cases.
 * - Of them, 办结 are those with a 办结时间 (closed_at set), whatever their
 *   later status (回访, 归档). The figures are drawn as the archive stands now,
 *   so a month's 办结数 can still grow while its cases are being closed.
 * - 化解成功 = closed with outcome 'resolved'; 化解成功率 = 化解成功 / 办结.
 *   The outcome breakdown lists the three outcomes and 未办结 (not closed
 *   yet), so that it adds up to 受理总数 like every other breakdown.
 * - 按期办结 = closed on or before the deadline, comparing the date part of
 *   closed_at with the deadline (shared/cases/deadline.ts `closedOnTime`); a
 *   closed case without a deadline is not on time. 按期办结率 = 按期办结 / 办结.
 * - 涉及金额 = the sum of amount_cents of the period's cases, in yuan.
 * - 环比 compares with the same number of months just before, 同比 with the
 *   same months one year earlier (shared/stats/months.ts).
 *
 * Speed (design.md budget: a month ≤ 30 ms, a year ≤ 100 ms at 100 000 cases):
 * the per-month figures are one range scan per month of the covering index
 * cases_stats (migration 003: the scan never reads the wide case rows) with
 * FILTER aggregates — a loop of index ranges instead of GROUP BY month, which
 * would sort every row; the breakdowns by category, source and difficulty are
 * read from their (column, registered_at) indexes alone (covering, no table
 * reads), the column pinned with an IN list so SQLite uses them without
 * ANALYZE statistics. No JavaScript ever loops over case rows. Measured in
 * bench/stats.ts; long periods yield to the event loop (caseStatsResponsive).
 */

const statements = new WeakMap<Db, Map<string, Database.Statement>>();
/** Prepared once per connection; only SQL text written in this module goes in. */
function stmt(db: Db, sql: string): Database.Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = db.prepare(sql)));
  return s;
}

/** The half-open registered_at range of whole months: [from-01, month after to-01). */
const bounds = ({ from, to }: MonthRange) => ({ start: `${from}-01`, end: `${addMonths(to, 1)}-01` });

/** The comparison figures of a month: what a PeriodFigures sums. */
interface MonthTotals {
  total: number;
  closed: number;
  resolved: number;
  on_time: number;
  amount_cents: number;
  major: number;
}

/** The period's own months also give the breakdowns by outcome and risk. */
interface MonthFigures extends MonthTotals {
  guided: number;
  transferred: number;
  risk_high: number;
  risk_medium: number;
}

// Closing a case sets its outcome and 办结时间 together (cases.transitions), so
// an outcome marks a closed case. risk is NOT NULL: 低 = total − 高 − 中.
const TOTALS_COLUMNS = `count(*) AS total,
  count(closed_at) AS closed,
  count(*) FILTER (WHERE outcome = 'resolved') AS resolved,
  count(*) FILTER (WHERE substr(closed_at, 1, 10) <= deadline) AS on_time,
  coalesce(sum(amount_cents), 0) AS amount_cents,
  total(major) AS major`;

const RANGE = 'FROM cases WHERE registered_at >= @start AND registered_at < @end';

const MONTH_TOTALS_SQL = `SELECT ${TOTALS_COLUMNS} ${RANGE}`;

const MONTH_FIGURES_SQL = `SELECT ${TOTALS_COLUMNS},
  count(*) FILTER (WHERE outcome = 'guided') AS guided,
  count(*) FILTER (WHERE outcome = 'transferred') AS transferred,
  count(*) FILTER (WHERE risk = 'high') AS risk_high,
  count(*) FILTER (WHERE risk = 'medium') AS risk_medium
  ${RANGE}`;

/** The statement of a month's figures, for the test that checks its plan (covering index cases_stats, migration 003). */
export const MONTH_FIGURES_STATEMENT = MONTH_FIGURES_SQL;

function monthTotals(db: Db, month: string): MonthTotals {
  return stmt(db, MONTH_TOTALS_SQL).get(bounds({ from: month, to: month })) as MonthTotals;
}

function monthFigures(db: Db, month: string): MonthFigures {
  return stmt(db, MONTH_FIGURES_SQL).get(bounds({ from: month, to: month })) as MonthFigures;
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Sums months into a period's figures; amounts in yuan (cents summed first, so no float drift). */
function periodFigures(range: MonthRange, months: readonly MonthTotals[]): PeriodFigures {
  const sum = (k: keyof MonthTotals) => months.reduce((n, m) => n + m[k], 0);
  const closed = sum('closed');
  const resolved = sum('resolved');
  const closedOnTime = sum('on_time');
  return {
    from: range.from,
    to: range.to,
    total: sum('total'),
    closed,
    resolved,
    successRate: rate(resolved, closed),
    closedOnTime,
    onTimeRate: rate(closedOnTime, closed),
    amountTotal: sum('amount_cents') / 100,
    major: sum('major'),
  };
}

/**
 * Cases by category: every active category of the dictionary (zeros
 * included), plus a retired one when cases of the period still carry it, in
 * the dictionary's order. Each category is an index range of cases_category.
 */
export function countByCategory(db: Db, range: MonthRange): Count[] {
  const rows = stmt(
    db,
    `SELECT cat.id, cat.label, cat.active, count(c.id) AS n
     FROM case_categories cat
     LEFT JOIN cases c ON c.category_id = cat.id AND c.registered_at >= @start AND c.registered_at < @end
     GROUP BY cat.id
     ORDER BY cat.sort, cat.id`,
  ).all(bounds(range)) as { id: number; label: string; active: number; n: number }[];
  return rows
    .filter((r) => r.active === 1 || r.n > 0)
    .map((r) => ({ key: String(r.id), label: r.label, count: r.n }));
}

/** Counts by a coded column that leads an index `(column, registered_at)`; every code listed, zeros included. */
function countByCode(
  db: Db,
  column: 'source' | 'difficulty',
  table: Record<string, string>,
  range: MonthRange,
) {
  const codes = keysOf(table);
  const { start, end } = bounds(range);
  const rows = stmt(
    db,
    `SELECT ${column} AS code, count(*) AS n FROM cases
     WHERE ${column} IN (${codes.map(() => '?').join(', ')}) AND registered_at >= ? AND registered_at < ?
     GROUP BY ${column}`,
  ).all(...codes, start, end) as { code: string; n: number }[];
  const found = new Map(rows.map((r) => [r.code, r.n]));
  return codes.map((code): Count => ({ key: code, label: table[code]!, count: found.get(code) ?? 0 }));
}

export const countBySource = (db: Db, range: MonthRange) => countByCode(db, 'source', CASE_SOURCES, range);
export const countByDifficulty = (db: Db, range: MonthRange) =>
  countByCode(db, 'difficulty', DIFFICULTIES, range);

/** 未办结: the period's cases without a 办结时间, so that the outcome breakdown adds up to 受理总数. */
export const PENDING_OUTCOME = { key: 'pending', label: '未办结' } as const;

/**
 * The statistics as steps: one statement per step, and a `yield` after each,
 * where a long period may let the event loop run (see `caseStatsResponsive`).
 */
function* statsSteps(db: Db, input: StatsInput): Generator<void, CaseStats, void> {
  const period: MonthRange = { from: input.from, to: input.to };
  const months = monthsOf(period.from, period.to);
  const own = new Map<string, MonthFigures>();
  for (const m of months) {
    own.set(m, monthFigures(db, m));
    yield;
  }
  // 环比 and 同比 months may repeat or overlap the period (a year's previous
  // period is its 同比 period): each month is read once.
  const other = new Map<string, MonthTotals>();
  function* totalsOf(range: MonthRange): Generator<void, PeriodFigures, void> {
    const list: MonthTotals[] = [];
    for (const m of monthsOf(range.from, range.to)) {
      let found = own.get(m) ?? other.get(m);
      if (!found) {
        other.set(m, (found = monthTotals(db, m)));
        yield;
      }
      list.push(found);
    }
    return periodFigures(range, list);
  }
  const previous = yield* totalsOf(previousPeriod(period));
  const lastYear = yield* totalsOf(lastYearPeriod(period));
  const byCategory = countByCategory(db, period);
  yield;
  const bySource = countBySource(db, period);
  yield;
  const byDifficulty = countByDifficulty(db, period);

  const figures = [...own.values()];
  const sum = (k: keyof MonthFigures) => figures.reduce((n, m) => n + m[k], 0);
  const current = periodFigures(period, figures);
  const outcome = (key: 'resolved' | 'guided' | 'transferred'): Count => ({
    key,
    label: OUTCOMES[key],
    count: sum(key),
  });
  return {
    period: current,
    previous,
    lastYear,
    byCategory,
    bySource,
    byDifficulty,
    byRisk: [
      { key: 'high', label: RISK_LEVELS.high, count: sum('risk_high') },
      { key: 'medium', label: RISK_LEVELS.medium, count: sum('risk_medium') },
      { key: 'low', label: RISK_LEVELS.low, count: current.total - sum('risk_high') - sum('risk_medium') },
    ],
    byOutcome: [
      outcome('resolved'),
      outcome('guided'),
      outcome('transferred'),
      { ...PENDING_OUTCOME, count: current.total - current.closed },
    ],
    byMonth: months.map((month) => {
      const m = own.get(month)!;
      return { month, total: m.total, closed: m.closed, resolved: m.resolved };
    }),
    zeroReport: current.total === 0,
  };
}

/** The statistics of a period of whole months (validated: from ≤ to), read in one snapshot. */
export function caseStats(db: Db, input: StatsInput): CaseStats {
  return readSnapshot(db, () => {
    const steps = statsSteps(db, input);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/** How long the statistics may hold the event loop at a time (design.md: no call may freeze the window). */
export const STATS_SLICE_MS = 15;

/**
 * The same figures without freezing the window: a year at 100 000 cases takes
 * about 25 ms, but several years can take longer than the ~50 ms the main
 * process may block (bench/stats.ts), so after each slice of STATS_SLICE_MS
 * the event loop runs before the next statement. One read transaction keeps
 * every step on the same snapshot; the core runs one call at a time, so no
 * write of this process comes in between.
 */
export async function caseStatsResponsive(
  db: Db,
  input: StatsInput,
  sliceMs = STATS_SLICE_MS,
): Promise<CaseStats> {
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN');
  try {
    const steps = statsSteps(db, input);
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  } finally {
    // The archive may have been closed meanwhile (idle lock): nothing to end then.
    if (own && db.open && db.inTransaction) db.exec('COMMIT');
  }
}
