// Borrowing (借阅: apply, approve, lend, return) at the boundary and what comes back, with the desk's dashboard:
// separate from the catalogue, re-exported by schemas.ts. The rules themselves are in loans.ts.
import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import { idNumber, phone } from '../cases/schemas';
import { keysOf } from '../cases/codes';
import type { Classification } from './codes';
import { pages } from './fields';
import {
  LOAN_CONDITIONS,
  LOAN_MODES,
  LOAN_PURPOSES,
  type DueState,
  type LoanCondition,
  type LoanMode,
  type LoanPurpose,
  type LoanStatus,
} from './loans';

// ——— loans ———

export const applyLoanInput = z
  .object({
    itemId: id,
    mode: z.enum(keysOf(LOAN_MODES), { error: '请选择借阅方式' }),
    borrowerKind: z.enum(['staff', 'outside'], { error: '请选择借阅人' }),
    /** For staff: the account; for an outside borrower the fields below. */
    borrowerAccountId: id.optional(),
    borrowerName: optionalText('借阅人姓名', 30),
    borrowerUnit: optionalText('单位或部门', 60),
    borrowerPhone: phone,
    borrowerIdNumber: idNumber,
    letter: optionalText('介绍信或公函', 100),
    purpose: z.enum(keysOf(LOAN_PURPOSES), { error: '请选择利用目的' }),
    purposeNote: optionalText('借阅事由', 200),
    days: z.number().int().min(0).max(90, { error: '借阅期限不能超过 90 天' }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.borrowerKind === 'staff' && v.borrowerAccountId === undefined)
      ctx.addIssue({ code: 'custom', message: '请选择借阅的工作人员', path: ['borrowerAccountId'] });
    if (v.borrowerKind === 'outside') {
      if (!v.borrowerName)
        ctx.addIssue({ code: 'custom', message: '请填写借阅人姓名', path: ['borrowerName'] });
      if (!v.borrowerUnit)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须填写单位', path: ['borrowerUnit'] });
      // The register's 联系电话, and how a 催还通知单 reaches someone outside the centre.
      if (!v.borrowerPhone)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须留联系电话', path: ['borrowerPhone'] });
      if (!v.borrowerIdNumber)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须登记身份证号', path: ['borrowerIdNumber'] });
      if (!v.letter)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须有介绍信或公函', path: ['letter'] });
    }
  });
export type ApplyLoanInput = z.infer<typeof applyLoanInput>;

/** A colleague who may borrow as 本中心工作人员: any active account (the same rule `apply` checks). */
export interface Borrower {
  id: number;
  displayName: string;
}

export const loanRef = z.object({ id }).strict();
export const approveLoanInput = z
  .object({
    id,
    days: z.number().int().min(0).max(90, { error: '借阅期限不能超过 90 天' }),
    conditions: optionalText('批准意见', 200),
  })
  .strict();
export const refuseLoanInput = z.object({ id, reason: text('不予批准的理由', 200) }).strict();
export const lendInput = z.object({ id, pages: pages('出借页数') }).strict();
export const returnLoanInput = z
  .object({
    id,
    pages: pages('归还页数'),
    condition: z.enum(keysOf(LOAN_CONDITIONS), { error: '请选择归还时状态' }),
    note: optionalText('缺损说明', 200),
  })
  .strict();
export const cancelLoanInput = z.object({ id, reason: text('撤销理由', 200) }).strict();
export const loanEffectInput = z.object({ id, effect: text('利用效果', 300) }).strict();

export const listLoansInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    status: z
      .array(z.enum(['requested', 'approved', 'refused', 'out', 'returned', 'cancelled']))
      .max(6)
      .optional(),
    overdueOnly: z.boolean().optional(),
    itemId: id.optional(),
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    q: z.string().trim().max(30, { error: '搜索词不能超过 30 个字' }).optional(),
  })
  .strict();
export type ListLoansInput = z.infer<typeof listLoansInput>;
export const registerInput = z
  .object({ from: dateField('起始日期'), to: dateField('截止日期') })
  .strict()
  .refine((r) => r.from <= r.to, { error: '截止日期不能早于起始日期', path: ['to'] });

export interface Loan {
  id: number;
  itemId: number;
  itemCode: string;
  itemTitle: string;
  itemClassification: Classification;
  status: LoanStatus;
  mode: LoanMode;
  borrowerKind: 'staff' | 'outside';
  borrowerName: string;
  borrowerUnit: string | null;
  borrowerPhone: string | null;
  /** Masked (110105********002X): the whole number stays in the archive. */
  borrowerIdNumber: string | null;
  letter: string | null;
  purpose: LoanPurpose;
  purposeNote: string | null;
  needsApproval: boolean;
  requestedDays: number;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  approvedDays: number | null;
  lentAt: string | null;
  lentBy: string | null;
  pagesOut: number | null;
  dueOn: string | null;
  renewals: number;
  returnedAt: string | null;
  returnedTo: string | null;
  pagesBack: number | null;
  condition: LoanCondition | null;
  conditionNote: string | null;
  effect: string | null;
  cancelReason: string | null;
  /** For a loan waiting while its item is out: its place in the queue (1 = next). */
  queuePosition: number | null;
  /** For a loan out: yellow / red by its due date (an injected clock's today). */
  dueState: DueState | null;
  overdueDays: number;
}

export interface LoanPage {
  rows: Loan[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ArchiveDashboard {
  /** The director's: applications awaiting a decision. */
  awaitingApproval: Loan[];
  /** Approved, not yet handed out (first in each item's queue). */
  readyToLend: Loan[];
  dueSoon: Loan[];
  overdue: Loan[];
  /** Items whose retention has ended, awaiting appraisal (到期鉴定). */
  expiredCount: number;
  /** Disposal lists awaiting the director. */
  disposalsAwaiting: number;
}
