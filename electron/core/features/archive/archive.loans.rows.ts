// A loan as stored and as the app shows it: the query that reads it (with its queue place) and the mapping to `Loan`.
// Separate from the steps (archive.loans.ts) and the lists (archive.loans.lists.ts), which both read loans through it.
import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { maskIdNumber } from '../../../../shared/privacy/identity';
import {
  dueState,
  overdueDays,
  type LoanCondition,
  type LoanMode,
  type LoanPeriods,
  type LoanPurpose,
  type LoanStatus,
} from '../../../../shared/archive/loans';
import type { Classification } from '../../../../shared/archive/codes';
import type { Loan } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';

/** A loan as stored, with its item's code, title and 密级, and its place in the item's queue. */
export interface LoanRecord {
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

export function toLoan(r: LoanRecord, view: LoanView): Loan {
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

export function loanRecord(db: Db, id: number): LoanRecord {
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
