import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { decideSwapInput, type Swap } from '../../../../shared/duty/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { swapText, SWAP_KINDS } from '../../../../shared/duty/swaps';

export interface SwapDecision {
  swap: Swap;
  approve: boolean;
}

/**
 * The director's 批准 (with an optional note) or 不予批准 (with the reason) of
 * a swap or replacement. Approved, it publishes a new version; the server
 * refuses a change that would break a rule and says which — shown here.
 */
export function SwapDecisionDialog({
  decision,
  onClose,
  onDone,
}: {
  decision: SwapDecision;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { swap, approve } = decision;
  const form = useForm({ note: '' });
  const { busy, error, run } = useCall();
  const kind = SWAP_KINDS[swap.kind];

  const submit = async () => {
    const input = { id: swap.id, approve, note: form.values.note.trim() || undefined };
    const errors = zodFieldErrors(decideSwapInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.duty.decideSwap(input));
    if (result.ok)
      onDone(
        approve
          ? `已批准${kind}：${swapText(swap)}，值班表已更新为新版本。`
          : `已不予批准${swap.fromName}的${kind}申请。`,
      );
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`${approve ? '批准' : '不予批准'}${kind}`}
      submitLabel={approve ? '确认批准' : '确认不予批准'}
      danger={!approve}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{swapText(swap)}</Typography>
      <Typography color="text.secondary">
        理由：{swap.reason}（{swap.requestedBy} 申请）
      </Typography>
      <TextField
        label={approve ? '审批意见' : '不予批准的理由'}
        required={!approve}
        multiline
        minRows={2}
        {...form.field('note')}
      />
    </FormDialog>
  );
}
