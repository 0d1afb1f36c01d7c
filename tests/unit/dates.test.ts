import { describe, expect, it } from 'vitest';
import { dateField, dateTimeField } from '../../shared/api/fields';
import {
  formatChineseDate,
  formatTableDateTime,
  isAfterNow,
  isCalendarDate,
  isCalendarMinute,
  toCompactStamp,
  toLocalDate,
  toLocalIso,
} from '../../shared/dates';

// Dates are built from local parts: the functions speak the office's own time zone.
const afternoon = new Date(2026, 10, 24, 14, 5, 9);
const earlyJanuary = new Date(2027, 0, 5, 3, 4, 5);

describe('dates', () => {
  it('stores local wall-clock time without a zone', () => {
    expect(toLocalIso(afternoon)).toBe('2026-11-24T14:05:09');
    expect(toLocalIso(earlyJanuary)).toBe('2027-01-05T03:04:05');
    expect(toLocalIso(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31T23:59:59');
    expect(toLocalIso(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01T00:00:00');
  });

  it('gives the local calendar date', () => {
    expect(toLocalDate(afternoon)).toBe('2026-11-24');
    expect(toLocalDate(earlyJanuary)).toBe('2027-01-05');
    expect(toLocalDate(new Date(2028, 1, 29, 23, 59))).toBe('2028-02-29');
  });

  it('round-trips through the stored form', () => {
    expect(new Date(toLocalIso(afternoon)).getTime()).toBe(afternoon.getTime());
  });

  it('formats for tables, documents and file names', () => {
    expect(formatTableDateTime('2026-11-24T14:05:09')).toBe('2026-11-24 14:05');
    expect(formatTableDateTime(toLocalIso(earlyJanuary))).toBe('2027-01-05 03:04');
    expect(formatChineseDate(afternoon)).toBe('2026年11月24日');
    expect(formatChineseDate(earlyJanuary)).toBe('2027年1月5日');
    expect(toCompactStamp(afternoon)).toBe('20261124-140509');
    expect(toCompactStamp(earlyJanuary)).toBe('20270105-030405');
  });

  it('makes compact stamps that sort like the times they name', () => {
    const times = [earlyJanuary, afternoon, new Date(2026, 10, 24, 9, 0, 0), new Date(2026, 9, 1)];
    const byStamp = [...times].sort((a, b) => toCompactStamp(a).localeCompare(toCompactStamp(b)));
    expect(byStamp).toEqual([...times].sort((a, b) => a.getTime() - b.getTime()));
  });

  it('knows real calendar dates within 1900–2100', () => {
    for (const ok of ['2026-11-24', '2028-02-29', '2000-02-29', '1900-01-01', '2100-12-31'])
      expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-11-00',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
    for (const bad of [
      '1899-12-31',
      '2101-01-01',
      '9999-99-99',
      '0026-11-24',
      '2026-1-5',
      ' 2026-11-24',
      '2026-11-24x',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('knows real times to the minute', () => {
    expect(isCalendarMinute('2026-11-24T00:00')).toBe(true);
    expect(isCalendarMinute('2026-11-24T23:59')).toBe(true);
    for (const bad of [
      '9999-99-99T99:99',
      '2026-11-24T24:00',
      '2026-11-24T09:60',
      '2026-02-30T10:00',
      '2026-11-24 10:00',
      '2026-11-24T10:00:00',
    ])
      expect(isCalendarMinute(bad), bad).toBe(false);
  });

  it('counts a time as future only beyond five minutes past now, a date only after today', () => {
    const now = new Date(2026, 10, 24, 9, 0, 0);
    expect(isAfterNow('2026-11-24T09:05', now)).toBe(false);
    expect(isAfterNow('2026-11-24T09:06', now)).toBe(true);
    expect(isAfterNow('2026-11-24', now)).toBe(false);
    expect(isAfterNow('2026-11-25', now)).toBe(true);
    // Five minutes before midnight, tomorrow is within the tolerance.
    expect(isAfterNow('2026-11-25', new Date(2026, 10, 24, 23, 57))).toBe(false);
  });

  it('field schemas name the field in their refusal', () => {
    const day = dateField('生效日期').safeParse('2026-02-30');
    expect(day.success).toBe(false);
    expect(day.error?.issues[0]?.message).toContain('生效日期');
    const minute = dateTimeField('受理时间').safeParse('2026-11-24T25:00');
    expect(minute.error?.issues[0]?.message).toContain('受理时间');
    expect(dateTimeField('受理时间').safeParse(20261124).error?.issues[0]?.message).toContain('受理时间');
    expect(dateField('生效日期').parse('2028-02-29')).toBe('2028-02-29');
  });
});
