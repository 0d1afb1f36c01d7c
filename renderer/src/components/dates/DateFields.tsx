import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import type { Dayjs } from 'dayjs';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { DesktopDateTimePicker } from '@mui/x-date-pickers/DesktopDateTimePicker';
import { DesktopTimePicker } from '@mui/x-date-pickers/DesktopTimePicker';
import type {
  DateValidationError,
  DateTimeValidationError,
  TimeValidationError,
} from '@mui/x-date-pickers/models';
import { fromDayjs, SHOWN_FORMAT, toDayjs, type DateKind } from './dateValue';

/** What the forms' handlers read, as they read a native input's change event. */
export interface DateChange {
  target: { name: string; value: string };
}

/** The props the forms gave their `<TextField type="date">`, minus the type. */
export interface DateInputProps {
  label: string;
  /** `2026-01-05`, `2026-01-05T14:05`, `14:05` or `2026-01` by kind; '' when empty. */
  value: string;
  onChange?: (event: DateChange) => void;
  name?: string;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  /** Earliest and latest allowed, in the same string form as `value`. */
  min?: string;
  max?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  sx?: SxProps<Theme>;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

const NOUN: Record<DateKind, string> = { date: '日期', datetime: '时间', time: '时间', month: '月份' };

type PickerError = DateValidationError | DateTimeValidationError | TimeValidationError;

/** The picker's own finding, in words, when the form has none to show. */
function problemOf(kind: DateKind, error: PickerError, min?: string, max?: string): string | undefined {
  if (!error) return undefined;
  if (error === 'invalidDate') return `请填写完整的${NOUN[kind]}`;
  if ((error === 'minDate' || error === 'minTime' || error === 'minutesStep') && min)
    return `不能早于 ${min}`;
  if ((error === 'maxDate' || error === 'maxTime') && max) return `不能晚于 ${max}`;
  return `${NOUN[kind]}超出可选范围`;
}

/**
 * Keeps the picker's own value while the typing is unfinished: the form holds
 * '' for `2026-01-DD`, and handing the picker `null` back would wipe the
 * sections being typed. The form's string wins whenever it says otherwise
 * (a reset, a value filled in by code).
 */
function usePickerValue(kind: DateKind, props: DateInputProps) {
  const [own, setOwn] = useState<Dayjs | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const value = fromDayjs(kind, own) === props.value && own ? own : toDayjs(kind, props.value);
  const onChange = (next: Dayjs | null) => {
    setOwn(next);
    props.onChange?.({ target: { name: props.name ?? '', value: fromDayjs(kind, next) } });
  };
  const onError = (error: PickerError) => setProblem(problemOf(kind, error, props.min, props.max));
  const shown = props.error || props.helperText ? undefined : problem;
  return {
    value,
    onChange,
    onError,
    common: {
      label: props.label,
      name: props.name,
      disabled: props.disabled,
      autoFocus: props.autoFocus,
      inputRef: props.inputRef,
      sx: props.sx,
      format: SHOWN_FORMAT[kind],
      minDate: props.min ? (toDayjs(kind, props.min) ?? undefined) : undefined,
      maxDate: props.max ? (toDayjs(kind, props.max) ?? undefined) : undefined,
      slotProps: {
        textField: {
          id: props.id,
          required: props.required,
          error: Boolean(props.error) || Boolean(shown),
          helperText: props.helperText ?? shown,
          size: props.size,
          fullWidth: props.fullWidth ?? true,
          onKeyDown: props.onKeyDown,
          slotProps: {
            // Always above, as the native fields had it: the empty sections show the format to type.
            // The label names the field's group (aria-labelledby) and nothing else: pointing it at
            // the hidden, aria-hidden input as well would give one label two fields.
            inputLabel: { shrink: true, htmlFor: undefined },
          },
        },
        // 2026年1月, not the locale's 一月 2026.
        calendarHeader: { format: 'YYYY年M月' },
      },
    },
  };
}

/** A calendar date, `2026-01-05`; the calendar opens from the icon, weeks start on Monday. */
export function DateField(props: DateInputProps) {
  const { value, onChange, onError, common } = usePickerValue('date', props);
  return <DesktopDatePicker {...common} value={value} onChange={onChange} onError={onError} />;
}

/** A date and a 24-hour time to the minute, `2026-01-05T14:05`, shown `2026-01-05 14:05`. */
export function DateTimeField(props: DateInputProps) {
  const { value, onChange, onError, common } = usePickerValue('datetime', props);
  const { minDate, maxDate, ...rest } = common;
  return (
    <DesktopDateTimePicker
      {...rest}
      minDateTime={minDate}
      maxDateTime={maxDate}
      ampm={false}
      value={value}
      onChange={onChange}
      onError={onError}
    />
  );
}

/** A 24-hour time of day, `14:05`, never AM/PM. */
export function TimeField(props: DateInputProps) {
  const { value, onChange, onError, common } = usePickerValue('time', props);
  const { minDate, maxDate, ...rest } = common;
  return (
    <DesktopTimePicker
      {...rest}
      minTime={minDate}
      maxTime={maxDate}
      ampm={false}
      value={value}
      onChange={onChange}
      onError={onError}
    />
  );
}

/** A month, `2026-01`, shown 2026年01月; the picker offers years, then months. */
export function MonthField(props: DateInputProps) {
  const { value, onChange, onError, common } = usePickerValue('month', props);
  return (
    <DesktopDatePicker
      {...common}
      views={['year', 'month']}
      openTo="month"
      value={value}
      onChange={onChange}
      onError={onError}
    />
  );
}
