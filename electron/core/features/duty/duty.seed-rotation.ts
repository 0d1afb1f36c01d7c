import { addDays } from '../../../../shared/calendar/workdays';
import type { Assignment } from '../../../../shared/duty/rules';
import { instanceOf, monthInstances, type ShiftInstance } from '../../../../shared/duty/shifts';
import { onLeave, weekOf, type RosterContext } from '../../../../shared/duty/validate';
import type { Dice } from '../cases/cases.seed-random';
import type { Balance } from './roster.solver';

/**
 * The demo's months rostered by a fast rotation instead of the solver: HiGHS
 * takes a second or more a month, and three years of them would dominate the
 * seed (duty.seed.ts). Shift by shift in time order, each goes to the person
 * allowed to take it (leave, rest, no day straight after a night, nights in a
 * row, shifts a week — the previous month's last week counted) who is furthest
 * behind: on nights by nights, on weekends and holidays by those, otherwise by
 * hours, all counted from the first seeded month. Not proven fairest, but every
 * rule holds: the seed checks each month with `validateRoster`.
 */

interface State {
  lastEnd: number;
  lastNight: boolean;
  /** The date of the last night shift and how many nights in a row ended with it. */
  nightDate: string | null;
  nightRun: number;
  perWeek: Map<string, number>;
}

/** The month's assignments, or null when the rotation is stuck (the caller tries again with other draws). */
export function rotateMonth(
  ctx: RosterContext,
  totals: ReadonlyMap<number, Balance>,
  d: Dice,
): Assignment[] | null {
  const byKey = new Map(ctx.template.shifts.map((s) => [s.key, s]));
  const rest = ctx.rules.minRestHours * 60;
  const state = new Map<number, State>(
    ctx.people.map((p) => [
      p.id,
      { lastEnd: -Infinity, lastNight: false, nightDate: null, nightRun: 0, perWeek: new Map() },
    ]),
  );
  const took = (s: State, i: ShiftInstance) => {
    s.lastEnd = i.end;
    s.lastNight = i.night;
    if (i.night) {
      s.nightRun = s.nightDate !== null && addDays(s.nightDate, 1) === i.date ? s.nightRun + 1 : 1;
      s.nightDate = i.date;
    }
    const week = weekOf(i.date);
    s.perWeek.set(week, (s.perWeek.get(week) ?? 0) + 1);
  };
  const prior = (ctx.previous ?? [])
    .map((a) => ({ a, s: byKey.get(a.shift) }))
    .filter((x) => x.s !== undefined && state.has(x.a.personId))
    .map((x) => ({ personId: x.a.personId, i: instanceOf(x.a.date, x.s!) }))
    .sort((x, y) => x.i.start - y.i.start);
  for (const { personId, i } of prior) took(state.get(personId)!, i);

  const counts = new Map(
    ctx.people.map((p) => [p.id, { ...(totals.get(p.id) ?? { nights: 0, offDays: 0, hours: 0 }) }]),
  );
  // A small random lean per person and month, so equal counts do not always fall to the same person.
  const lean = new Map(ctx.people.map((p) => [p.id, d.next()]));
  const allowed = (id: number, i: ShiftInstance) => {
    const s = state.get(id)!;
    const gap = i.start - s.lastEnd;
    if (onLeave(ctx.leave, id, i.date, i.key) || gap < rest) return false;
    if (ctx.rules.noDayAfterNight && s.lastNight && !i.night && gap < 24 * 60) return false;
    if (i.night && s.nightDate !== null && addDays(s.nightDate, 1) === i.date)
      if (s.nightRun + 1 > ctx.rules.maxConsecutiveNights) return false;
    return (s.perWeek.get(weekOf(i.date)) ?? 0) < ctx.rules.maxShiftsPerWeek;
  };
  const roster: Assignment[] = [];
  for (const i of monthInstances(ctx.month, ctx.template, ctx.from)) {
    const offDay = ctx.isOffDay(i.date);
    const behind = (id: number) => {
      const c = counts.get(id)!;
      return (i.night ? c.nights * 1000 : 0) + (offDay ? c.offDays * 1000 : 0) + c.hours + lean.get(id)!;
    };
    for (let n = 0; n < i.minStaff; n++) {
      const taken = new Set(
        roster.filter((a) => a.date === i.date && a.shift === i.key).map((a) => a.personId),
      );
      const candidates = ctx.people.filter((p) => !taken.has(p.id) && allowed(p.id, i));
      if (candidates.length === 0) return null;
      const chosen = candidates.reduce((best, p) => (behind(p.id) < behind(best.id) ? p : best));
      roster.push({ date: i.date, shift: i.key, personId: chosen.id });
      took(state.get(chosen.id)!, i);
      const c = counts.get(chosen.id)!;
      c.hours += i.hours;
      if (i.night) c.nights++;
      if (offDay) c.offDays++;
    }
  }
  return roster;
}
