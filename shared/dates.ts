const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local wall-clock time as stored in the archive: `2026-11-24T14:05:09` (the office's own time zone). */
export function toLocalIso(d: Date): string {
  return `${toLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local calendar date: `2026-11-24`. */
export function toLocalDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Table form (design.md): `2026-11-24 14:05`. */
export function formatTableDateTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** Document form (design.md): `2026年11月24日`. */
export function formatChineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** For file names: `20261124-140509`. */
export function toCompactStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/**
 * The years a date in the archive may fall in. Anything outside is a typing
 * slip (0026, 9999) that would sort, count and print wrongly for ever.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** True for a real calendar date `2026-11-24` within 1900–2100 (never 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < EARLIEST_YEAR || y > LATEST_YEAR || month < 1 || month > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (leap years included).
  return d <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/** True for a real local time to the minute, `2026-11-24T14:05` (hours 00–23, minutes 00–59). */
export function isCalendarMinute(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  return m !== null && isCalendarDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/**
 * How far past the core's clock a registration or event time may lie: a form
 * filled in at 09:00 may say 09:03 when the staff round up. More is a slip.
 */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * True when a date (`2026-11-24`) or time (`2026-11-24T14:05`) lies after
 * `now` plus the tolerance. Both forms sort as text, so the limit is cut to
 * the value's own length: a date compares with the limit's day.
 */
export function isAfterNow(value: string, now: Date): boolean {
  const limit = toLocalIso(new Date(now.getTime() + FUTURE_TOLERANCE_MS));
  return value > limit.slice(0, value.length);
}
