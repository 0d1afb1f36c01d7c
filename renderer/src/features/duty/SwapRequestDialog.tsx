import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Assignment } from '../../../../shared/duty/rules';
import { requestSwapInput, type RosterMonth } from '../../../../shared/duty/schemas';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { shiftOn } from '../../../../shared/duty/swaps';

const slot = (a: Pick<Assignment, 'date' | 'shift'>) => `${a.date}|${a.shift}`;

/**
 * 申请调班: one of my shifts of a published month, either handed to a
 * colleague (替班) or exchanged for one of theirs (换班), with the reason.
 * The director decides; a change that would break a rule is refused then.
 */
export function SwapRequestDialog({
  view,
  me,
  initial,
  from,
  onClose,
  onDone,
}: {
  /** The month, with its published roster. */
  view: RosterMonth;
  me: number;
  initial?: Pick<Assignment, 'date' | 'shift'>;
  /** Only shifts from this day on are offered (today by the window's clock). */
  from: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const roster = view.published!;
  const template = roster.template;
  const mine = roster.assignments
    .filter((a) => a.personId === me)
    .sort((a, b) => slot(a).localeCompare(slot(b)));
  const form = useForm({
    kind: 'replace',
    mine: initial ? slot(initial) : '',
    toId: '',
    theirs: '',
    reason: '',
  });
  const { busy, error, run } = useCall();
  const colleagues = view.people.filter((p) => p.id !== me);
  const theirs = roster.assignments
    .filter((a) => a.personId === Number(form.values.toId) && a.date >= from)
    .sort((a, b) => slot(a).localeCompare(slot(b)));

  const submit = async () => {
    const [date = '', shift = ''] = form.values.mine.split('|');
    const [otherDate, otherShift] = form.values.theirs ? form.values.theirs.split('|') : [];
    const input = {
      month: view.month,
      kind: form.values.kind as 'swap' | 'replace',
      date,
      shift,
      fromId: me,
      toId: Number(form.values.toId),
      ...(form.values.kind === 'swap' ? { otherDate, otherShift } : {}),
      reason: form.values.reason.trim(),
    };
    const errors = zodFieldErrors(requestSwapInput, input);
    if (!form.values.mine) errors.date = '请选择本人的班次';
    if (!form.values.toId) errors.toId = '请选择同事';
    if (form.values.kind === 'swap' && !form.values.theirs) errors.otherDate = '请选择对方的班次';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.duty.requestSwap(input));
    if (result.ok) onDone('调班申请已提交，待主任审批。');
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="申请调班"
      submitLabel="提交申请"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <RadioGroup
        row
        aria-label="调班方式"
        value={form.values.kind}
        onChange={(e) => form.setValue('kind', e.target.value)}
      >
        <FormControlLabel value="replace" control={<Radio />} label="替班（同事替我上这个班）" />
        <FormControlLabel value="swap" control={<Radio />} label="换班（与同事的一个班互换）" />
      </RadioGroup>
      <SelectField
        label="我的班次"
        required
        emptyLabel="请选择"
        options={mine.map((a) => ({ value: slot(a), label: shiftOn(a.date, a.shift, template) }))}
        {...form.field('mine', 'date')}
      />
      <SelectField
        label="同事"
        required
        emptyLabel="请选择"
        options={colleagues.map((p) => ({ value: String(p.id), label: p.name }))}
        {...form.field('toId')}
      />
      {form.values.kind === 'swap' && (
        <SelectField
          label="对方的班次"
          required
          emptyLabel={form.values.toId ? '请选择' : '请先选择同事'}
          options={theirs.map((a) => ({ value: slot(a), label: shiftOn(a.date, a.shift, template) }))}
          {...form.field('theirs', 'otherDate')}
        />
      )}
      <TextField label="调班理由" required multiline minRows={2} {...form.field('reason')} />
      <Typography variant="body2" color="text.secondary">
        主任批准后值班表生成新版本；调班后违反休息或夜班规则的，主任审批时系统会拒绝并说明原因。
      </Typography>
    </FormDialog>
  );
}
