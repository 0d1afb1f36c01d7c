import TextField from '@mui/material/TextField';
import { approveLoanInput, refuseLoanInput, type Loan } from '../../../../../shared/archive/schemas';
import { api } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import { LoanSummary } from './LoanSummary';

/** A loan step's dialog: the loan, and what to do once the server has answered. */
export interface LoanDialogProps {
  loan: Loan;
  onClose: () => void;
  onDone: (loan: Loan, message: string) => void;
}

/**
 * 批准 (seed 001: 借阅须经中心主任批准): the period, defaulting to what was
 * asked for, and any conditions the borrower is held to.
 */
export function ApproveDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const form = useForm({ days: String(loan.requestedDays), conditions: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = {
      id: loan.id,
      days: Number(form.values.days),
      conditions: form.values.conditions.trim() || undefined,
    };
    const errors = zodFieldErrors(approveLoanInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.approve(input));
    if (result.ok) onDone(result.value, `已批准 ${loan.borrowerName} 借阅 ${loan.itemCode}。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`批准借阅：${loan.itemCode}`}
      submitLabel="确认批准"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <LoanSummary loan={loan} />
      <TextField
        label="批准期限（天）"
        type="number"
        required
        slotProps={{ htmlInput: { min: 0, max: 90, step: 1 } }}
        {...form.field('days')}
        helperText={form.errors.days ?? '0 天为当日归还（查阅、复制）。'}
      />
      <TextField
        label="批准意见"
        multiline
        minRows={2}
        placeholder="如：限司法确认审查使用，不得复制、转借"
        {...form.field('conditions')}
      />
    </FormDialog>
  );
}

/** 不予批准, with the reason the borrower is told. */
export function RefuseDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const form = useForm({ reason: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: loan.id, reason: form.values.reason };
    const errors = zodFieldErrors(refuseLoanInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.refuse(input));
    if (result.ok) onDone(result.value, `已不予批准 ${loan.borrowerName} 借阅 ${loan.itemCode}。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`不予批准：${loan.itemCode}`}
      submitLabel="确认不予批准"
      danger
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <LoanSummary loan={loan} />
      <TextField label="不予批准的理由" required multiline minRows={2} autoFocus {...form.field('reason')} />
    </FormDialog>
  );
}
