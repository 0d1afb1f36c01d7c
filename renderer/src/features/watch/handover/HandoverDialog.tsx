import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ApiError } from '../../../../../shared/api/result';
import { handoverInput, type HandoverDraft } from '../../../../../shared/watch/handover';
import { api } from '../../../api';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormDialog } from '../../../components/FormDialog';
import { useCall } from '../../../hooks/useCall';
import { useForm, zodFieldErrors, type FieldErrors } from '../../../hooks/useForm';
import { useLoad } from '../../../hooks/useLoad';
import { useSession } from '../../session/useSession';
import { HandoverContents } from './HandoverContents';

type Step = 'record' | 'outgoing' | 'incoming';

const TITLES: Record<Step, string> = {
  record: '交接班（一）交接内容',
  outgoing: '交接班（二）交班人确认',
  incoming: '交接班（三）接班人确认',
};

/** Which step a refusal belongs to: the wrong password's, or the record's. */
function stepOf(error: ApiError): Step {
  const fields = Object.keys(error.fields ?? {});
  if (fields.includes('outgoingPassword')) return 'outgoing';
  if (fields.some((f) => f.startsWith('incoming'))) return 'incoming';
  return error.code === 'WRONG_PASSWORD' ? 'incoming' : 'record';
}

const RECORD_FIELDS = ['equipment', 'instructions', 'keys', 'radios', 'media', 'notes', 'override'];

/**
 * 交接班 in person at one PC (issue 12 §6): the record prefilled from the shift,
 * then the outgoing operator's own password, then the incoming operator's
 * name and password. While an event is being handled the director authorises
 * it here with their own password and a reason. Once done the window is the
 * incoming operator's.
 */
export function HandoverDialog({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const draft = useLoad(useCallback(() => api.watch.handoverDraft({}), []));
  if (!draft.data)
    return (
      <FormDialog
        open
        title="交接班"
        submitLabel="下一步"
        busy={draft.loading}
        error={draft.error}
        submitDisabled
        onClose={onClose}
        onSubmit={() => undefined}
      >
        <Typography>{draft.loading ? '正在读取本班情况…' : '无法交接班。'}</Typography>
      </FormDialog>
    );
  return <HandoverSteps draft={draft.data} onClose={onClose} onDone={onDone} />;
}

function HandoverSteps({
  draft,
  onClose,
  onDone,
}: {
  draft: HandoverDraft;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { setStatus } = useSession();
  const [step, setStep] = useState<Step>('record');
  const form = useForm({
    equipment: draft.equipment,
    instructions: '',
    keys: String(draft.keys),
    radios: String(draft.radios),
    media: String(draft.media),
    notes: '',
    overrideUsername: '',
    overridePassword: '',
    overrideReason: '',
    outgoingPassword: '',
    incomingUsername: draft.rostered[0]?.username ?? '',
    incomingPassword: '',
    incomingReason: '',
  });
  const { busy, error, setError, run } = useCall();
  const v = form.values;
  const count = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

  const input = () => ({
    outgoingPassword: v.outgoingPassword,
    incomingUsername: v.incomingUsername.trim(),
    incomingPassword: v.incomingPassword,
    incomingReason: v.incomingReason,
    equipment: v.equipment,
    instructions: v.instructions,
    keys: count(v.keys),
    radios: count(v.radios),
    media: count(v.media),
    notes: v.notes,
    ...(draft.blocked
      ? {
          override: {
            username: v.overrideUsername.trim(),
            password: v.overridePassword,
            reason: v.overrideReason,
          },
        }
      : {}),
  });

  /** The schema's findings for the fields of one step. */
  const errorsOf = (keep: (field: string) => boolean): FieldErrors =>
    Object.fromEntries(Object.entries(zodFieldErrors(handoverInput, input())).filter(([k]) => keep(k)));

  const submit = async () => {
    setError(null);
    if (step === 'record') {
      const errors = errorsOf((k) => RECORD_FIELDS.some((f) => k === f || k.startsWith(`${f}.`)));
      form.setErrors(errors);
      if (Object.keys(errors).length === 0) setStep('outgoing');
      return;
    }
    if (step === 'outgoing') {
      const errors = errorsOf((k) => k === 'outgoingPassword');
      form.setErrors(errors);
      if (Object.keys(errors).length === 0) setStep('incoming');
      return;
    }
    const errors = errorsOf((k) => k.startsWith('incoming'));
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.watch.handover(input()));
    if (result.ok) {
      const { handover, session } = result.value;
      onDone(
        `交接班完成：${handover.outgoingName} → ${handover.incomingName}。当前登录：${handover.incomingName}`,
      );
      // The window is the incoming operator's now: like anyone signing in, he starts at his own desk.
      history.replaceState(history.state, '', '#/');
      setStatus(session);
      return;
    }
    form.setErrors(result.error.fields ?? {});
    setStep(stepOf(result.error));
  };

  return (
    <FormDialog
      open
      title={TITLES[step]}
      submitLabel={step === 'incoming' ? '确认交接班' : '下一步'}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      {step === 'record' && (
        <>
          <Typography>
            {draft.shift.date} {draft.shift.shiftName}，值班员 {draft.shift.operatorName}
            {draft.rosterLabel
              ? `；排班表上接班：${draft.rosterLabel} ${draft.rostered.map((p) => p.name).join('、') || '（无人）'}`
              : '；排班表上没有下一班'}
          </Typography>
          <TextField label="设备状况" required multiline minRows={2} {...form.field('equipment')} />
          <HandoverContents faults={draft.openFaults} events={draft.openEvents} />
          <TextField label="上级指示" multiline minRows={2} {...form.field('instructions')} />
          <FieldGrid>
            <TextField label="钥匙（把）" type="number" required {...form.field('keys')} />
            <TextField label="对讲机（台）" type="number" required {...form.field('radios')} />
            <TextField label="存储介质（件）" type="number" required {...form.field('media')} />
          </FieldGrid>
          <TextField label="其他事项" multiline minRows={2} {...form.field('notes')} />
          {draft.blocked && (
            <>
              <Alert severity="warning">{draft.blockedReason}</Alert>
              <Typography variant="subtitle2" component="h3">
                主任授权
              </Typography>
              <FieldGrid>
                <TextField
                  label="主任用户名"
                  required
                  autoComplete="off"
                  {...form.field('overrideUsername', 'override.username')}
                />
                <TextField
                  label="主任密码"
                  type="password"
                  required
                  autoComplete="off"
                  {...form.field('overridePassword', 'override.password')}
                />
              </FieldGrid>
              <TextField label="授权理由" required {...form.field('overrideReason', 'override.reason')} />
            </>
          )}
        </>
      )}
      {step === 'outgoing' && (
        <>
          <Typography>
            请交班人 <strong>{draft.shift.operatorName}</strong> 输入本人密码，确认以上交接内容。
          </Typography>
          <TextField
            label="交班人密码"
            type="password"
            required
            autoFocus
            autoComplete="off"
            {...form.field('outgoingPassword')}
          />
        </>
      )}
      {step === 'incoming' && (
        <>
          <Typography>请接班人输入本人的用户名和密码。确认后本窗口将以接班人身份继续。</Typography>
          <TextField
            label="接班人用户名"
            required
            autoFocus={!v.incomingUsername}
            autoComplete="off"
            {...form.field('incomingUsername')}
            helperText={
              form.errors.incomingUsername ??
              (draft.rostered.length
                ? `排班表上接班：${draft.rostered.map((p) => `${p.name}（${p.username}）`).join('、')}`
                : undefined)
            }
          />
          <TextField
            label="接班人密码"
            type="password"
            required
            autoFocus={!!v.incomingUsername}
            autoComplete="off"
            {...form.field('incomingPassword')}
          />
          <TextField label="接班原因（接班人不在排班表上时填写）" {...form.field('incomingReason')} />
        </>
      )}
    </FormDialog>
  );
}
