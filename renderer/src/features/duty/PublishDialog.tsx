import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RosterMonth } from '../../../../shared/duty/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm } from '../../hooks/useForm';
import { monthLabel } from '../../../../shared/duty/shifts';

/**
 * 发布: the draft becomes the month's roster, frozen; later changes go through
 * swaps. The server refuses while any issue remains and says which — shown here.
 */
export function PublishDialog({
  month,
  onClose,
  onDone,
}: {
  month: string;
  onClose: () => void;
  onDone: (view: RosterMonth) => void;
}) {
  const form = useForm({ note: '' });
  const { busy, error, run } = useCall();
  const submit = async () => {
    const result = await run(() => api.duty.publish({ month, note: form.values.note.trim() || undefined }));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };
  return (
    <FormDialog
      open
      title={`发布 ${monthLabel(month)}值班表`}
      submitLabel="确认发布"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        发布后值班表即冻结并记入操作日志；此后的变动须由值班人员申请换班或替班，经主任批准后生成新版本。
      </Typography>
      <TextField label="说明" placeholder="如：10月值班表" {...form.field('note')} />
    </FormDialog>
  );
}
