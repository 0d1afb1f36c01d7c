import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOAN_PERIODS,
  defaultLoanDays,
  dueDate,
  dueState,
  LOAN_ACTIONS,
  LOAN_STATUSES,
  loanStep,
  needsApproval,
  overdueDays,
  returnCondition,
  type LoanAction,
  type LoanStatus,
} from '../../shared/archive/loans';

/** Every allowed step; everything else must be refused. */
const ALLOWED: Record<string, LoanStatus> = {
  'requested approve': 'approved',
  'requested refuse': 'refused',
  'requested cancel': 'cancelled',
  'approved lend': 'out',
  'approved cancel': 'cancelled',
  'out renew': 'out',
  'out return': 'returned',
  'returned recordEffect': 'returned',
};

describe('借阅状态机', () => {
  const statuses = Object.keys(LOAN_STATUSES) as LoanStatus[];
  const actions = Object.keys(LOAN_ACTIONS) as LoanAction[];

  it.each(statuses.flatMap((s) => actions.map((a) => [s, a] as const)))('%s —%s→', (status, action) => {
    const result = loanStep(status, action);
    const expected = ALLOWED[`${status} ${action}`];
    if (expected) expect(result).toEqual({ ok: true, to: expected });
    else {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toBe(
          `该借阅当前为「${LOAN_STATUSES[status]}」，不能${LOAN_ACTIONS[action]}。`,
        );
    }
  });

  it('needs the director for taking out and copying, and for reading a 秘密 item', () => {
    expect(needsApproval('read', 'public')).toBe(false);
    expect(needsApproval('read', 'internal')).toBe(false);
    expect(needsApproval('read', 'secret')).toBe(true);
    expect(needsApproval('borrow', 'public')).toBe(true);
    expect(needsApproval('copy', 'public')).toBe(true);
  });
});

describe('借阅期限与逾期', () => {
  it('gives 7 days, 3 for important or confidential items, and the same day for reading or copying', () => {
    const p = DEFAULT_LOAN_PERIODS;
    expect(defaultLoanDays('borrow', { classification: 'internal', important: false }, p)).toBe(7);
    expect(defaultLoanDays('borrow', { classification: 'internal', important: true }, p)).toBe(3);
    expect(defaultLoanDays('borrow', { classification: 'secret', important: false }, p)).toBe(3);
    expect(defaultLoanDays('read', { classification: 'public', important: false }, p)).toBe(0);
    expect(defaultLoanDays('copy', { classification: 'public', important: false }, p)).toBe(0);
    expect(dueDate('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('turns yellow three days before the due date and red after it (injected today)', () => {
    const due = '2026-12-10';
    expect(dueState(due, '2026-12-06', 3)).toBe('ok');
    expect(dueState(due, '2026-12-07', 3)).toBe('dueSoon');
    expect(dueState(due, '2026-12-10', 3)).toBe('dueSoon');
    expect(dueState(due, '2026-12-11', 3)).toBe('overdue');
    expect(overdueDays(due, '2026-12-10')).toBe(0);
    expect(overdueDays(due, '2027-01-02')).toBe(23);
  });

  it('records fewer pages back as 缺损 whatever was ticked', () => {
    expect(returnCondition(24, 23, 'intact')).toBe('damaged');
    expect(returnCondition(24, 24, 'intact')).toBe('intact');
    expect(returnCondition(24, 24, 'damaged')).toBe('damaged');
  });
});
