import TextField from '@mui/material/TextField';
import { OUTCOMES, SATISFACTION, type Outcome, type Satisfaction } from '../../../../shared/cases/codes';
import { transitionInput, type CaseDetail, type TransitionInput } from '../../../../shared/cases/schemas';
import { TRANSITION_LABELS, transitionNeeds, type CaseStatus } from '../../../../shared/cases/status';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { nowMinute } from '../../format';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { ChoiceField } from '../../components/ChoiceField';
import { DateTimeField } from '../../components/dates/DateFields';

/** 回访方式 (人民调解回访记录). */
const FOLLOW_UP_METHODS = ['电话', '上门', '到场'].map((m) => ({ value: m, label: m }));

interface TransitionDialogProps {
  c: CaseDetail;
  to: CaseStatus;
  onClose: () => void;
  onDone: (updated: CaseDetail) => void;
}

/**
 * One status transition, asking what it must carry (transitionNeeds): 办结 an
 * outcome and the result, 中止 a reason, 回访 its record; every transition may
 * carry a note for the case history.
 */
export function TransitionDialog({ c, to, onClose, onDone }: TransitionDialogProps) {
  const needs = transitionNeeds(to);
  const label = TRANSITION_LABELS[to];
  const form = useForm({
    outcome: '',
    result: '',
    reason: '',
    at: nowMinute(),
    method: '电话',
    followNote: '',
    satisfaction: '',
    note: '',
  });
  const { busy, error, run } = useCall();
  const v = form.values;

  const submit = async () => {
    const input: TransitionInput = { id: c.id, to, note: v.note.trim() || undefined };
    if (needs.outcome) input.outcome = (v.outcome || undefined) as Outcome | undefined;
    if (needs.result) input.result = v.result;
    if (needs.reason) input.reason = v.reason;
    if (needs.followUp) {
      input.followUp = {
        at: v.at,
        method: v.method,
        note: v.followNote,
        satisfaction: v.satisfaction as Satisfaction,
      };
    }
    const errors = zodFieldErrors(transitionInput, input);
    // The schema leaves these optional; the status machine requires them for this transition.
    if (needs.outcome && !v.outcome) errors.outcome = '请选择办结结果';
    if (needs.result && !v.result.trim()) errors.result = '请填写处理结果';
    if (needs.reason && !v.reason.trim()) errors.reason = '请填写中止原因';
    if (needs.followUp && !v.satisfaction) errors['followUp.satisfaction'] = '请选择满意度';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.cases.transition(input));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  const choose = (name: 'outcome' | 'satisfaction', path: string) => (value: string) => {
    form.setValue(name, value);
    form.setErrors((e) => ({ ...e, [path]: '' }));
  };

  return (
    <FormDialog
      open
      title={`${label}：${c.code}`}
      submitLabel={`确认${label}`}
      busy={busy}
      error={error}
      danger={to === 'suspended'}
      onClose={onClose}
      onSubmit={submit}
    >
      {needs.outcome && (
        <ChoiceField
          label="办结结果"
          value={v.outcome}
          options={optionsOf(OUTCOMES)}
          onChange={choose('outcome', 'outcome')}
          error={form.errors.outcome}
          autoFocus
        />
      )}
      {needs.result && (
        <TextField label="处理结果" required multiline minRows={3} {...form.field('result')} />
      )}
      {needs.reason && (
        <TextField label="中止原因" required multiline minRows={2} autoFocus {...form.field('reason')} />
      )}
      {needs.followUp && (
        <>
          <DateTimeField label="回访时间" autoFocus {...form.field('at', 'followUp.at')} />
          <SelectField
            label="回访方式"
            options={FOLLOW_UP_METHODS}
            {...form.field('method', 'followUp.method')}
          />
          <TextField
            label="回访情况"
            required
            multiline
            minRows={3}
            placeholder="协议是否履行、当事人是否满意、有无新的风险"
            {...form.field('followNote', 'followUp.note')}
          />
          <ChoiceField
            label="满意度"
            value={v.satisfaction}
            options={optionsOf(SATISFACTION)}
            onChange={choose('satisfaction', 'followUp.satisfaction')}
            error={form.errors['followUp.satisfaction']}
          />
        </>
      )}
      <TextField
        label="说明（记入办理经过）"
        autoFocus={!needs.outcome && !needs.reason && !needs.followUp}
        {...form.field('note')}
      />
    </FormDialog>
  );
}
