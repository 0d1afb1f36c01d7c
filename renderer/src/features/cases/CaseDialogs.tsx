import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { escalateInput, extendDeadlineInput, type CaseDetail } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { nowMinute } from '../../format';
import { DateField, DateTimeField } from '../../components/dates/DateFields';

interface CaseDialogProps {
  c: CaseDetail;
  onClose: () => void;
  onDone: (updated: CaseDetail) => void;
}

/** 上报: a major dispute is reported upward at once (seed 001); when and to whom is recorded. */
export function EscalateDialog({ c, onClose, onDone }: CaseDialogProps) {
  const form = useForm({ at: nowMinute(), to: '', note: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = {
      id: c.id,
      at: form.values.at,
      to: form.values.to,
      note: form.values.note.trim() || undefined,
    };
    const errors = zodFieldErrors(escalateInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cases.escalate(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`上报：${c.code}`}
      submitLabel="确认上报"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      {c.escalatedAt && (
        <Typography variant="body2" color="text.secondary">
          此前已于 {c.escalatedAt.slice(0, 16).replace('T', ' ')} 上报{c.escalatedTo}；再次上报将另记一条。
        </Typography>
      )}
      <DateTimeField label="上报时间" {...form.field('at')} />
      <TextField label="上报对象" required autoFocus placeholder="如：街道综治中心" {...form.field('to')} />
      <TextField label="说明" multiline minRows={2} {...form.field('note')} />
    </FormDialog>
  );
}

/** 延期: a new deadline with its reason; the history keeps the old one. */
export function ExtendDeadlineDialog({ c, onClose, onDone }: CaseDialogProps) {
  const form = useForm({ deadline: c.deadline ?? '', reason: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: c.id, deadline: form.values.deadline, reason: form.values.reason };
    const errors = zodFieldErrors(extendDeadlineInput, input);
    if (!errors.deadline && c.deadline && input.deadline <= c.deadline)
      errors.deadline = `新的办理期限应晚于 ${c.deadline}`;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cases.extendDeadline(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`延期：${c.code}`}
      submitLabel="确认延期"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography variant="body2" color="text.secondary">
        当前办理期限：{c.deadline ?? '无'}
      </Typography>
      <DateField label="新的办理期限" {...form.field('deadline')} />
      <TextField label="延期理由" required multiline minRows={2} autoFocus {...form.field('reason')} />
    </FormDialog>
  );
}
