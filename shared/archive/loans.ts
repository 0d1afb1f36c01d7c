import { addDays } from '../calendar/workdays';
import type { Classification } from './codes';

/**
 * Borrowing (借阅, domain.md Module 3; seed 001: 借阅须经中心主任批准并登记):
 * 申请 → 审批 → 出借 → (续借) → 归还 → (利用效果). The handlers enforce every
 * step with these rules; the pages use them to offer only what would pass.
 */

export const LOAN_STATUSES = {
  requested: '待审批',
  approved: '待出借',
  refused: '不予批准',
  out: '借出中',
  returned: '已归还',
  cancelled: '已撤销',
} as const;
export type LoanStatus = keyof typeof LOAN_STATUSES;

export const LOAN_MODES = {
  read: '查阅',
  borrow: '借出',
  copy: '复制',
} as const;
export type LoanMode = keyof typeof LOAN_MODES;

export const LOAN_PURPOSES = {
  judicial: '司法确认或诉讼',
  review: '工作查考',
  evidence: '核查取证',
  research: '编研与统计',
  other: '其他',
} as const;
export type LoanPurpose = keyof typeof LOAN_PURPOSES;

export const LOAN_CONDITIONS = { intact: '完好', damaged: '缺损' } as const;
export type LoanCondition = keyof typeof LOAN_CONDITIONS;

export const LOAN_ACTIONS = {
  approve: '批准',
  refuse: '不予批准',
  lend: '出借',
  renew: '续借',
  return: '归还',
  cancel: '撤销',
  recordEffect: '登记利用效果',
} as const;
export type LoanAction = keyof typeof LOAN_ACTIONS;

/** From which states each step may be taken. */
const FROM: Record<LoanAction, readonly LoanStatus[]> = {
  approve: ['requested'],
  refuse: ['requested'],
  lend: ['approved'],
  renew: ['out'],
  return: ['out'],
  cancel: ['requested', 'approved'],
  recordEffect: ['returned'],
};

/** Where each step leads. */
const TO: Record<LoanAction, LoanStatus> = {
  approve: 'approved',
  refuse: 'refused',
  lend: 'out',
  renew: 'out',
  return: 'returned',
  cancel: 'cancelled',
  recordEffect: 'returned',
};

/** The state after `action`, or a Chinese reason why it cannot be taken from `status`. */
export function loanStep(
  status: LoanStatus,
  action: LoanAction,
): { ok: true; to: LoanStatus } | { ok: false; message: string } {
  if (FROM[action].includes(status)) return { ok: true, to: TO[action] };
  return {
    ok: false,
    message: `该借阅当前为「${LOAN_STATUSES[status]}」，不能${LOAN_ACTIONS[action]}。`,
  };
}

/** Reading on site needs no approval, except for 秘密 items; taking out or copying always needs the director. */
export function needsApproval(mode: LoanMode, classification: Classification): boolean {
  return mode !== 'read' || classification === 'secret';
}

export interface LoanPeriods {
  /** Days an item may stay out (default 7). */
  days: number;
  /** For important or 秘密 items (default 3). */
  importantDays: number;
  /** How many times a loan may be renewed (default 1). */
  renewals: number;
  /** Days before the due date a loan turns yellow (default 3). */
  warnDays: number;
}

export const DEFAULT_LOAN_PERIODS: LoanPeriods = { days: 7, importantDays: 3, renewals: 1, warnDays: 3 };

/**
 * The period a loan is granted by default: reading and copying are done the
 * same day in the archive room (due that day); taking out gets the period of
 * the item's kind.
 */
export function defaultLoanDays(
  mode: LoanMode,
  item: { classification: Classification; important: boolean },
  periods: LoanPeriods,
): number {
  if (mode !== 'borrow') return 0;
  return item.important || item.classification === 'secret' ? periods.importantDays : periods.days;
}

export const dueDate = (lentOn: string, days: number): string => addDays(lentOn, days);

export type DueState = 'ok' | 'dueSoon' | 'overdue';

/** Yellow from `warnDays` before the due date, red after it. */
export function dueState(dueOn: string, today: string, warnDays: number): DueState {
  if (today > dueOn) return 'overdue';
  if (today >= addDays(dueOn, -warnDays)) return 'dueSoon';
  return 'ok';
}

/** Whole days past the due date (0 when not overdue). */
export function overdueDays(dueOn: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}

/** A return with fewer pages than went out is 缺损 whatever the eye says. */
export function returnCondition(pagesOut: number, pagesBack: number, marked: LoanCondition): LoanCondition {
  return pagesBack < pagesOut ? 'damaged' : marked;
}
