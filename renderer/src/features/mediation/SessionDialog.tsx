import TextField from '@mui/material/TextField';
import { MEDIATION_STEPS, type MediationStepKey } from '../../../../shared/mediation/codes';
import {
  saveSessionInput,
  type MediationDetail,
  type MediationSession,
  type SaveSessionInput,
} from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { DraftNotice } from '../../components/DraftNotice';
import { FormDialog } from '../../components/FormDialog';
import { nowMinute } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useFormDraft } from '../../hooks/useDraft';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { MediationDone } from './mediationDialogs';
import { DateTimeField } from '../../components/dates/DateFields';

interface SessionDialogProps {
  m: MediationDetail;
  /** Absent: a new sitting. */
  session?: MediationSession | undefined;
  onClose: () => void;
  onDone: MediationDone;
}

/** What the chair says at every sitting (steps 1–2), so only the particulars need typing. */
const OPENING: Partial<Record<MediationStepKey, string>> = {
  announce: '宣布调解员、记录人及参加调解人员，宣布调解纪律和注意事项。',
  explain: '说明人民调解的性质和自愿、平等、合法的原则，告知当事人依法享有的权利和应当履行的义务。',
};

const stepsOf = (s: MediationSession | undefined) =>
  Object.fromEntries(
    MEDIATION_STEPS.map(({ key }) => [key, s ? (s.steps[key] ?? '') : (OPENING[key] ?? '')]),
  ) as Record<MediationStepKey, string>;

/**
 * 记录一次调解: one sitting along the seed's procedure, printed as the 人民调解记录.
 * The record is typed as the sitting goes: kept as a draft until saved.
 */
export function SessionDialog({ m, session, onClose, onDone }: SessionDialogProps) {
  const form = useForm({
    startedAt: session?.startedAt.slice(0, 16) ?? nowMinute(),
    endedAt: session?.endedAt?.slice(0, 16) ?? '',
    place: session?.place ?? m.place ?? '',
    attendees: session?.attendees ?? m.participants ?? '',
    outcome: session?.outcome ?? '',
    ...stepsOf(session),
  });
  const draft = useFormDraft(`mediation:${m.id}:session:${session?.id ?? 'new'}`, form, {
    guardLeave: false,
  });
  const { busy, error, run } = useCall();
  const v = form.values;

  const submit = async () => {
    const optional = (text: string) => text.trim() || undefined;
    const input: SaveSessionInput = {
      mediationId: m.id,
      sessionId: session?.id,
      startedAt: v.startedAt,
      endedAt: optional(v.endedAt),
      place: v.place,
      attendees: optional(v.attendees),
      steps: Object.fromEntries(
        MEDIATION_STEPS.map(({ key }) => [key, optional(v[key])]),
      ) as SaveSessionInput['steps'],
      outcome: optional(v.outcome),
    };
    const errors = zodFieldErrors(saveSessionInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.saveSession(input));
    if (result.ok) await draft.committed();
    if (result.ok) onDone(result.value, session ? `已保存第${session.no}次调解记录。` : '已记录本次调解。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={session ? `修改第${session.no}次调解记录` : '记录一次调解'}
      submitLabel="保存调解记录"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <DraftNotice draft={draft} />
      <DateTimeField label="开始时间" required {...form.field('startedAt')} />
      <DateTimeField label="结束时间" {...form.field('endedAt')} />
      <TextField label="调解地点" required {...form.field('place')} />
      <TextField label="参加人" placeholder="当事人、调解员以外参加调解的人员" {...form.field('attendees')} />
      {MEDIATION_STEPS.map((step, i) => (
        <TextField
          key={step.key}
          label={`${i + 1}. ${step.title}`}
          multiline
          minRows={2}
          {...form.field(step.key, `steps.${step.key}`)}
        />
      ))}
      <TextField label="本次调解结果" multiline minRows={2} {...form.field('outcome')} />
    </FormDialog>
  );
}
