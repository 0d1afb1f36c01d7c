import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatTableDateTime,
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
});
