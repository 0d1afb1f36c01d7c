import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { deadlinePresetInput, type DeadlinePreset } from '../../../../shared/calendar/schemas';
import { DIFFICULTIES, type Difficulty } from '../../../../shared/cases/codes';
import { DEFAULT_DEADLINE_PRESET } from '../../../../shared/cases/deadline';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';

const KEYS = Object.keys(DIFFICULTIES) as Difficulty[];
const textsOf = (p: DeadlinePreset) =>
  Object.fromEntries(KEYS.map((k) => [k, String(p[k])])) as Record<Difficulty, string>;

function PresetForm({ initial }: { initial: DeadlinePreset }) {
  const form = useForm<Difficulty>(textsOf(initial));
  const { busy, error, run } = useCall();
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    // An empty field must fail as "required", not pass as 0 (same day).
    const input = Object.fromEntries(
      KEYS.map((k) => [k, form.values[k].trim() === '' ? Number.NaN : Number(form.values[k])]),
    ) as DeadlinePreset;
    const errors = zodFieldErrors(deadlinePresetInput, input);
    for (const k of KEYS) if (Number.isNaN(input[k])) errors[k] = '请填写 0–60 的整数';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.calendar.savePreset(input));
    if (result.ok) setSaved(true);
    else form.setErrors(result.error.fields ?? {});
  };

  const restore = () => {
    for (const k of KEYS) form.setValue(k, String(DEFAULT_DEADLINE_PRESET[k]));
    setSaved(false);
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {saved && (
        <Alert severity="success" sx={{ mb: 2 }}>
          办理时限已保存。
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, maxWidth: 640 }}>
        {KEYS.map((k) => (
          <TextField
            key={k}
            label={`${DIFFICULTIES[k]}（工作日）`}
            type="number"
            size="small"
            slotProps={{ htmlInput: { min: 0, max: 60, step: 1 } }}
            {...form.field(k)}
            helperText={form.errors[k] ?? (form.values[k] === '0' ? '当日办理，立即上报' : ' ')}
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={busy}>
          保存办理时限
        </Button>
        <Button onClick={restore}>恢复服务承诺默认值</Button>
      </Stack>
    </Box>
  );
}

/**
 * 办理时限: the service promise (seed 001) as working days per difficulty.
 * The deadline of a case is counted from its registration day on the
 * working-day calendar below.
 */
export function DeadlinePresetSection() {
  const preset = useLoad(useCallback(() => api.calendar.preset({}), []));
  return (
    <Section
      title="办理时限"
      description={
        <>
          中心服务承诺：一般矛盾纠纷 3 个工作日内办结，复杂的 5 个工作日内办结，重大疑难的立即上报。
          办理期限从登记之日起按工作日计算，节假日和调休上班日以下方「工作日历」为准；填 0 表示当日办理。
          修改后对此后登记的案件（以及此后改变难易程度的案件）生效，已登记案件的办理期限不变。
        </>
      }
    >
      <ErrorAlert error={preset.error} />
      {preset.data ? (
        <PresetForm initial={preset.data} />
      ) : (
        preset.loading && <Typography color="text.secondary">正在读取…</Typography>
      )}
    </Section>
  );
}
