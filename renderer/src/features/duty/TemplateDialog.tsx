import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { saveTemplateInput, type DutySetup, type DutyTemplate } from '../../../../shared/duty/schemas';
import { shiftLabel, templateGaps, type ShiftDef } from '../../../../shared/duty/shifts';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { TimeField } from '../../components/dates/DateFields';

const NEW_SHIFT: ShiftDef = { key: '', name: '', start: '08:00', end: '16:00', minStaff: 1 };

/**
 * A shift template, new or edited: its name and its shifts (代号, 名称,
 * start and end — an end not after the start crosses midnight — and the
 * head-count). The hours of the day no shift covers are named as you type.
 */
export function TemplateDialog({
  template,
  onClose,
  onDone,
}: {
  template: DutyTemplate | null;
  onClose: () => void;
  onDone: (setup: DutySetup, message: string) => void;
}) {
  const [name, setName] = useState(template?.name ?? '');
  const [shifts, setShifts] = useState<ShiftDef[]>(template?.shifts ?? [{ ...NEW_SHIFT, key: 'A' }]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, error, run } = useCall();
  const complete = shifts.every((s) => /^\d\d:\d\d$/.test(s.start) && /^\d\d:\d\d$/.test(s.end));
  const gaps = complete ? templateGaps({ name, shifts }) : [];

  const change = (i: number, patch: Partial<ShiftDef>) =>
    setShifts((all) => all.map((s, n) => (n === i ? { ...s, ...patch } : s)));

  const submit = async () => {
    const input = {
      ...(template ? { id: template.id, retired: template.retired } : {}),
      name: name.trim(),
      shifts: shifts.map((s) => ({ ...s, key: s.key.trim().toUpperCase(), name: s.name.trim() })),
    };
    const found = zodFieldErrors(saveTemplateInput, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await run(() => api.duty.saveTemplate(input));
    if (result.ok) onDone(result.value, `已保存班次模板「${input.name}」。`);
    else setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={template ? `修改班次模板：${template.name}` : '新增班次模板'}
      submitLabel="保存模板"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        label="模板名称"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={Boolean(errors.name)}
        helperText={errors.name}
      />
      {shifts.map((s, i) => (
        <Box
          key={i}
          role="group"
          aria-label={`班次 ${i + 1}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: '70px 1fr 110px 110px 80px 40px',
            gap: 1,
            alignItems: 'start',
          }}
        >
          <TextField
            label="代号"
            size="small"
            value={s.key}
            onChange={(e) => change(i, { key: e.target.value.toUpperCase() })}
            error={Boolean(errors[`shifts.${i}.key`])}
            helperText={errors[`shifts.${i}.key`]}
          />
          <TextField
            label="名称"
            size="small"
            value={s.name}
            onChange={(e) => change(i, { name: e.target.value })}
            error={Boolean(errors[`shifts.${i}.name`])}
            helperText={
              errors[`shifts.${i}.name`] ?? (complete && s.name ? shiftLabel(s).slice(s.name.length) : '')
            }
          />
          <TimeField
            label="开始"
            size="small"
            value={s.start}
            onChange={(e) => change(i, { start: e.target.value })}
            error={Boolean(errors[`shifts.${i}.start`])}
            helperText={errors[`shifts.${i}.start`]}
          />
          <TimeField
            label="结束"
            size="small"
            value={s.end === '24:00' ? '00:00' : s.end}
            onChange={(e) => change(i, { end: e.target.value })}
            error={Boolean(errors[`shifts.${i}.end`])}
            helperText={errors[`shifts.${i}.end`]}
          />
          <TextField
            label="人数"
            type="number"
            size="small"
            slotProps={{ htmlInput: { min: 1, max: 10 } }}
            value={s.minStaff}
            onChange={(e) => change(i, { minStaff: Number(e.target.value) })}
            error={Boolean(errors[`shifts.${i}.minStaff`])}
            helperText={errors[`shifts.${i}.minStaff`]}
          />
          <IconButton
            aria-label={`删除班次 ${i + 1}`}
            disabled={shifts.length === 1}
            onClick={() => setShifts((all) => all.filter((_, n) => n !== i))}
          >
            <DeleteOutlined />
          </IconButton>
        </Box>
      ))}
      {errors.shifts && <Alert severity="error">{errors.shifts}</Alert>}
      <Box>
        <Button
          disabled={shifts.length >= 6}
          onClick={() =>
            setShifts((all) => [...all, { ...NEW_SHIFT, key: String.fromCharCode(65 + all.length) }])
          }
        >
          增加班次
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        结束时间不晚于开始时间的班次跨过午夜，到次日结束（如 20:00—08:00）。人数为每班至少需要的值班人数。
      </Typography>
      {gaps.length > 0 && (
        <Alert severity="warning">
          每天 {gaps.map((g) => `${g.start}—${g.end}`).join('、')} 没有班次，这些时段将无人值班。
        </Alert>
      )}
    </FormDialog>
  );
}
