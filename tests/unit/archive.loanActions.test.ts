import { describe, expect, it } from 'vitest';
import type { Loan } from '../../shared/archive/schemas';
import { loanActionsFor } from '../../renderer/src/features/archive/loans/loanActions';

/** A take-out of a dossier needing approval, as the server answers it; each case changes what it is about. */
function loan(overrides: Partial<Loan>): Loan {
  return {
    id: 1,
    itemId: 1,
    itemCode: 'J001-TJ·2026-D30-0001',
    itemTitle: '张三与龙某邻里纠纷调解卷',
    itemClassification: 'internal',
    status: 'requested',
    mode: 'borrow',
    borrowerKind: 'outside',
    borrowerName: '周书记员',
    borrowerUnit: '示范区人民法院',
    borrowerPhone: '13900001111',
    borrowerIdNumber: '110105********002X',
    letter: '调卷函',
    purpose: 'judicial',
    purposeNote: null,
    needsApproval: true,
    requestedDays: 7,
    requestedAt: '2026-11-24T09:00',
    requestedBy: '李婷姝',
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    approvedDays: null,
    lentAt: null,
    lentBy: null,
    pagesOut: null,
    dueOn: null,
    renewals: 0,
    returnedAt: null,
    returnedTo: null,
    pagesBack: null,
    condition: null,
    conditionNote: null,
    effect: null,
    cancelReason: null,
    queuePosition: null,
    dueState: null,
    overdueDays: 0,
    ...overrides,
  };
}

describe('借阅：每一步对谁可见', () => {
  it('offers 批准 and 不予批准 to the director alone', () => {
    expect(loanActionsFor(loan({}), 'director')).toEqual(['approve', 'refuse', 'cancel']);
    expect(loanActionsFor(loan({}), 'staff')).toEqual(['cancel']);
    expect(loanActionsFor(loan({}), 'archivist')).toEqual(['cancel']);
  });

  it('offers 出借 once approved, and nothing of a finished loan but 利用效果', () => {
    expect(loanActionsFor(loan({ status: 'approved' }), 'archivist')).toEqual(['lend', 'cancel']);
    expect(loanActionsFor(loan({ status: 'returned' }), 'staff')).toEqual(['recordEffect']);
    expect(loanActionsFor(loan({ status: 'refused' }), 'director')).toEqual([]);
    expect(loanActionsFor(loan({ status: 'cancelled' }), 'director')).toEqual([]);
  });

  it('renews a take-out the director approved only for the director; reading is never renewed', () => {
    const out = loan({ status: 'out', dueState: 'ok', dueOn: '2026-12-01' });
    expect(loanActionsFor(out, 'staff')).toEqual(['return']);
    expect(loanActionsFor(out, 'director')).toEqual(['return', 'renew']);
    expect(loanActionsFor({ ...out, needsApproval: false, mode: 'read' }, 'director')).toEqual(['return']);
  });

  it('adds the 催还通知单 when the due date is near or past', () => {
    expect(
      loanActionsFor(
        loan({ status: 'out', dueState: 'overdue', overdueDays: 2, dueOn: '2026-12-01' }),
        'staff',
      ),
    ).toEqual(['return', 'recall']);
    expect(
      loanActionsFor(loan({ status: 'out', dueState: 'dueSoon', dueOn: '2026-12-01' }), 'archivist'),
    ).toEqual(['return', 'recall']);
  });
});
