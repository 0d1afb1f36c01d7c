import { describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_RULES, type Assignment } from '../../shared/duty/rules';
import type { RosterMonth, RosterVersion } from '../../shared/duty/schemas';
import { THREE_SHIFTS, weekdayChar } from '../../shared/duty/shifts';
import { validateRoster } from '../../shared/duty/validate';
import {
  addMonths,
  cellsOf,
  cellToFix,
  clientContext,
  editCell,
  editMove,
  firstMonth,
  marksOf,
  monthChoices,
  moveShift,
  spreadOf,
  startHistory,
  undo,
} from '../../renderer/src/features/duty/rosterGrid';
import { leaderDays } from '../../renderer/src/features/duty/leaders';

const a = (date: string, shift: string, personId: number): Assignment => ({ date, shift, personId });

const version = (
  month: string,
  assignments: Assignment[],
  status: RosterVersion['status'],
): RosterVersion => ({
  id: 1,
  version: 1,
  status,
  template: THREE_SHIFTS,
  assignments,
  startsOn: null,
  note: null,
  createdAt: `${month}-01T09:00`,
  createdBy: '王主任',
  publishedAt: null,
  publishedBy: null,
});

const monthView = (month: string, over: Partial<RosterMonth> = {}): RosterMonth => ({
  month,
  people: [
    { id: 1, name: '甲' },
    { id: 2, name: '乙' },
  ],
  leave: [],
  leaders: [],
  draft: null,
  published: null,
  versions: [],
  issues: [],
  counts: [],
  swaps: [],
  ...over,
});

describe('the month grid: cells, edits and 撤销', () => {
  it('puts each shift in its person’s day and sets or empties one cell', () => {
    const roster = [a('2026-10-01', 'A', 1), a('2026-10-01', 'C', 2)];
    expect(cellsOf(roster).get('1|2026-10-01')).toEqual(['A']);
    let h = startHistory(roster);
    h = editCell(h, 1, '2026-10-01', 'B');
    expect(cellsOf(h.present).get('1|2026-10-01')).toEqual(['B']);
    h = editCell(h, 2, '2026-10-01', null);
    expect(cellsOf(h.present).has('2|2026-10-01')).toBe(false);
    expect(h.past).toHaveLength(2);
  });

  it('counts setting a cell to what it holds as no edit', () => {
    const h = startHistory([a('2026-10-01', 'A', 1)]);
    expect(editCell(h, 1, '2026-10-01', 'A')).toBe(h);
    expect(editCell(h, 2, '2026-10-01', null)).toBe(h);
  });

  it('undoes back to the very roster it started from, so nothing is left unsaved', () => {
    const start = [a('2026-10-01', 'A', 1)];
    let h = startHistory(start);
    h = editCell(h, 1, '2026-10-01', 'C');
    h = editCell(h, 2, '2026-10-02', 'A');
    h = undo(undo(h));
    expect(h.present).toBe(start);
    expect(undo(h)).toBe(h);
  });
});

describe('dragging a shift chip to another cell', () => {
  const roster = [a('2026-10-01', 'A', 1), a('2026-10-01', 'C', 2), a('2026-10-02', 'B', 1)];
  const cellOf = (r: Assignment[] | null, personId: number, date: string) =>
    cellsOf(r ?? []).get(`${personId}|${date}`) ?? [];

  it('reassigns a shift to another person the same day', () => {
    const next = moveShift(
      roster,
      { personId: 1, date: '2026-10-01', shift: 'A' },
      { personId: 3, date: '2026-10-01' },
    );
    expect(cellOf(next, 1, '2026-10-01')).toEqual([]);
    expect(cellOf(next, 3, '2026-10-01')).toEqual(['A']);
    expect(next).toHaveLength(3);
  });

  it('moves a shift to another day of the same person', () => {
    const next = moveShift(
      roster,
      { personId: 2, date: '2026-10-01', shift: 'C' },
      { personId: 2, date: '2026-10-04' },
    );
    expect(cellOf(next, 2, '2026-10-01')).toEqual([]);
    expect(cellOf(next, 2, '2026-10-04')).toEqual(['C']);
  });

  it('trades with what the target held, so no shift is lost', () => {
    const next = moveShift(
      roster,
      { personId: 1, date: '2026-10-01', shift: 'A' },
      { personId: 2, date: '2026-10-01' },
    );
    expect(cellOf(next, 1, '2026-10-01')).toEqual(['C']);
    expect(cellOf(next, 2, '2026-10-01')).toEqual(['A']);
    expect(next).toHaveLength(3);
  });

  it('moves only the chip dragged out of a cell holding two shifts', () => {
    const overlap = [...roster, a('2026-10-02', 'C', 1)];
    const next = moveShift(
      overlap,
      { personId: 1, date: '2026-10-02', shift: 'C' },
      { personId: 2, date: '2026-10-02' },
    );
    expect(cellOf(next, 1, '2026-10-02')).toEqual(['B']);
    expect(cellOf(next, 2, '2026-10-02')).toEqual(['C']);
  });

  it('is no edit on its own cell or for a chip the roster no longer holds, and one step of 撤销 otherwise', () => {
    expect(
      moveShift(roster, { personId: 1, date: '2026-10-01', shift: 'A' }, { personId: 1, date: '2026-10-01' }),
    ).toBeNull();
    expect(
      moveShift(roster, { personId: 1, date: '2026-10-01', shift: 'B' }, { personId: 2, date: '2026-10-03' }),
    ).toBeNull();
    const h = startHistory(roster);
    expect(
      editMove(h, { personId: 1, date: '2026-10-01', shift: 'A' }, { personId: 1, date: '2026-10-01' }),
    ).toBe(h);
    const moved = editMove(
      h,
      { personId: 1, date: '2026-10-02', shift: 'B' },
      { personId: 1, date: '2026-10-03' },
    );
    expect(cellOf(moved.present, 1, '2026-10-03')).toEqual(['B']);
    expect(undo(moved).present).toBe(roster);
  });
});

describe('issues on the grid', () => {
  it('marks a person’s cell, or the day of an uncovered shift, and finds a free person to fill it', () => {
    const issues = [
      { kind: 'rest' as const, date: '2026-10-02', shift: 'A', personId: 1, message: '休息不足' },
      { kind: 'understaffed' as const, date: '2026-10-03', shift: 'C', personId: null, message: '无人值班' },
      { kind: 'template' as const, date: null, shift: null, personId: null, message: '模板缺口' },
    ];
    const marks = marksOf(issues);
    expect(marks.cells.get('1|2026-10-02')).toEqual(['休息不足']);
    expect(marks.days.get('2026-10-03')).toEqual(['无人值班']);
    const people = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const roster = [a('2026-10-03', 'A', 1)];
    const leave = [{ personId: 2, date: '2026-10-03', shift: null, reason: '年休假' }];
    expect(cellToFix(issues[1]!, people, roster, leave)).toEqual({ personId: 3, date: '2026-10-03' });
    expect(cellToFix(issues[0]!, people, roster, leave)).toEqual({ personId: 1, date: '2026-10-02' });
    expect(cellToFix(issues[2]!, people, roster, leave)).toBeNull();
  });

  it('validates with the previous month’s last published week carried over, as the server does', () => {
    const previous = monthView('2026-09', {
      published: version('2026-09', [a('2026-09-20', 'A', 1), a('2026-09-30', 'B', 1)], 'published'),
    });
    const ctx = clientContext({
      view: monthView('2026-10'),
      template: THREE_SHIFTS,
      rules: DEFAULT_ROSTER_RULES,
      isOffDay: () => false,
      previous,
    });
    expect(ctx.previous).toEqual([a('2026-09-30', 'B', 1)]);
    // 中班 ends at midnight; the 早班 at 08:00 leaves 8 hours of rest.
    const issues = validateRoster(ctx, [a('2026-10-01', 'A', 1)]).filter((i) => i.kind === 'rest');
    expect(issues.map((i) => i.message)).toEqual(['10月1日 甲两班之间只休息 8 小时（规定不少于 12 小时）']);
  });

  it('gives the spread of each count across the people', () => {
    expect(
      spreadOf([
        { personId: 1, shifts: 20, nights: 7, offDays: 6, hours: 160 },
        { personId: 2, shifts: 21, nights: 6, offDays: 6, hours: 168 },
      ]),
    ).toEqual({ shifts: 1, nights: 1, offDays: 0, hours: 8 });
  });
});

describe('months and days', () => {
  it('opens the director on next month once this one is published, everyone else on this month', () => {
    expect(firstMonth('2026-12', true, true)).toBe('2027-01');
    expect(firstMonth('2026-12', true, false)).toBe('2026-12');
    expect(firstMonth('2026-12', false, true)).toBe('2026-12');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('offers a year back and three months ahead, and the month shown', () => {
    const months = monthChoices('2026-10', '2024-05');
    expect(months[0]).toBe('2024-05');
    expect(months).toContain('2025-10');
    expect(months.at(-1)).toBe('2027-01');
    expect(weekdayChar('2026-10-03')).toBe('六');
  });

  it('fills 带班领导 for a day, a week cut at the month’s end, or the month', () => {
    const who = { name: '王主任', phone: '13800000000' };
    const week = leaderDays(
      [{ date: '2026-10-01', name: '李', phone: '1' }],
      '2026-10',
      '2026-09-30',
      'week',
      who,
    );
    // The week of 30 September runs Monday 28 September to Sunday 4 October: its October days only.
    expect(week.map((l) => l.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(week[0]).toEqual({ date: '2026-10-01', ...who });
    expect(leaderDays(week, '2026-10', '2026-10-10', 'day', who)).toHaveLength(5);
    expect(leaderDays([], '2026-10', '2026-10-10', 'month', who)).toHaveLength(31);
  });
});
