import { CLASSIFICATIONS } from '../../../../../shared/archive/codes';
import { LOAN_MODES, LOAN_PURPOSES } from '../../../../../shared/archive/loans';
import type { Loan } from '../../../../../shared/archive/schemas';
import { formatTableDateTime } from '../../../../../shared/dates';
import { Facts } from '../../../components/Facts';

/** 借阅人 as the register writes it: 周书记员（示范区人民法院）. */
export const borrowerOf = (loan: Pick<Loan, 'borrowerName' | 'borrowerUnit'>): string =>
  loan.borrowerUnit ? `${loan.borrowerName}（${loan.borrowerUnit}）` : loan.borrowerName;

/** 期限: take-outs in days, reading and copying done the same day. */
export const periodOf = (days: number): string => (days > 0 ? `${days} 天` : '当日归还');

/** What a step's dialog is about: the item, who asks, how and why — read before deciding. */
export function LoanSummary({ loan }: { loan: Loan }) {
  return (
    <Facts
      facts={[
        { label: '档号', value: loan.itemCode },
        { label: '密级', value: CLASSIFICATIONS[loan.itemClassification] },
        { label: '题名', value: loan.itemTitle, wide: true },
        { label: '借阅人', value: borrowerOf(loan) },
        { label: '联系电话', value: loan.borrowerPhone },
        ...(loan.borrowerIdNumber ? [{ label: '身份证号', value: loan.borrowerIdNumber }] : []),
        { label: '方式', value: LOAN_MODES[loan.mode] },
        { label: '利用目的', value: LOAN_PURPOSES[loan.purpose] },
        { label: '申请期限', value: periodOf(loan.requestedDays) },
        { label: '申请时间', value: `${formatTableDateTime(loan.requestedAt)}（${loan.requestedBy}）` },
        ...(loan.letter ? [{ label: '介绍信或公函', value: loan.letter, wide: true }] : []),
        ...(loan.purposeNote ? [{ label: '借阅事由', value: loan.purposeNote, wide: true }] : []),
      ]}
    />
  );
}
