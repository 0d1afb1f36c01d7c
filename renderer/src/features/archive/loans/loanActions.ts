import type { Role } from '../../../../../shared/accounts/roles';
import { loanStep, type LoanAction } from '../../../../../shared/archive/loans';
import type { Loan } from '../../../../../shared/archive/schemas';

/** What a loan's buttons open: a step of loans.ts, or the 催还通知单. */
export type LoanDialogKind = LoanAction | 'recall';

/** Which dialog is open, for which loan. */
export interface LoanDialog {
  kind: LoanDialogKind;
  loan: Loan;
}

/** The button labels: the steps' own words, except 利用效果 and the notice. */
export const LOAN_BUTTONS: Record<LoanDialogKind, string> = {
  approve: '批准',
  refuse: '不予批准',
  lend: '出借',
  renew: '续借',
  return: '归还',
  cancel: '撤销',
  recordEffect: '利用效果',
  recall: '催还通知单',
};

const ORDER: readonly LoanAction[] = [
  'approve',
  'refuse',
  'lend',
  'return',
  'renew',
  'recordEffect',
  'cancel',
];

/**
 * The steps this user may take on the loan now: what `loanStep` allows from
 * its state, less what the contract keeps for the director (批准, 不予批准)
 * and what the handlers refuse anyway — 续借 is for take-outs only, and a loan
 * the director approved is renewed by the director. 催还通知单 once the due
 * date is near or past. The server checks every step again.
 */
export function loanActionsFor(loan: Loan, role: Role): LoanDialogKind[] {
  const allowed = ORDER.filter((action) => {
    if (!loanStep(loan.status, action).ok) return false;
    if (action === 'approve' || action === 'refuse') return role === 'director';
    if (action === 'renew') return loan.mode === 'borrow' && (!loan.needsApproval || role === 'director');
    return true;
  });
  return loan.status === 'out' && loan.dueState !== 'ok' ? [...allowed, 'recall'] : allowed;
}
