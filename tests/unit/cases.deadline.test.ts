import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../shared/calendar/workdays';
import { closedOnTime, deadlineState, DEFAULT_DEADLINE_PRESET, dueDate } from '../../shared/cases/deadline';

const calendar = createWorkCalendar();
const open = (deadline: string | null) => ({ status: 'in_progress' as const, deadline });

describe('办理期限', () => {
  it('ships the service promise of seed 001: 3 / 3 / 5 working days, major ones at once', () => {
    expect(DEFAULT_DEADLINE_PRESET).toEqual({ simple: 3, general: 3, complex: 5, major: 0 });
  });

  it('counts the deadline in working days from the day of registration', () => {
    expect(dueDate(calendar, '2026-11-24', 3)).toBe('2026-11-27');
    expect(dueDate(calendar, '2026-11-24', 5)).toBe('2026-12-01');
    expect(dueDate(calendar, '2026-11-27', 3)).toBe('2026-12-02');
    // A major dispute registered on a Saturday is due on the Monday.
    expect(dueDate(calendar, '2026-11-28', 0)).toBe('2026-11-30');
    expect(dueDate(calendar, '2026-02-13', 3)).toBe('2026-02-25');
  });

  it('is green with two or more working days left', () => {
    expect(deadlineState(calendar, open('2026-11-26'), '2026-11-24')).toBe('green');
    expect(deadlineState(calendar, open('2026-12-31'), '2026-11-24')).toBe('green');
  });

  it('is yellow when due within one working day (today, or the next working day)', () => {
    expect(deadlineState(calendar, open('2026-11-24'), '2026-11-24')).toBe('yellow');
    expect(deadlineState(calendar, open('2026-11-25'), '2026-11-24')).toBe('yellow');
    // Friday: Monday is the next working day.
    expect(deadlineState(calendar, open('2026-11-30'), '2026-11-27')).toBe('yellow');
    expect(deadlineState(calendar, open('2026-12-01'), '2026-11-27')).toBe('green');
    // Before the National Day week only 8 October is the next working day.
    expect(deadlineState(calendar, open('2026-10-08'), '2026-09-30')).toBe('yellow');
  });

  it('is red once the deadline has passed', () => {
    expect(deadlineState(calendar, open('2026-11-23'), '2026-11-24')).toBe('red');
    expect(deadlineState(calendar, { status: 'registered', deadline: '2026-01-01' }, '2026-11-24')).toBe(
      'red',
    );
  });

  it('is grey while suspended, and none once closed or without a deadline', () => {
    expect(deadlineState(calendar, { status: 'suspended', deadline: '2026-11-01' }, '2026-11-24')).toBe(
      'grey',
    );
    for (const status of ['closed', 'followed_up', 'archived'] as const)
      expect(deadlineState(calendar, { status, deadline: '2026-11-01' }, '2026-11-24')).toBe('none');
    expect(deadlineState(calendar, open(null), '2026-11-24')).toBe('none');
  });

  it('tells whether a case closed on time', () => {
    expect(closedOnTime('2026-11-27', '2026-11-27')).toBe(true);
    expect(closedOnTime('2026-11-27', '2026-11-28')).toBe(false);
    expect(closedOnTime(null, '2026-11-28')).toBe(false);
    expect(closedOnTime('2026-11-27', null)).toBe(false);
  });
});
