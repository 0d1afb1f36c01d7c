import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/zh-cn';

dayjs.extend(customParseFormat);

/** The four kinds of date field the forms have (what `<input type=…>` they replace). */
export type DateKind = 'date' | 'datetime' | 'time' | 'month';

/**
 * The strings the forms, the contract's schemas and the stored rows use —
 * exactly what the native inputs gave (`2026-01-05`, `2026-01-05T14:05`,
 * `14:05`, `2026-01`), so a form changes only at its field tag.
 */
export const VALUE_FORMAT: Record<DateKind, string> = {
  date: 'YYYY-MM-DD',
  datetime: 'YYYY-MM-DDTHH:mm',
  time: 'HH:mm',
  month: 'YYYY-MM',
};

/**
 * What the field shows, whatever the machine's locale (issue 13 item 7):
 * design.md's table form for dates and times, 24-hour clock, and a month the
 * way Chinese writes it. Sections are typed in this order.
 */
export const SHOWN_FORMAT: Record<DateKind, string> = {
  date: 'YYYY-MM-DD',
  datetime: 'YYYY-MM-DD HH:mm',
  time: 'HH:mm',
  month: 'YYYY年MM月',
};

/**
 * The form's string as the picker's value: `null` for '' and for anything that
 * is not a whole value of the kind (a native input showed those as empty too).
 * A stored date-time with seconds (`2026-01-05T14:05:09`) is read to the minute.
 */
export function toDayjs(kind: DateKind, value: string): Dayjs | null {
  if (!value) return null;
  const text = kind === 'datetime' ? value.slice(0, 16) : value;
  const parsed = dayjs(text, VALUE_FORMAT[kind], true);
  return parsed.isValid() ? parsed : null;
}

/**
 * The picker's value as the form's string: '' when empty or when the typing
 * is not finished (`2026-01-DD` is an invalid date to the picker), as a
 * native input's `value` was '' until the date was whole.
 */
export function fromDayjs(kind: DateKind, value: Dayjs | null): string {
  if (!value || !value.isValid()) return '';
  return value.format(VALUE_FORMAT[kind]);
}
