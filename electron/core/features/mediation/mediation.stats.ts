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
const bounds = ({ from, to }: MonthRange): [string, string] => [`${from}-01`, `${addMonths(to, 1)}-01`];

/**
 * A mediation succeeds when its first agreement is signed (a later correction
 * is not a second success); its amount is that of the version in force.
 */
const SUCCEEDED = `SELECT a.mediation_id, a.signed_on,
    (SELECT f.amount_cents FROM agreements f WHERE f.mediation_id = a.mediation_id AND f.status = 'signed') AS amount
  FROM agreements a WHERE a.version = 1 AND a.status IN ('signed', 'superseded')`;

function figures(db: Db, range: MonthRange): MediationFigures {
  const [lo, hi] = bounds(range);
  const accepted = stmt(
    db,
    'SELECT COUNT(*) AS n FROM mediations WHERE opened_at >= ? AND opened_at < ?',
  ).get(lo, hi) as {
    n: number;
  };
  const success = stmt(
    db,
    `SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS cents FROM (${SUCCEEDED}) WHERE signed_on >= ? AND signed_on < ?`,
  ).get(lo, hi) as { n: number; cents: number };
  const ended = stmt(
    db,
    `SELECT COUNT(*) FILTER (WHERE terminated_at >= @lo AND terminated_at < @hi) AS terminated,
       COUNT(*) FILTER (WHERE closed_at >= @lo AND closed_at < @hi AND prevented_criminal = 1) AS criminal,
       COUNT(*) FILTER (WHERE closed_at >= @lo AND closed_at < @hi AND prevented_petition = 1) AS petition
     FROM mediations`,
  ).get({ lo, hi }) as { terminated: number; criminal: number; petition: number };
  const done = success.n + ended.terminated;
  return {
    from: range.from,
    to: range.to,
    accepted: accepted.n,
    succeeded: success.n,
    terminated: ended.terminated,
    successRate: done === 0 ? null : success.n / done,
    amountTotal: success.cents / 100,
    preventedCriminal: ended.criminal,
    preventedPetition: ended.petition,
  };
}

/**
 * The monthly mediation statistics (domain.md, Module 2): 受理数, 调解成功数,
 * 成功率, 协议涉及金额, by source and category, 防止民转刑 / 防止群体性上访,
 * 环比 and 同比.
 */
export function mediationStats(db: Db, range: MonthRange): MediationStats {
  const [lo, hi] = bounds(range);
  const sources = stmt(
    db,
    'SELECT source, COUNT(*) AS n FROM mediations WHERE opened_at >= ? AND opened_at < ? GROUP BY source',
  ).all(lo, hi) as { source: MediationSource; n: number }[];
  const categories = stmt(
    db,
    `SELECT cat.id, cat.label, COUNT(*) AS n,
       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.mediation_id = m.id AND a.status = 'signed')) AS ok
     FROM mediations m JOIN cases c ON c.id = m.case_id JOIN case_categories cat ON cat.id = c.category_id
     WHERE m.opened_at >= ? AND m.opened_at < ? GROUP BY cat.id ORDER BY n DESC, cat.sort`,
  ).all(lo, hi) as { id: number; label: string; n: number; ok: number }[];
  const acceptedByMonth = new Map(
    (
      stmt(
        db,
        `SELECT substr(opened_at, 1, 7) AS month, COUNT(*) AS n FROM mediations
         WHERE opened_at >= ? AND opened_at < ? GROUP BY month`,
      ).all(lo, hi) as { month: string; n: number }[]
    ).map((r) => [r.month, r.n]),
  );
  const succeededByMonth = new Map(
    (
      stmt(
        db,
        `SELECT substr(signed_on, 1, 7) AS month, COUNT(*) AS n FROM (${SUCCEEDED})
         WHERE signed_on >= ? AND signed_on < ? GROUP BY month`,
      ).all(lo, hi) as { month: string; n: number }[]
    ).map((r) => [r.month, r.n]),
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
    byCategory: categories.map((c) => ({ key: String(c.id), label: c.label, count: c.n, succeeded: c.ok })),
    byMonth: monthsOf(range.from, range.to).map((month) => ({
      month,
      accepted: acceptedByMonth.get(month) ?? 0,
      succeeded: succeededByMonth.get(month) ?? 0,
    })),
  };
}
