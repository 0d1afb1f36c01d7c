import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  fromDayjs,
  SHOWN_FORMAT,
  toDayjs,
  type DateKind,
} from '../../renderer/src/components/dates/dateValue';

/**
 * The date fields (renderer/src/components/dates) keep the forms' string
 * contract: what a native input gave is what the picker's value turns back
 * into, and anything unfinished is '' as it was with the native inputs.
 */
describe('date field values', () => {
  const whole: [DateKind, string][] = [
    ['date', '2026-01-05'],
    ['datetime', '2026-01-05T14:05'],
    ['time', '14:05'],
    ['time', '00:00'],
    ['month', '2026-01'],
  ];

  it.each(whole)('a whole %s value %s goes to the picker and comes back unchanged', (kind, value) => {
    const d = toDayjs(kind, value);
    expect(d?.isValid()).toBe(true);
    expect(fromDayjs(kind, d)).toBe(value);
  });

  it('reads a stored date-time with seconds to the minute', () => {
    expect(fromDayjs('datetime', toDayjs('datetime', '2026-11-24T14:05:09'))).toBe('2026-11-24T14:05');
  });

  it('a month is its first day, so the calendar opens on it', () => {
    expect(toDayjs('month', '2026-03')?.format('YYYY-MM-DD')).toBe('2026-03-01');
  });

  it.each<[DateKind, string]>([
    ['date', ''],
    ['date', '2026-02-30'],
    ['date', '2026-1-5'],
    ['date', '05/01/2026'],
    ['datetime', '2026-01-05'],
    ['time', '24:00'],
    ['time', '2:05 PM'],
    ['month', '2026-13'],
    ['month', '2026年1月'],
  ])('%s %j is no value (empty field), never a guess', (kind, value) => {
    expect(toDayjs(kind, value)).toBeNull();
  });

  it('an empty picker and an unfinished typing (2026-01-DD) both give the form ""', () => {
    expect(fromDayjs('date', null)).toBe('');
    expect(fromDayjs('date', dayjs('invalid'))).toBe('');
    expect(fromDayjs('month', dayjs(''))).toBe('');
  });

  it('shows the Chinese forms whatever the locale: 24-hour, year first', () => {
    const d = toDayjs('datetime', '2026-01-05T14:05');
    expect(d?.format(SHOWN_FORMAT.date)).toBe('2026-01-05');
    expect(d?.format(SHOWN_FORMAT.datetime)).toBe('2026-01-05 14:05');
    expect(d?.format(SHOWN_FORMAT.time)).toBe('14:05');
    expect(d?.format(SHOWN_FORMAT.month)).toBe('2026年01月');
  });
});
