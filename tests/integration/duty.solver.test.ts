import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../shared/calendar/workdays';
import { DEFAULT_ROSTER_RULES, type Assignment, type Leave } from '../../shared/duty/rules';
import {
  daysOf,
  monthInstances,
  THREE_SHIFTS,
  TWO_SHIFTS,
  type ShiftTemplate,
} from '../../shared/duty/shifts';
import { validateRoster, type RosterContext } from '../../shared/duty/validate';
import { solveRoster } from '../../electron/core/features/duty/roster.solver';

const calendar = createWorkCalendar();
const isOffDay = (d: string) => !calendar.isWorkday(d);
const team = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `值班员${i + 1}` }));

/** A small deterministic PRNG (mulberry32): the same cases on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every roster of the instances, by trying each person for each shift: the independent check of "impossible". */
function exhaustive(ctx: RosterContext): Assignment[] | null {
  const instances = monthInstances(ctx.month, ctx.template, ctx.from);
  const chosen: Assignment[] = [];
  const step = (n: number): boolean => {
    if (n === instances.length) return validateRoster(ctx, chosen).length === 0;
    for (const p of ctx.people) {
      chosen.push({ date: instances[n]!.date, shift: instances[n]!.key, personId: p.id });
      // Prune on the rules already broken by the shifts placed so far (uncovered later shifts aside).
      const broken = validateRoster(ctx, chosen).some((i) => i.kind !== 'understaffed');
      if (!broken && step(n + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return step(0) ? chosen : null;
}

describe('排班求解：公平、可行、排不出时有据可查', () => {
  it('finds the proven fairest month for 12 people on 3 × 8 with leave (fixed case, optimum kept)', async () => {
    const leave: Leave[] = [
      { personId: 1, date: '2026-12-06', shift: null, reason: '事假' },
      { personId: 2, date: '2026-12-10', shift: null, reason: '病假' },
      { personId: 3, date: '2026-12-24', shift: 'C', reason: '家中有事' },
    ];
    const ctx: RosterContext = {
      month: '2026-12',
      template: THREE_SHIFTS,
      people: team(12),
      rules: DEFAULT_ROSTER_RULES,
      leave,
      isOffDay,
    };
    const r = await solveRoster({ ctx });
    if (!r.ok) throw new Error(r.reasons.join('；'));
    expect(validateRoster(ctx, r.roster)).toEqual([]);
    expect(r.optimal).toBe(true);
    // 31 nights over 12 people cannot be even; weekend shifts can; 93 eight-hour shifts differ by one at most.
    expect(r.spread).toEqual({ nights: 1, offDays: 0, hours: 8 });
    expect(r.roster).toHaveLength(93);
  }, 120_000);

  it('finds the proven fairest month for 6 people on 2 × 12 (fixed case, optimum kept)', async () => {
    const ctx: RosterContext = {
      month: '2026-12',
      template: TWO_SHIFTS,
      people: team(6),
      rules: DEFAULT_ROSTER_RULES,
      leave: [],
      isOffDay,
    };
    const r = await solveRoster({ ctx });
    if (!r.ok) throw new Error(r.reasons.join('；'));
    expect(validateRoster(ctx, r.roster)).toEqual([]);
    expect(r.optimal).toBe(true);
    expect(r.spread).toEqual({ nights: 1, offDays: 1, hours: 12 });
  }, 120_000);

  it('counts the balance carried over from earlier months', async () => {
    const ctx: RosterContext = {
      month: '2026-12',
      template: TWO_SHIFTS,
      people: team(6),
      rules: DEFAULT_ROSTER_RULES,
      leave: [],
      isOffDay,
      from: '2026-12-21',
    };
    // 值班员1 did two nights more than their share before: this month they get the fewest.
    const r = await solveRoster({ ctx, balances: new Map([[1, { nights: 2, offDays: 0, hours: 0 }]]) });
    if (!r.ok) throw new Error(r.reasons.join('；'));
    const nights = r.counts.map((c) => c.nights);
    expect(nights[0]).toBe(Math.min(...nights));
    expect(Math.max(...nights) - nights[0]!).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('falls back to the open search when the least spread cannot be met, and still proves the fairest', async () => {
    const ctx: RosterContext = {
      month: '2026-12',
      template: TWO_SHIFTS,
      people: team(6),
      rules: DEFAULT_ROSTER_RULES,
      leave: [],
      isOffDay,
      from: '2026-12-21',
    };
    // Ten nights ahead of the others: no roster of eleven days brings the spread down to one night, so the
    // first try (every spread at the least the month's average allows) finds nothing and the open search runs.
    const r = await solveRoster({ ctx, balances: new Map([[1, { nights: 10, offDays: 0, hours: 0 }]]) });
    if (!r.ok) throw new Error(r.reasons.join('；'));
    expect(validateRoster(ctx, r.roster)).toEqual([]);
    expect(r.optimal).toBe(true);
    const nights = r.counts.map((c) => c.nights);
    expect(nights[0]).toBe(0);
    // The others share the eleven nights as evenly as they can (two or three each): the spread is from 10 to 2.
    expect(Math.min(...nights.slice(1))).toBe(2);
    expect(r.spread.nights).toBe(8);
  }, 60_000);

  it('returns only valid rosters over seeded random cases (3–20 people, both templates, random leave)', async () => {
    const random = prng(20261205);
    for (let n = 0; n < 8; n++) {
      const template: ShiftTemplate = random() < 0.5 ? TWO_SHIFTS : THREE_SHIFTS;
      const people = team(3 + Math.floor(random() * 18));
      const from = `2026-11-${String(20 + Math.floor(random() * 5)).padStart(2, '0')}`;
      const leave: Leave[] = [];
      for (const d of daysOf('2026-11', from))
        for (const p of people)
          if (random() < 0.08)
            leave.push({
              personId: p.id,
              date: d,
              shift: random() < 0.5 ? null : template.shifts[0]!.key,
              reason: '请假',
            });
      const ctx: RosterContext = {
        month: '2026-11',
        template,
        people,
        rules: DEFAULT_ROSTER_RULES,
        leave,
        isOffDay,
        from,
      };
      const r = await solveRoster({ ctx, timeLimit: 20 });
      if (r.ok) expect(validateRoster(ctx, r.roster), `case ${n}`).toEqual([]);
      else expect(r.reasons.length, `case ${n}`).toBeGreaterThan(0);
    }
  }, 300_000);

  it('says "impossible" exactly when an exhaustive search finds nothing (small cases)', async () => {
    const random = prng(7);
    let impossible = 0;
    let possible = 0;
    for (let n = 0; n < 24; n++) {
      const template = random() < 0.5 ? TWO_SHIFTS : THREE_SHIFTS;
      const people = team(template === TWO_SHIFTS ? 2 + Math.floor(random() * 2) : 3);
      const from = template === TWO_SHIFTS ? '2026-11-27' : '2026-11-28';
      const leave: Leave[] = [];
      for (const d of daysOf('2026-11', from))
        for (const p of people)
          if (random() < 0.15) leave.push({ personId: p.id, date: d, shift: null, reason: '请假' });
      const rules = { ...DEFAULT_ROSTER_RULES, maxShiftsPerWeek: 2 + Math.floor(random() * 3) };
      const ctx: RosterContext = { month: '2026-11', template, people, rules, leave, isOffDay, from };
      const r = await solveRoster({ ctx, timeLimit: 20 });
      const found = exhaustive(ctx);
      expect(r.ok, `case ${n}: ${r.ok ? '' : r.reasons.join('；')}`).toBe(found !== null);
      if (r.ok) possible++;
      else impossible++;
    }
    // The seeded cases cover both answers.
    expect(impossible).toBeGreaterThan(0);
    expect(possible).toBeGreaterThan(0);
  }, 300_000);
});
