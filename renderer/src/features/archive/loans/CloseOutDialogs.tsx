import TextField from '@mui/material/TextField';
import { cancelLoanInput, loanEffectInput } from '../../../../../shared/archive/schemas';
import { api } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../../hooks/useForm';
import type { LoanDialogProps } from './DecisionDialogs';
import { LoanSummary } from './LoanSummary';

/** 撤销: an application withdrawn before the item goes out, with why. */
export function CancelDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const form = useForm({ reason: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: loan.id, reason: form.values.reason };
    const errors = zodFieldErrors(cancelLoanInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.cancelLoan(input));
    if (result.ok) onDone(result.value, `已撤销 ${loan.borrowerName} 对 ${loan.itemCode} 的借阅申请。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`撤销借阅申请：${loan.itemCode}`}
      submitLabel="确认撤销"
      danger
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <LoanSummary loan={loan} />
      <TextField label="撤销理由" required multiline minRows={2} autoFocus {...form.field('reason')} />
    </FormDialog>
  );
}

/** 利用效果: what the archive served for, recorded after the return (the register's use column). */
export function EffectDialog({ loan, onClose, onDone }: LoanDialogProps) {
  const form = useForm({ effect: loan.effect ?? '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: loan.id, effect: form.values.effect };
    const errors = zodFieldErrors(loanEffectInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.recordEffect(input));
    if (result.ok) onDone(result.value, `已登记 ${loan.itemCode} 的利用效果。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`利用效果：${loan.itemCode}`}
      submitLabel="保存利用效果"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <LoanSummary loan={loan} />
      <TextField
        label="利用效果"
        required
        multiline
        minRows={3}
        autoFocus
        placeholder="如：法院据此出具司法确认裁定书"
        {...form.field('effect')}
      />
    </FormDialog>
  );
}
