import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../shared/calendar/workdays';
import { DEFAULT_ROSTER_RULES, type Assignment, type Leave } from '../../shared/duty/rules';
import {
  isNight,
  monthInstances,
  templateGaps,
  THREE_SHIFTS,
  TWO_SHIFTS,
  type ShiftTemplate,
} from '../../shared/duty/shifts';
import { countsOf, validateRoster, type RosterContext } from '../../shared/duty/validate';
import { infeasibilityReasons, perDayCapacity } from '../../shared/duty/feasibility';

const calendar = createWorkCalendar();
const people = [1, 2, 3, 4, 5].map((id) => ({ id, name: ['甲', '乙', '丙', '丁', '戊'][id - 1]! }));

function ctx(template: ShiftTemplate, extra: Partial<RosterContext> = {}): RosterContext {
  return {
    month: '2026-02',
    template,
    people,
    rules: DEFAULT_ROSTER_RULES,
    leave: [],
    isOffDay: (d) => !calendar.isWorkday(d),
    from: '2026-02-23',
    ...extra,
  };
}

/** A clean 2 × 12 rota for 23–28 Feb: pairs rotate so nobody breaks a rule. */
function cleanTwo(): Assignment[] {
  const days = ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28'];
  const plan: [number, number][] = [
    [1, 2],
    [3, 4],
    [5, 1],
    [2, 3],
    [4, 5],
    [1, 2],
  ];
  return days.flatMap((date, i) => [
    { date, shift: 'D', personId: plan[i]![0] },
    { date, shift: 'N', personId: plan[i]![1] },
  ]);
}

const kinds = (c: RosterContext, roster: Assignment[]) => validateRoster(c, roster).map((i) => i.kind);

describe('班次', () => {
  it('crosses midnight and counts nights', () => {
    expect(isNight(TWO_SHIFTS.shifts[1]!)).toBe(true);
    expect(isNight(THREE_SHIFTS.shifts[2]!)).toBe(true);
    expect(isNight(THREE_SHIFTS.shifts[1]!)).toBe(false);
    const [d, n] = monthInstances('2026-02', TWO_SHIFTS, '2026-02-28');
    expect(n!.end - n!.start).toBe(12 * 60);
    expect(n!.end - d!.start).toBe(24 * 60);
  });

  it('finds the hours a template leaves uncovered', () => {
    expect(templateGaps(THREE_SHIFTS)).toEqual([]);
    const gappy = {
      name: '缺口模板',
      shifts: [
        { key: 'D', name: '白班', start: '08:00', end: '20:00', minStaff: 1 },
        { key: 'N', name: '夜班', start: '22:00', end: '06:00', minStaff: 1 },
      ],
    };
    expect(templateGaps(gappy)).toEqual([
      { start: '06:00', end: '08:00' },
      { start: '20:00', end: '22:00' },
    ]);
    expect(validateRoster(ctx(gappy), [])[0]!.message).toContain('每天 06:00—08:00 没有班次');
  });
});

describe('值班表校验：每条规则各违反一次', () => {
  it('passes a clean rota', () => {
    expect(validateRoster(ctx(TWO_SHIFTS), cleanTwo())).toEqual([]);
  });

  it('lists an uncovered shift with its hours', () => {
    const roster = cleanTwo().filter((a) => !(a.date === '2026-02-25' && a.shift === 'N'));
    const issues = validateRoster(ctx(TWO_SHIFTS), roster);
    expect(issues).toEqual([
      {
        kind: 'understaffed',
        date: '2026-02-25',
        shift: 'N',
        personId: null,
        message: '2月25日 夜班（20:00—次日08:00）应 1 人，实排 0 人：20:00—08:00 无人值班',
      },
    ]);
  });

  it('catches a rest shorter than the rule, and a day shift straight after a night', () => {
    const roster = cleanTwo().map((a) =>
      a.date === '2026-02-24' && a.shift === 'D' ? { ...a, personId: 2 } : a,
    );
    const issues = validateRoster(ctx(TWO_SHIFTS), roster);
    expect(issues.map((i) => i.kind).sort()).toEqual(['dayAfterNight', 'rest']);
    expect(issues.find((i) => i.kind === 'rest')!.message).toBe(
      '2月24日 乙两班之间只休息 0 小时（规定不少于 12 小时）',
    );
    expect(issues[0]).toMatchObject({ date: '2026-02-24', shift: 'D', personId: 2 });
  });

  it('catches a day shift within 24 hours after a night even with the rest kept (3 × 8)', () => {
    const c = ctx(THREE_SHIFTS, { rules: { ...DEFAULT_ROSTER_RULES, minRestHours: 8 }, from: '2026-02-28' });
    // 丙 works the night 00:00–08:00, then 16:00–24:00 the same day: 8 h rest kept, but a day shift after a night.
    expect(
      kinds(c, [
        { date: '2026-02-28', shift: 'C', personId: 3 },
        { date: '2026-02-28', shift: 'A', personId: 1 },
        { date: '2026-02-28', shift: 'B', personId: 3 },
      ]),
    ).toEqual(['dayAfterNight']);
  });

  it('catches too many nights in a row, counting the previous month', () => {
    const c = ctx(TWO_SHIFTS, {
      previous: [
        { date: '2026-02-21', shift: 'N', personId: 5 },
        { date: '2026-02-22', shift: 'N', personId: 5 },
      ],
    });
    const roster = cleanTwo()
      .map((a) => (a.date === '2026-02-23' && a.shift === 'N' ? { ...a, personId: 5 } : a))
      .map((a) => (a.date === '2026-02-24' && a.shift === 'N' ? { ...a, personId: 5 } : a));
    const issues = validateRoster(c, roster).filter((i) => i.kind === 'consecutiveNights');
    expect(issues.map((i) => i.message)).toEqual(['2月24日 戊连续第 4 个夜班（规定最多连续 3 个）']);
  });

  it('catches more shifts in a week than allowed', () => {
    const c = ctx(TWO_SHIFTS, { rules: { ...DEFAULT_ROSTER_RULES, maxShiftsPerWeek: 2 } });
    const issues = validateRoster(c, cleanTwo()).filter((i) => i.kind === 'weekly');
    // 甲 (23, 25, 28) and 乙 (23, 26, 28) have three; the third is the cell to fix.
    expect(issues.map((i) => [i.personId, i.date])).toEqual([
      [1, '2026-02-28'],
      [2, '2026-02-28'],
    ]);
    expect(issues[0]!.message).toBe('甲 2月23日起的一周排了超过 2 个班（本班为第 3 个）');
  });

  it('refuses a person on leave, for the day or for one shift', () => {
    const leave: Leave[] = [{ personId: 3, date: '2026-02-24', shift: 'D', reason: '体检' }];
    expect(validateRoster(ctx(TWO_SHIFTS, { leave }), cleanTwo())).toEqual([
      {
        kind: 'leave',
        date: '2026-02-24',
        shift: 'D',
        personId: 3,
        message: '2月24日 丙该班请假（体检），不能排班',
      },
    ]);
  });

  it('flags two shifts at once and a person not on the list', () => {
    const roster = [
      ...cleanTwo(),
      { date: '2026-02-23', shift: 'D', personId: 1 },
      { date: '2026-02-26', shift: 'D', personId: 9 },
    ];
    expect(kinds(ctx(TWO_SHIFTS), roster).sort()).toEqual(['overlap', 'unknown']);
  });

  it('counts nights, weekend and holiday shifts and hours per person (holidays from the calendar)', () => {
    // 2026-02-23 is the last day of the Spring Festival holiday; 28 Feb is a make-up working Saturday (official calendar).
    const counts = countsOf(ctx(TWO_SHIFTS), cleanTwo());
    expect(counts.find((c) => c.personId === 1)).toEqual({
      personId: 1,
      shifts: 3,
      nights: 1,
      offDays: 1,
      hours: 36,
    });
    expect(counts.find((c) => c.personId === 2)).toEqual({
      personId: 2,
      shifts: 3,
      nights: 2,
      offDays: 1,
      hours: 36,
    });
  });
});

describe('排不出时说明原因', () => {
  it('names the minimum team and the days short of people', () => {
    const c = ctx(THREE_SHIFTS, { people: people.slice(0, 4), from: undefined });
    expect(perDayCapacity(c)).toBe(1);
    expect(infeasibilityReasons(c)).toEqual([
      '三班制（8 小时）每天共需 3 人次、休息不少于 12 小时、连续夜班不超过 3 个、每周不超过 5 个班时，至少需要 5 名值班员，名单上只有 4 人',
    ]);
    const leave: Leave[] = ['2026-02-06', '2026-02-07', '2026-02-08'].map((date) => ({
      personId: 1,
      date,
      shift: null,
      reason: '年假',
    }));
    expect(infeasibilityReasons(ctx(THREE_SHIFTS, { leave, from: undefined }))).toEqual([
      '三班制（8 小时）每天共需 3 人次、休息不少于 12 小时、连续夜班不超过 3 个、每周不超过 5 个班时，至少需要 5 名值班员；本月 6 日至 8 日 只有 4 人可排',
    ]);
  });
});
