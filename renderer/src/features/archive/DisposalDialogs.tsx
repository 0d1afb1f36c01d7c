import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { decideDisposalInput, proposeDisposalInput, type Disposal } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';

/** 提交销毁清册: the items chosen on the appraisal list, with the appraisal's opinion. */
export function ProposeDisposalDialog({
  itemIds,
  onClose,
  onDone,
}: {
  itemIds: number[];
  onClose: () => void;
  onDone: (d: Disposal) => void;
}) {
  const form = useForm({ reason: '' });
  const { busy, error, run } = useCall();
  const submit = async () => {
    const input = { itemIds, reason: form.values.reason };
    const errors = zodFieldErrors(proposeDisposalInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.proposeDisposal(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };
  return (
    <FormDialog
      open
      title="提交销毁清册"
      submitLabel="提交主任审批"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Typography>
        已选 {itemIds.length} 件保管期限已满的档案。提交后由主任审批；批准前档案不会被标记销毁。
      </Typography>
      <TextField
        label="鉴定意见"
        required
        multiline
        minRows={3}
        autoFocus
        placeholder="如：经鉴定，以上档案保管期限已满，已无继续保存价值，拟予销毁。"
        {...form.field('reason')}
      />
    </FormDialog>
  );
}

/**
 * The director's decision on a disposal list: approved with the person who
 * watches the destruction (监销人), or refused with the reason.
 */
export function DecideDisposalDialog({
  disposal,
  approve,
  onClose,
  onDone,
}: {
  disposal: Disposal;
  approve: boolean;
  onClose: () => void;
  onDone: (d: Disposal) => void;
}) {
  const form = useForm({ note: '', supervisor: '' });
  const { busy, error, run } = useCall();
  const submit = async () => {
    const v = form.values;
    const input = {
      id: disposal.id,
      approve,
      note: v.note || undefined,
      supervisor: approve ? v.supervisor || undefined : undefined,
    };
    const errors = zodFieldErrors(decideDisposalInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.archive.decideDisposal(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };
  return (
    <FormDialog
      open
      title={`${approve ? '批准' : '不予批准'}销毁清册 ${disposal.number}`}
      submitLabel={approve ? '批准销毁' : '不予批准'}
      danger={approve}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {approve ? (
        <>
          <Typography>
            批准后，清册中的 {disposal.items.length}{' '}
            件档案将标记为「已销毁」，目录中保留其记录。此操作不能撤销。
          </Typography>
          <TextField label="监销人" autoFocus {...form.field('supervisor')} />
          <TextField label="审批意见" multiline minRows={2} {...form.field('note')} />
        </>
      ) : (
        <TextField label="不予批准的理由" required multiline minRows={3} autoFocus {...form.field('note')} />
      )}
    </FormDialog>
  );
}
