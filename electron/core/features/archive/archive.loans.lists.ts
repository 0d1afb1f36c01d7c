// The lists of loans: the loans page and register (filtered, paged), the 借阅登记簿's range, the 工作台's desk.
// Separate from the steps a loan goes through (archive.loans.ts); the rows come from archive.loans.rows.ts.
import type { Db } from '../../db/open';
import { dueDate } from '../../../../shared/archive/loans';
import type { ListLoansInput, Loan, LoanPage } from '../../../../shared/archive/schemas';
import { likePattern } from '../../db/sql';
import { stmt } from '../cases/cases.queries';
import { LOAN_FROM, LOAN_SELECT, toLoan, type LoanRecord, type LoanView } from './archive.loans.rows';

/** The loan register and the loans page: newest first, filtered, paged. */
export function listLoans(db: Db, f: ListLoansInput, view: LoanView): LoanPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status?.length) {
    where.push(`l.status IN (${f.status.map((_, i) => `@s${i}`).join(', ')})`);
    f.status.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (f.overdueOnly) {
    where.push("l.status = 'out' AND l.due_on < @today");
    params.today = view.today;
  }
  if (f.itemId !== undefined) {
    where.push('l.item_id = @itemId');
    params.itemId = f.itemId;
  }
  if (f.from) {
    where.push('l.requested_at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push("l.requested_at < @to || 'T99'");
    params.to = f.to;
  }
  if (f.q) {
    where.push(
      "(l.borrower_name LIKE @q ESCAPE '\\' OR l.borrower_unit LIKE @q ESCAPE '\\' OR i.code LIKE @q ESCAPE '\\' OR i.title LIKE @q ESCAPE '\\')",
    );
    params.q = likePattern(f.q);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // The item is joined only for a search (its 档号 and 题名); counting and paging need the loans alone.
  const from = f.q ? LOAN_FROM : 'archive_loans l';
  const total = (stmt(db, `SELECT count(*) AS n FROM ${from} ${w}`).get(params) as { n: number }).n;
  // The page's ids first, then their rows: a sorted filter would otherwise compute every matching
  // row's queue place (LOAN_SELECT's subqueries) before the sort, not just the page's.
  const ids = (
    stmt(db, `SELECT l.id FROM ${from} ${w} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit: f.pageSize,
      offset: f.page * f.pageSize,
    }) as { id: number }[]
  ).map((r) => r.id);
  const rows = stmt(
    db,
    `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.id IN (SELECT value FROM json_each(?)) ORDER BY l.id DESC`,
  ).all(JSON.stringify(ids)) as LoanRecord[];
  return { rows: rows.map((r) => toLoan(r, view)), total, page: f.page, pageSize: f.pageSize };
}

/** Loans handed out between two dates, in the order they went out (借阅登记簿). */
export function registerLoans(db: Db, from: string, to: string, view: LoanView): Loan[] {
  return (
    stmt(
      db,
      `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.lent_at >= ? AND l.lent_at < ? || 'T99' ORDER BY l.lent_at, l.id`,
    ).all(from, to) as LoanRecord[]
  ).map((r) => toLoan(r, view));
}

const DESK_LIMIT = 50;

/** 工作台's part of the archive: decisions awaited, loans ready to hand out, due and overdue ones. */
export function loanDesk(db: Db, view: LoanView) {
  const map = (rows: unknown[]) => (rows as LoanRecord[]).map((r) => toLoan(r, view));
  const awaitingApproval = map(
    stmt(
      db,
      `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.status = 'requested' ORDER BY l.id LIMIT ${DESK_LIMIT}`,
    ).all(),
  );
  const readyToLend = map(
    stmt(
      db,
      `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.status = 'approved'
         AND NOT EXISTS (SELECT 1 FROM archive_loans o WHERE o.item_id = l.item_id AND o.status = 'out')
         AND NOT EXISTS (SELECT 1 FROM archive_loans e INDEXED BY archive_loans_item
           WHERE e.item_id = l.item_id AND e.status = 'approved' AND e.id < l.id)
       ORDER BY l.id LIMIT ${DESK_LIMIT}`,
    ).all(),
  );
  const horizon = dueDate(view.today, view.periods.warnDays);
  // Loans out by due date: named, because without statistics SQLite may prefer (status, id) and sort.
  const OUT_BY_DUE = 'archive_loans l INDEXED BY archive_loans_due JOIN archive_items i ON i.id = l.item_id';
  const dueSoon = map(
    stmt(
      db,
      `SELECT ${LOAN_SELECT} FROM ${OUT_BY_DUE} WHERE l.status = 'out' AND l.due_on >= ? AND l.due_on <= ?
       ORDER BY l.due_on, l.id LIMIT ${DESK_LIMIT}`,
    ).all(view.today, horizon),
  );
  const overdue = map(
    stmt(
      db,
      `SELECT ${LOAN_SELECT} FROM ${OUT_BY_DUE} WHERE l.status = 'out' AND l.due_on < ? ORDER BY l.due_on, l.id LIMIT ${DESK_LIMIT}`,
    ).all(view.today),
  );
  return { awaitingApproval, readyToLend, dueSoon, overdue };
}
