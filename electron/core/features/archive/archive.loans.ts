import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import {
  defaultLoanDays,
  dueDate,
  LOAN_MODES,
  loanStep,
  needsApproval,
  returnCondition,
  type LoanAction,
  type LoanCondition,
  type LoanMode,
  type LoanPeriods,
  type LoanStatus,
} from '../../../../shared/archive/loans';
import type { ApplyLoanInput, Borrower } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';
import { mustGetItem, toItem } from './archive.items';
import { loanRecord, type LoanRecord } from './archive.loans.rows';

// A loan's steps (apply, approve, lend, renew, return …) live here; reading loans and listing them are in their own
// files, re-exported so every name stays importable from this module.
export { getLoan, LOAN_FROM, LOAN_SELECT, loansOfItem, type LoanView } from './archive.loans.rows';
export { listLoans, loanDesk, registerLoans } from './archive.loans.lists';

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
