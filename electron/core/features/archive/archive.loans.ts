import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { maskIdNumber } from '../../../../shared/privacy/identity';
import {
  defaultLoanDays,
  dueDate,
  dueState,
  LOAN_MODES,
  loanStep,
  needsApproval,
  overdueDays,
  returnCondition,
  type LoanAction,
  type LoanCondition,
  type LoanMode,
  type LoanPeriods,
  type LoanPurpose,
  type LoanStatus,
} from '../../../../shared/archive/loans';
import type { Classification } from '../../../../shared/archive/codes';
import type {
  ApplyLoanInput,
  Borrower,
  Loan,
  LoanPage,
  ListLoansInput,
} from '../../../../shared/archive/schemas';
import { likePattern } from '../../db/sql';
import { stmt } from '../cases/cases.queries';
import { mustGetItem, toItem } from './archive.items';

/** A loan as stored, with its item's code, title and 密级, and its place in the item's queue. */
interface LoanRecord {
  id: number;
  item_id: number;
  item_code: string;
  item_title: string;
  item_classification: Classification;
  status: LoanStatus;
  mode: LoanMode;
  borrower_kind: 'staff' | 'outside';
  borrower_name: string;
  borrower_unit: string | null;
  borrower_phone: string | null;
  borrower_id_number: string | null;
  letter: string | null;
  purpose: LoanPurpose;
  purpose_note: string | null;
  needs_approval: number;
  requested_days: number;
  requested_at: string;
  requested_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
  approved_days: number | null;
  lent_at: string | null;
  lent_by: string | null;
  pages_out: number | null;
  due_on: string | null;
  renewals: number;
  returned_at: string | null;
  returned_to: string | null;
  pages_back: number | null;
  condition: LoanCondition | null;
  condition_note: string | null;
  effect: string | null;
  cancel_reason: string | null;
  ahead: number | null;
}

const WAITING = "('requested', 'approved')";

export const LOAN_SELECT = `l.*, i.code AS item_code, i.title AS item_title, i.classification AS item_classification,
  CASE WHEN l.status IN ${WAITING} THEN
    (SELECT count(*) FROM archive_loans w WHERE w.item_id = l.item_id AND w.status IN ${WAITING} AND w.id < l.id)
    + EXISTS (SELECT 1 FROM archive_loans o WHERE o.item_id = l.item_id AND o.status = 'out')
  END AS ahead`;
export const LOAN_FROM = 'archive_loans l JOIN archive_items i ON i.id = l.item_id';

/** What a loan's colours and queue place are measured against: the core's today and the settings. */
export interface LoanView {
  today: string;
  periods: LoanPeriods;
}

function toLoan(r: LoanRecord, view: LoanView): Loan {
  const out = r.status === 'out' && r.due_on !== null;
  return {
    id: r.id,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemTitle: r.item_title,
    itemClassification: r.item_classification,
    status: r.status,
    mode: r.mode,
    borrowerKind: r.borrower_kind,
    borrowerName: r.borrower_name,
    borrowerUnit: r.borrower_unit,
    borrowerPhone: r.borrower_phone,
    borrowerIdNumber: r.borrower_id_number ? maskIdNumber(r.borrower_id_number) : null,
    letter: r.letter,
    purpose: r.purpose,
    purposeNote: r.purpose_note,
    needsApproval: r.needs_approval === 1,
    requestedDays: r.requested_days,
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
    approvedDays: r.approved_days,
    lentAt: r.lent_at,
    lentBy: r.lent_by,
    pagesOut: r.pages_out,
    dueOn: r.due_on,
    renewals: r.renewals,
    returnedAt: r.returned_at,
    returnedTo: r.returned_to,
    pagesBack: r.pages_back,
    condition: r.condition,
    conditionNote: r.condition_note,
    effect: r.effect,
    cancelReason: r.cancel_reason,
    // Only a loan that has someone ahead of it (the item out, or earlier applications) is "queued".
    queuePosition: r.ahead !== null && r.ahead > 0 ? r.ahead : null,
    dueState: out ? dueState(r.due_on!, view.today, view.periods.warnDays) : null,
    overdueDays: out ? overdueDays(r.due_on!, view.today) : 0,
  };
}

function loanRecord(db: Db, id: number): LoanRecord {
  const r = stmt(db, `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.id = ?`).get(id) as
    LoanRecord | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条借阅记录。');
  return r;
}

export const getLoan = (db: Db, id: number, view: LoanView): Loan => toLoan(loanRecord(db, id), view);

export function loansOfItem(db: Db, itemId: number, view: LoanView): Loan[] {
  return (
    stmt(db, `SELECT ${LOAN_SELECT} FROM ${LOAN_FROM} WHERE l.item_id = ? ORDER BY l.id DESC`).all(
      itemId,
    ) as LoanRecord[]
  ).map((r) => toLoan(r, view));
}

function step(r: LoanRecord, action: LoanAction): LoanStatus {
  const s = loanStep(r.status, action);
  if (!s.ok) throw new AppError('CONFLICT', s.message);
  return s.to;
}

export interface Actor {
  id: number;
  name: string;
  role: string;
}

const describe = (r: {
  item_code: string;
  borrower_name: string;
  borrower_unit: string | null;
  mode: LoanMode;
}) =>
  `${r.item_code}（${r.borrower_name}${r.borrower_unit ? `，${r.borrower_unit}` : ''}，${LOAN_MODES[r.mode]}）`;

/** Who may borrow as 本中心工作人员: every active account, as `applyLoan` accepts them. */
export function listBorrowers(db: Db): Borrower[] {
  return (
    stmt(db, 'SELECT id, display_name FROM accounts WHERE disabled = 0 ORDER BY id').all() as {
      id: number;
      display_name: string;
    }[]
  ).map((a) => ({ id: a.id, displayName: a.display_name }));
}

/** 申请: by staff for themselves or on behalf of an outside borrower. Reading a non-secret item on site is approved at once. */
export function applyLoan(
  db: Db,
  input: ApplyLoanInput,
  actor: Actor,
  at: string,
  periods: LoanPeriods,
): { id: number; summary: string } {
  const item = toItem(mustGetItem(db, input.itemId));
  if (item.destroyed) throw new AppError('CONFLICT', `档案 ${item.code} 已销毁，不能借阅。`);
  let name = input.borrowerName ?? '';
  let unit = input.borrowerUnit || null;
  if (input.borrowerKind === 'staff') {
    const account = stmt(db, 'SELECT display_name FROM accounts WHERE id = ? AND disabled = 0').get(
      input.borrowerAccountId,
    ) as { display_name: string } | undefined;
    if (!account)
      throw new AppError('VALIDATION', '输入有误：所选工作人员不存在或已停用', {
        borrowerAccountId: '请选择工作人员',
      });
    name = account.display_name;
    unit = unit ?? '本中心';
  }
  const approval = needsApproval(input.mode, item.classification);
  const days = input.days ?? defaultLoanDays(input.mode, item, periods);
  const info = stmt(
    db,
    `INSERT INTO archive_loans (item_id, status, mode, borrower_kind, borrower_account_id, borrower_name,
       borrower_unit, borrower_phone, borrower_id_number, letter, purpose, purpose_note, needs_approval,
       requested_days, requested_at, requested_by)
     VALUES (@itemId, @status, @mode, @kind, @account, @name, @unit, @phone, @idNumber, @letter, @purpose,
       @purposeNote, @needsApproval, @days, @at, @by)`,
  ).run({
    itemId: item.id,
    status: approval ? 'requested' : 'approved',
    mode: input.mode,
    kind: input.borrowerKind,
    account: input.borrowerKind === 'staff' ? input.borrowerAccountId : null,
    name,
    unit,
    phone: input.borrowerPhone || null,
    idNumber: input.borrowerIdNumber || null,
    letter: input.letter || null,
    purpose: input.purpose,
    purposeNote: input.purposeNote || null,
    needsApproval: approval ? 1 : 0,
    days,
    at,
    by: actor.name,
  });
  const id = Number(info.lastInsertRowid);
  const r = loanRecord(db, id);
  const queued = r.ahead !== null && r.ahead > 0 ? `，排队第 ${r.ahead} 位` : '';
  return {
    id,
    summary: `借阅申请 ${describe(r)}${approval ? '，待主任审批' : '，现场查阅无需审批'}${queued}`,
  };
}

export function approveLoan(
  db: Db,
  id: number,
  days: number,
  conditions: string | undefined,
  actor: Actor,
  at: string,
): string {
  const r = loanRecord(db, id);
  step(r, 'approve');
  stmt(
    db,
    `UPDATE archive_loans SET status = 'approved', decided_at = ?, decided_by = ?, decided_by_id = ?, decision_note = ?,
       approved_days = ? WHERE id = ?`,
  ).run(at, actor.name, actor.id, conditions || null, days, id);
  return `批准借阅 ${describe(r)}，期限 ${days} 天${conditions ? `；${conditions}` : ''}`;
}

export function refuseLoan(db: Db, id: number, reason: string, actor: Actor, at: string): string {
  const r = loanRecord(db, id);
  step(r, 'refuse');
  stmt(
    db,
    `UPDATE archive_loans SET status = 'refused', decided_at = ?, decided_by = ?, decided_by_id = ?, decision_note = ?
     WHERE id = ?`,
  ).run(at, actor.name, actor.id, reason, id);
  return `不予批准借阅 ${describe(r)}：${reason}`;
}

/**
 * 出借: only an approved loan (no approver, no loan — the table's CHECK holds
 * it too), only while the item is in the room, and in the order applications
 * were approved: an earlier approved loan of the same item goes first.
 */
export function lendLoan(db: Db, id: number, pages: number, actor: Actor, today: string, at: string): string {
  const r = loanRecord(db, id);
  step(r, 'lend');
  if (r.needs_approval === 1 && r.decided_by === null)
    throw new AppError('FORBIDDEN', '该借阅须经主任批准后才能出借。');
  const item = toItem(mustGetItem(db, r.item_id));
  if (item.destroyed) throw new AppError('CONFLICT', `档案 ${item.code} 已销毁，不能出借。`);
  if (item.onLoanId !== null) {
    const out = loanRecord(db, item.onLoanId);
    throw new AppError(
      'CONFLICT',
      `档案 ${item.code} 正借给 ${out.borrower_name}（应还 ${out.due_on}），归还后按排队顺序出借。`,
    );
  }
  const earlier = stmt(
    db,
    "SELECT borrower_name FROM archive_loans WHERE item_id = ? AND status = 'approved' AND id < ? ORDER BY id LIMIT 1",
  ).get(r.item_id, id) as { borrower_name: string } | undefined;
  if (earlier)
    throw new AppError(
      'CONFLICT',
      `档案 ${item.code} 排在前面的借阅（${earlier.borrower_name}）尚未出借，请按顺序办理。`,
    );
  const days = r.approved_days ?? r.requested_days;
  const due = dueDate(today, days);
  stmt(
    db,
    "UPDATE archive_loans SET status = 'out', lent_at = ?, lent_by = ?, pages_out = ?, due_on = ? WHERE id = ?",
  ).run(at, actor.name, pages, due, id);
  return `出借 ${describe(r)}，${pages} 页，应还 ${due}`;
}

/** 续借: once (a setting), for as long again as the item's kind allows; a loan the director approved is renewed by the director. */
export function renewLoan(db: Db, id: number, actor: Actor, periods: LoanPeriods): string {
  const r = loanRecord(db, id);
  step(r, 'renew');
  if (r.mode !== 'borrow') throw new AppError('CONFLICT', `${LOAN_MODES[r.mode]}当日办结，不能续借。`);
  if (r.renewals >= periods.renewals)
    throw new AppError(
      'CONFLICT',
      periods.renewals === 0 ? '按本中心规定，借阅不能续借。' : `已续借 ${r.renewals} 次，不能再续借。`,
    );
  if (r.needs_approval === 1 && actor.role !== 'director')
    throw new AppError('FORBIDDEN', '经主任批准的借阅，续借也须主任办理。');
  const item = toItem(mustGetItem(db, r.item_id));
  const due = dueDate(r.due_on!, defaultLoanDays('borrow', item, periods));
  stmt(db, 'UPDATE archive_loans SET renewals = renewals + 1, due_on = ? WHERE id = ?').run(due, id);
  return `续借 ${describe(r)}，应还日期由 ${r.due_on} 改为 ${due}`;
}

/** 归还: checked face to face; fewer pages than went out is 缺损 whatever was ticked, and says how many; more is refused. */
export function returnLoan(
  db: Db,
  input: { id: number; pages: number; condition: LoanCondition; note?: string | undefined },
  actor: Actor,
  at: string,
): string {
  const r = loanRecord(db, input.id);
  step(r, 'return');
  // More pages back than went out is a miscount (or papers that are not the file's): counted again, never filed.
  if (input.pages > (r.pages_out ?? 0))
    throw new AppError('VALIDATION', `输入有误：归还页数多于出借时的 ${r.pages_out ?? 0} 页`, {
      pages: `出借时为 ${r.pages_out ?? 0} 页，归还页数不能更多，请重新清点`,
    });
  const condition = returnCondition(r.pages_out ?? 0, input.pages, input.condition);
  const missing = (r.pages_out ?? 0) - input.pages;
  const note = [
    missing > 0 ? `归还时少 ${missing} 页（出借 ${r.pages_out} 页，归还 ${input.pages} 页）` : null,
    input.note || null,
  ]
    .filter(Boolean)
    .join('；');
  if (condition === 'damaged' && !note)
    throw new AppError('VALIDATION', '输入有误：缺损须写明情况', { note: '请写明缺损情况' });
  stmt(
    db,
    `UPDATE archive_loans SET status = 'returned', returned_at = ?, returned_to = ?, pages_back = ?, condition = ?,
       condition_note = ? WHERE id = ?`,
  ).run(at, actor.name, input.pages, condition, note || null, input.id);
  return `归还 ${describe(r)}，${input.pages} 页，${condition === 'damaged' ? `缺损：${note}` : '完好'}`;
}

export function cancelLoan(db: Db, id: number, reason: string): string {
  const r = loanRecord(db, id);
  step(r, 'cancel');
  stmt(db, "UPDATE archive_loans SET status = 'cancelled', cancel_reason = ? WHERE id = ?").run(reason, id);
  return `撤销借阅 ${describe(r)}：${reason}`;
}

export function recordEffect(db: Db, id: number, effect: string): string {
  const r = loanRecord(db, id);
  step(r, 'recordEffect');
  stmt(db, 'UPDATE archive_loans SET effect = ? WHERE id = ?').run(effect, id);
  return `登记利用效果 ${describe(r)}：${effect}`;
}

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
