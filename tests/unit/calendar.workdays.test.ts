import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  createWorkCalendar,
  hasOfficialYear,
  statutoryHolidays,
  workdaysBetween,
} from '../../shared/calendar/workdays';

const official = createWorkCalendar();

describe('工作日日历', () => {
  it('follows the official 2026 Spring Festival arrangement (15–23 Feb off, make-up Saturday 14 Feb)', () => {
    expect(official.sourceOf(2026)).toBe('official');
    expect(official.isWorkday('2026-02-14')).toBe(true);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23'])
      expect(official.isWorkday(d)).toBe(false);
    expect(official.isWorkday('2026-02-24')).toBe(true);
    // Registered Friday 13 Feb: Sat 14 (调休上班) is the first working day, then 24 and 25 Feb.
    expect(addWorkdays(official, '2026-02-13', 3)).toBe('2026-02-25');
  });

  it('counts the make-up Saturday after National Day 2026 as a working day', () => {
    expect(official.isWorkday('2026-10-07')).toBe(false);
    expect(official.isWorkday('2026-10-10')).toBe(true);
    expect(addWorkdays(official, '2026-09-30', 3)).toBe('2026-10-10');
  });

  it('falls back to the statutory holidays for a year the package does not cover (2027)', () => {
    expect(hasOfficialYear(2027)).toBe(false);
    expect(official.sourceOf(2027)).toBe('statutory');
    const days = statutoryHolidays(2027);
    // 春节 2027: 除夕 5 Feb, 初一 6 Feb to 初三 8 Feb.
    expect(days).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']));
    expect(official.isWorkday('2027-02-05')).toBe(false);
    expect(official.isWorkday('2027-02-06')).toBe(false);
    expect(official.isWorkday('2027-02-08')).toBe(false);
    expect(official.isWorkday('2027-02-09')).toBe(true);
    for (const d of ['2027-10-01', '2027-10-02', '2027-10-03']) expect(official.isWorkday(d)).toBe(false);
    expect(official.isWorkday('2027-10-04')).toBe(true);
    // Without a published arrangement there are no make-up working weekends.
    expect(official.isWorkday('2027-02-20')).toBe(false);
  });

  it('lets a year the director entered win over every other source', () => {
    const entered = createWorkCalendar([
      { year: 2026, holidays: ['2026-11-25'], workdays: ['2026-11-28'] },
      { year: 2027, holidays: ['2027-10-04', '2027-10-05'], workdays: ['2027-09-26'] },
    ]);
    expect(entered.sourceOf(2026)).toBe('director');
    expect(entered.sourceOf(2027)).toBe('director');
    expect(entered.sourceOf(2025)).toBe('official');
    expect(entered.isWorkday('2026-11-25')).toBe(false);
    expect(entered.isWorkday('2026-11-28')).toBe(true);
    // The director's 2026 replaces the official one entirely: 16 Feb is a plain Monday now.
    expect(entered.isWorkday('2026-02-16')).toBe(true);
    expect(entered.isWorkday('2027-09-26')).toBe(true);
    expect(addWorkdays(entered, '2027-09-30', 3)).toBe('2027-10-07');
  });

  it('adds zero working days as "today, or the next working day"', () => {
    expect(addWorkdays(official, '2026-11-24', 0)).toBe('2026-11-24');
    expect(addWorkdays(official, '2026-11-28', 0)).toBe('2026-11-30');
    expect(addWorkdays(official, '2026-10-01', 0)).toBe('2026-10-08');
  });

  it('counts working days between two days, end included', () => {
    expect(workdaysBetween(official, '2026-11-24', '2026-11-24')).toBe(0);
    expect(workdaysBetween(official, '2026-11-24', '2026-11-23')).toBe(0);
    expect(workdaysBetween(official, '2026-11-27', '2026-11-30')).toBe(1);
    expect(workdaysBetween(official, '2026-09-30', '2026-10-10')).toBe(3);
  });
});
