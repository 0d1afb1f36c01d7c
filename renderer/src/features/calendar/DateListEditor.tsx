import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateField } from '../../components/dates/DateFields';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 2026-10-01 周四: the weekday tells a make-up working weekend from a holiday at a glance. */
export const withWeekday = (day: string): string =>
  `${day} ${WEEKDAYS[new Date(`${day}T00:00:00`).getDay()]}`;
export const isWeekend = (day: string): boolean => [0, 6].includes(new Date(`${day}T00:00:00`).getDay());

/** Read-only: the days as chips, or a dash. */
export function DateChips({ days, label }: { days: string[]; label: string }) {
  if (days.length === 0) return <Typography color="text.secondary">无</Typography>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75 }} role="list" aria-label={label}>
      {days.map((d) => (
        <Chip key={d} role="listitem" size="small" variant="outlined" label={withWeekday(d)} />
      ))}
    </Stack>
  );
}

interface DateListEditorProps {
  label: string;
  year: number;
  days: string[];
  onChange: (days: string[]) => void;
  /** A reason to refuse a day, beyond belonging to the year and not being listed twice. */
  refuse?: (day: string) => string | null;
}

/** A list of dates of one year: pick a date, 添加; remove with the chip's ×. Kept sorted. */
export function DateListEditor({ label, year, days, onChange, refuse }: DateListEditorProps) {
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState('');

  const add = () => {
    const why = !day
      ? '请先选择日期'
      : !day.startsWith(`${year}-`)
        ? `日期必须属于 ${year} 年`
        : days.includes(day)
          ? '该日期已在列表中'
          : (refuse?.(day) ?? null);
    setProblem(why ?? '');
    if (why) return;
    onChange([...days, day].sort());
    setDay('');
  };

  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {label}（{days.length} 天）
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1.5, alignItems: 'flex-start' }}>
        <DateField
          size="small"
          label={`添加${label}`}
          value={day}
          onChange={(e) => {
            setDay(e.target.value);
            setProblem('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          error={Boolean(problem)}
          helperText={problem}
          sx={{ width: 200 }}
          min={`${year}-01-01`}
          max={`${year}-12-31`}
        />
        <Button variant="outlined" onClick={add}>
          添加
        </Button>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75 }} role="list" aria-label={label}>
        {days.length === 0 && <Typography color="text.secondary">无</Typography>}
        {days.map((d) => (
          <Chip
            key={d}
            role="listitem"
            size="small"
            label={withWeekday(d)}
            onDelete={() => onChange(days.filter((x) => x !== d))}
          />
        ))}
      </Stack>
    </Box>
  );
}
