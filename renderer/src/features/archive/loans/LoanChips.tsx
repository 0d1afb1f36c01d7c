import Chip from '@mui/material/Chip';
import { LOAN_STATUSES, type LoanStatus } from '../../../../../shared/archive/loans';
import type { Loan } from '../../../../../shared/archive/schemas';
import { DEADLINE_LOOK } from '../../cases/CaseChips';

/** 状态: waiting ones in the primary colour, 借出中 as a warning, finished ones quiet, 不予批准 red. */
const STATUS_COLOR: Record<LoanStatus, 'primary' | 'warning' | 'default' | 'error' | 'success'> = {
  requested: 'primary',
  approved: 'primary',
  out: 'warning',
  returned: 'success',
  refused: 'error',
  cancelled: 'default',
};

export function LoanStatusChip({ status }: { status: LoanStatus }) {
  return <Chip size="small" variant="outlined" color={STATUS_COLOR[status]} label={LOAN_STATUSES[status]} />;
}

/**
 * 应还日期 of a loan out, in the case ledger's colours (domain.md, Module 3:
 * yellow three days before, red after), with its word and the days overdue,
 * so the state is read without telling colours apart.
 */
export function DueChip({ loan }: { loan: Pick<Loan, 'dueOn' | 'dueState' | 'overdueDays'> }) {
  if (!loan.dueOn) return <span>—</span>;
  if (!loan.dueState) return <span>{loan.dueOn}</span>;
  const look =
    DEADLINE_LOOK[loan.dueState === 'overdue' ? 'red' : loan.dueState === 'dueSoon' ? 'yellow' : 'green'];
  const word =
    loan.dueState === 'overdue'
      ? `逾期 ${loan.overdueDays} 天`
      : loan.dueState === 'dueSoon'
        ? '即将到期'
        : '';
  return (
    <Chip
      size="small"
      icon={look.icon}
      label={word ? `${loan.dueOn} ${word}` : loan.dueOn}
      data-due-state={loan.dueState}
      sx={{
        bgcolor: look.bg,
        color: look.fg,
        border: 1,
        borderColor: look.fg,
        fontWeight: 500,
        '& .MuiChip-icon': { color: look.fg },
      }}
    />
  );
}

/** 排队第 n 位: an application waiting while the item is out or others are ahead of it. */
export function QueueChip({ position }: { position: number | null }) {
  if (position === null) return null;
  return <Chip size="small" variant="outlined" label={`排队第 ${position} 位`} />;
}
