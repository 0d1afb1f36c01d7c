import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FOOTAGE_MEDIA } from '../../../../shared/footage/codes';
import {
  footageCopyInput,
  footageDecideInput,
  type FootageRequest,
} from '../../../../shared/footage/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { pointsText, rangeText } from './footageText';

interface StepProps {
  request: FootageRequest;
  onClose: () => void;
  onDone: (request: FootageRequest, message: string) => void;
}

function Summary({ request: r }: { request: FootageRequest }) {
  return (
    <>
      <Typography>
        #{r.id} {r.unit} {r.requester}（{r.letter}）
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {pointsText(r)}；{rangeText(r)}；事由：{r.purpose}
      </Typography>
    </>
  );
}

/** The director's 批准 (an optional note) or 不予批准 (the reason): once per request. */
export function FootageDecisionDialog({
  request,
  approve,
  onClose,
  onDone,
}: StepProps & { approve: boolean }) {
  const form = useForm({ note: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: request.id, approved: approve, note: form.values.note.trim() || undefined };
    const errors = zodFieldErrors(footageDecideInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.footage.decide(input));
    if (result.ok)
      onDone(
        result.value,
        approve ? `已批准录像调取 #${request.id}。` : `已不予批准录像调取 #${request.id}。`,
      );
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`${approve ? '批准' : '不予批准'}录像调取 #${request.id}`}
      submitLabel={approve ? '确认批准' : '确认不予批准'}
      danger={!approve}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Summary request={request} />
      {request.likelyOverwritten && (
        <Typography color="warning.main">登记时已提示：所调取时段的录像很可能已被覆盖。</Typography>
      )}
      <TextField
        label={approve ? '审批意见' : '不予批准的理由'}
        required={!approve}
        autoFocus
        multiline
        minRows={2}
        {...form.field('note')}
      />
    </FormDialog>
  );
}

/** 登记复制: on what, where the copy went, who made it; only once the director has approved. */
export function FootageCopyDialog({ request, user, onClose, onDone }: StepProps & { user: SessionUser }) {
  const form = useForm({ medium: 'usb', destination: '', operator: user.displayName });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = {
      requestId: request.id,
      medium: form.values.medium as keyof typeof FOOTAGE_MEDIA,
      destination: form.values.destination,
      operator: form.values.operator,
    };
    const errors = zodFieldErrors(footageCopyInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.footage.recordCopy(input));
    if (result.ok) onDone(result.value, `已登记录像复制 #${request.id}。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`登记复制 #${request.id}`}
      submitLabel="登记复制"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Summary request={request} />
      <SelectField label="复制介质" required options={optionsOf(FOOTAGE_MEDIA)} {...form.field('medium')} />
      <TextField
        label="去向"
        required
        autoFocus
        placeholder="如：当面交城关派出所赵警官"
        {...form.field('destination')}
      />
      <TextField label="经办人" required {...form.field('operator')} />
    </FormDialog>
  );
}
