import TextField from '@mui/material/TextField';
import { SATISFACTION, type Satisfaction } from '../../../../shared/cases/codes';
import { addDays } from '../../../../shared/calendar/workdays';
import { toLocalDate } from '../../../../shared/dates';
import {
  FOLLOW_UP_METHODS,
  PERFORMANCE_STATES,
  type FollowUpMethod,
  type PerformanceState,
} from '../../../../shared/mediation/codes';
import {
  recordFollowUpInput,
  scheduleFollowUpInput,
  type FollowUp,
  type MediationDetail,
  type RecordFollowUpInput,
} from '../../../../shared/mediation/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ChoiceField } from '../../components/ChoiceField';
import { DraftNotice } from '../../components/DraftNotice';
import { FormDialog } from '../../components/FormDialog';
import { optionsOf } from '../../components/SelectField';
import { nowMinute } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useFormDraft } from '../../hooks/useDraft';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { MediationDone } from './mediationDialogs';
import { DateField, DateTimeField } from '../../components/dates/DateFields';

const DEFAULT_REASON = '回访调解协议履行情况';

interface DialogProps {
  m: MediationDetail;
  onClose: () => void;
  onDone: MediationDone;
}

/** 安排回访: a due date (shown on the desk as 待回访) and what the visit is for. */
export function ScheduleFollowUpDialog({ m, onClose, onDone }: DialogProps) {
  const form = useForm({ dueOn: addDays(toLocalDate(new Date()), 7), reason: DEFAULT_REASON });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { mediationId: m.id, dueOn: form.values.dueOn, reason: form.values.reason };
    const errors = zodFieldErrors(scheduleFollowUpInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.scheduleFollowUp(input));
    if (result.ok) onDone(result.value, `已安排 ${input.dueOn} 回访。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="安排回访"
      submitLabel="确认安排"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <DateField label="应回访日期" required autoFocus {...form.field('dueOn')} />
      <TextField label="回访事由" required {...form.field('reason')} />
    </FormDialog>
  );
}

/** 人民调解回访记录: a scheduled visit filled in, or one made without schedule; kept as a draft until saved. */
export function RecordFollowUpDialog({
  m,
  followUp,
  user,
  onClose,
  onDone,
}: DialogProps & { followUp?: FollowUp | undefined; user: SessionUser }) {
  const form = useForm({
    visitedAt: nowMinute(),
    method: 'phone',
    reason: followUp?.reason ?? DEFAULT_REASON,
    performance: '',
    satisfaction: '',
    risk: '',
    note: '',
    visitor: user.displayName,
  });
  const draft = useFormDraft(`mediation:${m.id}:followup:${followUp?.id ?? 'new'}`, form, {
    guardLeave: false,
  });
  const { busy, error, run } = useCall();
  const v = form.values;

  const choose = (name: 'method' | 'performance' | 'satisfaction') => (value: string) => {
    form.setValue(name, value);
    form.setErrors(({ [name]: _, ...rest }) => rest);
  };

  const submit = async () => {
    const input: RecordFollowUpInput = {
      mediationId: m.id,
      followUpId: followUp?.id,
      visitedAt: v.visitedAt,
      method: v.method as FollowUpMethod,
      reason: v.reason,
      performance: v.performance as PerformanceState,
      satisfaction: v.satisfaction as Satisfaction,
      risk: v.risk.trim() || undefined,
      note: v.note.trim() || undefined,
      visitor: v.visitor,
    };
    const errors = zodFieldErrors(recordFollowUpInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.mediation.recordFollowUp(input));
    if (result.ok) await draft.committed();
    if (result.ok) onDone(result.value, '已记录回访。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={followUp?.dueOn ? `记录回访（应回访日期 ${followUp.dueOn}）` : '记录回访'}
      submitLabel="保存回访记录"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <DraftNotice draft={draft} />
      <DateTimeField label="回访时间" required autoFocus {...form.field('visitedAt')} />
      <ChoiceField
        label="回访方式"
        value={v.method}
        options={optionsOf(FOLLOW_UP_METHODS)}
        onChange={choose('method')}
        error={form.errors.method}
      />
      <TextField label="回访事由" required {...form.field('reason')} />
      <ChoiceField
        label="协议履行情况"
        value={v.performance}
        options={optionsOf(PERFORMANCE_STATES)}
        onChange={choose('performance')}
        error={form.errors.performance}
      />
      <ChoiceField
        label="当事人满意度"
        value={v.satisfaction}
        options={optionsOf(SATISFACTION)}
        onChange={choose('satisfaction')}
        error={form.errors.satisfaction}
      />
      <TextField label="是否存在新的风险" placeholder="无则不填" {...form.field('risk')} />
      <TextField label="回访情况" multiline minRows={2} {...form.field('note')} />
      <TextField label="回访人" required {...form.field('visitor')} />
    </FormDialog>
  );
}
