import type { Db } from '../../db/open';
import { MEDIATION_SOURCES, type MediationSource } from '../../../../shared/mediation/codes';
import type { MediationFigures, MediationStats } from '../../../../shared/mediation/schemas';
import {
  addMonths,
  lastYearPeriod,
  monthsOf,
  previousPeriod,
  type MonthRange,
} from '../../../../shared/stats/months';
import { stmt } from '../cases/cases.queries';

/** A range of months as half-open bounds on stored local dates: [from-01, month after to-01). */
const bounds = ({ from, to }: MonthRange) => ({ lo: `${from}-01`, hi: `${addMonths(to, 1)}-01` });

/**
 * 调解成功: a mediation's first version signed, dated by its signing and
 * counted with the amount as first signed. A later correction neither counts
 * again nor changes a month already reported upward. The WHERE repeats the
 * partial index agreements_first_signed so that the planner uses it.
 */
const FIRST_SIGNED = `agreements a WHERE a.version = 1 AND a.status IN ('signed', 'superseded')
  AND a.signed_on >= @lo AND a.signed_on < @hi`;

function figures(db: Db, range: MonthRange): MediationFigures {
  const b = bounds(range);
  const count = (sql: string) => (stmt(db, sql).get(b) as { n: number }).n;
  const accepted = count('SELECT COUNT(*) AS n FROM mediations WHERE opened_at >= @lo AND opened_at < @hi');
  const success = stmt(
    db,
    `SELECT COUNT(*) AS n, COALESCE(SUM(a.amount_cents), 0) AS cents FROM ${FIRST_SIGNED}`,
  ).get(b) as { n: number; cents: number };
  const terminated = count(
    'SELECT COUNT(*) AS n FROM mediations WHERE terminated_at >= @lo AND terminated_at < @hi',
  );
  const [criminal, petition] = (['prevented_criminal', 'prevented_petition'] as const).map((flag) =>
    count(`SELECT COUNT(*) AS n FROM mediations WHERE closed_at >= @lo AND closed_at < @hi AND ${flag} = 1`),
  );
  const done = success.n + terminated;
  return {
    from: range.from,
    to: range.to,
    accepted,
    succeeded: success.n,
    terminated,
    successRate: done === 0 ? null : success.n / done,
    amountTotal: success.cents / 100,
    preventedCriminal: criminal!,
    preventedPetition: petition!,
  };
}

/**
 * By category: mediations accepted in the period, and successes dated in the
 * period (the same count as 调解成功数), every active category listed with
 * zeros, a retired one only when it has figures. Each count is driven from
 * its date index (CROSS JOIN fixes that order), then joins to the case.
 */
function byCategory(db: Db, range: MonthRange): MediationStats['byCategory'] {
  const b = bounds(range);
  const counts = (sql: string) =>
    new Map((stmt(db, sql).all(b) as { id: number; n: number }[]).map((r) => [r.id, r.n]));
  const accepted = counts(
    `SELECT c.category_id AS id, COUNT(*) AS n FROM mediations m CROSS JOIN cases c ON c.id = m.case_id
     WHERE m.opened_at >= @lo AND m.opened_at < @hi GROUP BY c.category_id`,
  );
  const succeeded = counts(
    `SELECT c.category_id AS id, COUNT(*) AS n
     FROM ${FIRST_SIGNED.replace('agreements a WHERE', 'agreements a CROSS JOIN mediations m ON m.id = a.mediation_id CROSS JOIN cases c ON c.id = m.case_id WHERE')}
     GROUP BY c.category_id`,
  );
  const categories = stmt(db, 'SELECT id, label, active FROM case_categories ORDER BY sort, id').all() as {
    id: number;
    label: string;
    active: number;
  }[];
  return categories
    .map((cat) => ({ cat, n: accepted.get(cat.id) ?? 0, ok: succeeded.get(cat.id) ?? 0 }))
    .filter(({ cat, n, ok }) => cat.active === 1 || n > 0 || ok > 0)
    .map(({ cat, n, ok }) => ({ key: String(cat.id), label: cat.label, count: n, succeeded: ok }));
}

const monthCounts = (rows: { month: string; n: number }[]) => new Map(rows.map((r) => [r.month, r.n]));

/**
 * The monthly mediation statistics (domain.md, Module 2): 受理数, 调解成功数,
 * 成功率, 协议涉及金额, by source and category, 防止民转刑 / 防止群体性上访,
 * 环比 and 同比.
 */
export function mediationStats(db: Db, range: MonthRange): MediationStats {
  const b = bounds(range);
  const sources = stmt(
    db,
    'SELECT source, COUNT(*) AS n FROM mediations WHERE opened_at >= @lo AND opened_at < @hi GROUP BY source',
  ).all(b) as { source: MediationSource; n: number }[];
  const accepted = monthCounts(
    stmt(
      db,
      `SELECT substr(opened_at, 1, 7) AS month, COUNT(*) AS n FROM mediations
       WHERE opened_at >= @lo AND opened_at < @hi GROUP BY month`,
    ).all(b) as { month: string; n: number }[],
  );
  const succeeded = monthCounts(
    stmt(
      db,
      `SELECT substr(a.signed_on, 1, 7) AS month, COUNT(*) AS n FROM ${FIRST_SIGNED} GROUP BY month`,
    ).all(b) as { month: string; n: number }[],
  );
  return {
    period: figures(db, range),
    previous: figures(db, previousPeriod(range)),
    lastYear: figures(db, lastYearPeriod(range)),
    bySource: (Object.keys(MEDIATION_SOURCES) as MediationSource[]).map((key) => ({
      key,
      label: MEDIATION_SOURCES[key],
      count: sources.find((s) => s.source === key)?.n ?? 0,
    })),
    byCategory: byCategory(db, range),
    byMonth: monthsOf(range.from, range.to).map((month) => ({
      month,
      accepted: accepted.get(month) ?? 0,
      succeeded: succeeded.get(month) ?? 0,
    })),
  };
}
