import { useState } from 'react';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { MonthRange } from '../../../../shared/stats/months';
import { PRESET_LABELS, presetRange, rangeProblem, type PeriodPreset } from './period';
import { MonthField } from '../../components/dates/DateFields';

const PRESETS = Object.keys(PRESET_LABELS) as PeriodPreset[];

/**
 * 本月 / 上月 / 本年 / 自定义. A quick choice applies at once; the two month
 * fields of 自定义 apply whenever they form a valid range, and say why not
 * otherwise.
 */
export function PeriodBar({
  today,
  value,
  onChange,
}: {
  today: Date;
  value: MonthRange;
  onChange: (range: MonthRange) => void;
}) {
  const [preset, setPreset] = useState<PeriodPreset>('thisMonth');
  const [draft, setDraft] = useState<MonthRange>(value);
  const problem = preset === 'custom' ? rangeProblem(draft) : null;

  const choose = (next: PeriodPreset | null) => {
    if (!next) return;
    setPreset(next);
    if (next === 'custom') setDraft(value);
    else onChange(presetRange(next, today));
  };

  const edit = (patch: Partial<MonthRange>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (!rangeProblem(next)) onChange(next);
  };

  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'flex-start' }, mb: 3 }}
    >
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={preset}
        onChange={(_, next: PeriodPreset | null) => choose(next)}
        aria-label="统计期间"
        sx={{ height: 40 }}
      >
        {PRESETS.map((p) => (
          <ToggleButton key={p} value={p} sx={{ px: 2 }}>
            {PRESET_LABELS[p]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {preset === 'custom' && (
        <Stack direction="row" spacing={2}>
          <MonthField
            size="small"
            label="起始月份"
            value={draft.from}
            onChange={(e) => edit({ from: e.target.value })}
            error={!!problem?.from}
            helperText={problem?.from ?? ' '}
            sx={{ width: 180 }}
          />
          <MonthField
            size="small"
            label="截止月份"
            value={draft.to}
            onChange={(e) => edit({ to: e.target.value })}
            error={!!problem?.to}
            helperText={problem?.to ?? ' '}
            sx={{ width: 180 }}
          />
        </Stack>
      )}
    </Stack>
  );
}
