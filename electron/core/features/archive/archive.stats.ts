import type { Db } from '../../db/open';
import { LOAN_PURPOSES } from '../../../../shared/archive/loans';
import type { ArchiveStats } from '../../../../shared/archive/schemas';
import { addMonths, monthsOf } from '../../../../shared/stats/months';
import type { StatsInput } from '../../../../shared/stats/schemas';
import { stmt } from '../cases/cases.queries';

/*
 * The counting rule of the archive's statistics: a loan belongs to the month
 * it was APPLIED for (requested_at); 查阅 / 借出 / 复制 count the loans of the
 * period that were actually served (handed out, whatever happened later);
 * refusals and 缺损 returns are counted among the period's applications.
 * 逾期 is as the archive stands today (loans out past their due date).
 */

const BY_LIMIT = 12;

export function archiveStats(db: Db, input: StatsInput, today: string): ArchiveStats {
  const from = `${input.from}-01`;
  const end = `${addMonths(input.to, 1)}-01`;
  const months = monthsOf(input.from, input.to).map((month) => {
    const r = stmt(
      db,
      `SELECT count(*) AS loans,
         count(*) FILTER (WHERE mode = 'read' AND lent_at IS NOT NULL) AS readings,
         count(*) FILTER (WHERE mode = 'borrow' AND lent_at IS NOT NULL) AS borrowings,
         count(*) FILTER (WHERE mode = 'copy' AND lent_at IS NOT NULL) AS copies
       FROM archive_loans WHERE requested_at >= ? AND requested_at < ?`,
    ).get(`${month}-01`, `${addMonths(month, 1)}-01`) as Omit<ArchiveStats['months'][number], 'month'>;
    return { month, ...r };
  });
  const inPeriod = 'l.requested_at >= @from AND l.requested_at < @end';
  const byPurpose = (
    stmt(
      db,
      `SELECT purpose AS key, count(*) AS count FROM archive_loans l WHERE ${inPeriod} GROUP BY purpose`,
    ).all({
      from,
      end,
    }) as { key: keyof typeof LOAN_PURPOSES; count: number }[]
  )
    .map((r) => ({ ...r, label: LOAN_PURPOSES[r.key] ?? r.key }))
    .sort((a, b) => b.count - a.count);
  const byCategory = stmt(
    db,
    `SELECT c.code AS key, c.name AS label, count(*) AS count
     FROM archive_loans l JOIN archive_items i ON i.id = l.item_id JOIN archive_categories c ON c.code = i.category
     WHERE ${inPeriod} GROUP BY c.code ORDER BY count DESC, c.sort`,
  ).all({ from, end }) as ArchiveStats['byCategory'];
  const byUnit = (
    stmt(
      db,
      `SELECT coalesce(l.borrower_unit, '（未填单位）') AS key, count(*) AS count FROM archive_loans l
       WHERE ${inPeriod} GROUP BY key ORDER BY count DESC, key LIMIT ${BY_LIMIT}`,
    ).all({ from, end }) as { key: string; count: number }[]
  ).map((r) => ({ ...r, label: r.key }));
  const once = stmt(
    db,
    `SELECT count(*) FILTER (WHERE status = 'refused') AS refused,
            count(*) FILTER (WHERE condition = 'damaged') AS damaged
     FROM archive_loans l WHERE ${inPeriod}`,
  ).get({ from, end }) as { refused: number; damaged: number };
  const overdueNow = (
    stmt(db, "SELECT count(*) AS n FROM archive_loans WHERE status = 'out' AND due_on < ?").get(today) as {
      n: number;
    }
  ).n;
  const items = stmt(
    db,
    `SELECT count(*) FILTER (WHERE destroyed_at IS NULL) AS total,
            count(*) FILTER (WHERE created_at >= @from AND created_at < @end) AS filedInPeriod,
            count(*) FILTER (WHERE destroyed_at IS NOT NULL) AS destroyed
     FROM archive_items`,
  ).get({ from, end }) as ArchiveStats['items'];
  return {
    from: input.from,
    to: input.to,
    months,
    byPurpose,
    byCategory,
    byUnit,
    overdueNow,
    ...once,
    items,
  };
}
