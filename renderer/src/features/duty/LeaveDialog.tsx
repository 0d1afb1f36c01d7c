import TextField from '@mui/material/TextField';
import type { Person } from '../../../../shared/duty/rules';
import { addLeaveInput } from '../../../../shared/duty/schemas';
import { dayLabel, shiftLabel, type ShiftTemplate } from '../../../../shared/duty/shifts';
import { api } from '../../api';
import { FieldGrid } from '../../components/FieldGrid';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { DateField } from '../../components/dates/DateFields';

/**
 * 登记请假: a person's leave or unavailability for a range of days, or for one
 * shift of a single day, with the reason; the generator and the validator
 * both respect it, and the grid greys it.
 */
export function LeaveDialog({
  month,
  people,
  template,
  onClose,
  onDone,
}: {
  month: string;
  people: Person[];
  template: ShiftTemplate | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const form = useForm({ accountId: '', from: `${month}-01`, to: `${month}-01`, shift: '', reason: '' });
  const { busy, error, run } = useCall();
  const oneDay = form.values.from === form.values.to;

  const submit = async () => {
    const input = {
      accountId: Number(form.values.accountId),
      from: form.values.from,
      to: form.values.to,
      shift: oneDay && form.values.shift ? form.values.shift : null,
      reason: form.values.reason.trim(),
    };
    const errors = zodFieldErrors(addLeaveInput, input);
    if (!form.values.accountId) errors.accountId = '请选择值班人员';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.duty.addLeave(input));
    const who = people.find((p) => p.id === input.accountId)?.name ?? '';
    if (result.ok)
      onDone(
        `已登记${who}${dayLabel(input.from)}${input.to !== input.from ? `至${dayLabel(input.to)}` : ''}的请假。`,
      );
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="登记请假"
      submitLabel="登记"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <SelectField
        label="值班人员"
        required
        emptyLabel="请选择"
        options={people.map((p) => ({ value: String(p.id), label: p.name }))}
        {...form.field('accountId')}
      />
      <FieldGrid>
        <DateField label="起始日期" required {...form.field('from')} />
        <DateField label="截止日期" required {...form.field('to')} />
      </FieldGrid>
      {oneDay && template && (
        <SelectField
          label="请假范围"
          emptyLabel="全天"
          options={template.shifts.map((s) => ({ value: s.key, label: `仅 ${s.key} ${shiftLabel(s)}` }))}
          {...form.field('shift')}
          helperText={form.errors.shift ?? '只请一天时，可只请其中一个班次。'}
        />
      )}
      <TextField
        label="请假事由"
        required
        placeholder="如：年休假、病假、外出培训"
        {...form.field('reason')}
      />
    </FormDialog>
  );
}
