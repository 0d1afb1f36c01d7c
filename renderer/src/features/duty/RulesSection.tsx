import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { RosterRules } from '../../../../shared/duty/rules';
import { rosterRulesInput, type DutySetup } from '../../../../shared/duty/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';

const NUMBERS = ['minRestHours', 'maxConsecutiveNights', 'maxShiftsPerWeek'] as const;

/** 排班规则: the hard rules every generated and edited roster must keep. */
export function RulesSection({ rules, onSaved }: { rules: RosterRules; onSaved: (s: DutySetup) => void }) {
  const form = useForm({
    minRestHours: String(rules.minRestHours),
    maxConsecutiveNights: String(rules.maxConsecutiveNights),
    maxShiftsPerWeek: String(rules.maxShiftsPerWeek),
  });
  const [noDayAfterNight, setNoDayAfterNight] = useState(rules.noDayAfterNight);
  const [notice, setNotice] = useState('');
  const { busy, error, run } = useCall();

  const save = async () => {
    const input = {
      ...(Object.fromEntries(NUMBERS.map((k) => [k, Number(form.values[k])])) as Omit<
        RosterRules,
        'noDayAfterNight'
      >),
      noDayAfterNight,
    };
    const errors = zodFieldErrors(rosterRulesInput, input);
    form.setErrors(errors);
    setNotice('');
    if (Object.keys(errors).length) return;
    const result = await run(() => api.duty.saveRules(input));
    if (!result.ok) {
      form.setErrors(result.error.fields ?? {});
      return;
    }
    setNotice('排班规则已保存，此后生成和校验值班表都按新规则。');
    onSaved(result.value);
  };

  return (
    <Section title="排班规则" description="生成值班表时必须遵守；编辑、发布和调班时逐条校验。">
      <ErrorAlert error={error} />
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Stack
        component="form"
        spacing={2}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FieldGrid>
          <TextField label="两班之间最少休息（小时）" type="number" {...form.field('minRestHours')} />
          <TextField label="最多连续夜班（个）" type="number" {...form.field('maxConsecutiveNights')} />
          <TextField label="每周最多班数（周一至周日）" type="number" {...form.field('maxShiftsPerWeek')} />
        </FieldGrid>
        <FormControlLabel
          control={
            <Checkbox checked={noDayAfterNight} onChange={(e) => setNoDayAfterNight(e.target.checked)} />
          }
          label="夜班后 24 小时内不接白班"
        />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={busy}>
            保存规则
          </Button>
        </Stack>
      </Stack>
    </Section>
  );
}
