import type { RosterContext } from './validate';
import { onLeave, weekOf } from './validate';
import { dayLabel, daysOf, instanceOf, monthInstances, templateGaps, type ShiftInstance } from './shifts';

/**
 * Why no roster can exist, in Chinese with the numbers, from bounds anyone can
 * check by hand: what one person can take in a day under the rest rule, in a
 * week, and in nights in a row, against what the month needs on each day and
 * in each week. An empty list does not prove a roster exists (the solver
 * decides); a non-empty one proves none does.
 */

/** Most shifts of one day one person can take while resting `restHours` between them. */
export function perDayCapacity(ctx: Pick<RosterContext, 'template' | 'rules'>): number {
  const day = ctx.template.shifts.map((s) => instanceOf('2026-01-05', s)).sort((a, b) => a.start - b.start);
  const rest = ctx.rules.minRestHours * 60;
  let best = 0;
  for (let mask = 1; mask < 1 << day.length; mask++) {
    const chosen = day.filter((_, i) => mask & (1 << i));
    if (chosen.every((s, i) => i === 0 || s.start - chosen[i - 1]!.end >= rest))
      best = Math.max(best, chosen.length);
  }
  return best;
}

const ranges = (days: string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < days.length; i++) {
    let j = i;
    while (j + 1 < days.length && Number(days[j + 1]!.slice(8)) === Number(days[j]!.slice(8)) + 1) j++;
    out.push(
      i === j
        ? `${Number(days[i]!.slice(8))} 日`
        : `${Number(days[i]!.slice(8))} 日至 ${Number(days[j]!.slice(8))} 日`,
    );
    i = j;
  }
  return out;
};

export function infeasibilityReasons(ctx: RosterContext): string[] {
  const reasons: string[] = [];
  const gaps = templateGaps(ctx.template);
  if (gaps.length)
    reasons.push(
      `班次模板每天 ${gaps.map((g) => `${g.start}—${g.end}`).join('、')} 没有班次，这些时段无论怎样排都无人值班`,
    );
  if (ctx.people.length === 0) return [...reasons, '值班人员名单为空'];

  const instances = monthInstances(ctx.month, ctx.template, ctx.from);
  const rules = ctx.rules;
  const capacity = perDayCapacity(ctx);
  const dailyNeed = ctx.template.shifts.reduce((n, s) => n + s.minStaff, 0);
  const weekNeed = dailyNeed * 7;
  const nightNeed = instances
    .filter((i) => i.date === instances[0]!.date && i.night)
    .reduce((n, i) => n + i.minStaff, 0);
  const k = rules.maxConsecutiveNights;
  // Each bound holds only over a period long enough for it: a whole week for the weekly count, k + 1 days for nights.
  const days = daysOf(ctx.month, ctx.from);
  const wholeWeek = days.some((d, i) => weekOf(d) === d && i + 6 < days.length);
  const team = Math.max(
    capacity ? Math.ceil(dailyNeed / capacity) : Infinity,
    wholeWeek ? Math.ceil(weekNeed / Math.max(rules.maxShiftsPerWeek, 1)) : 0,
    days.length > k ? (k > 0 ? Math.ceil((nightNeed * (k + 1)) / k) : nightNeed > 0 ? Infinity : 0) : 0,
  );
  const setup = `${ctx.template.name}每天共需 ${dailyNeed} 人次、休息不少于 ${rules.minRestHours} 小时、连续夜班不超过 ${k} 个、每周不超过 ${rules.maxShiftsPerWeek} 个班时，至少需要 ${Number.isFinite(team) ? team : '无数'} 名值班员`;
  if (ctx.people.length < team) reasons.push(`${setup}，名单上只有 ${ctx.people.length} 人`);

  const available = (date: string) =>
    ctx.people.filter(
      (p) => !ctx.leave.some((l) => l.personId === p.id && l.date === date && l.shift === null),
    );
  const short: string[] = [];
  let fewest = Infinity;
  for (const date of days) {
    const n = available(date).length;
    if (n * capacity < dailyNeed || n < team) {
      short.push(date);
      fewest = Math.min(fewest, n);
    }
  }
  if (short.length && ctx.people.length >= team)
    reasons.push(`${setup}；本月 ${ranges(short).join('、')} 只有 ${fewest} 人可排`);

  const uncoverable = instances.filter(
    (i: ShiftInstance) =>
      ctx.people.filter((p) => !onLeave(ctx.leave, p.id, i.date, i.key)).length < i.minStaff,
  );
  for (const i of uncoverable.slice(0, 5))
    reasons.push(
      `${dayLabel(i.date)}${ctx.template.shifts.find((s) => s.key === i.key)!.name}需要 ${i.minStaff} 人，除去请假只剩 ${ctx.people.filter((p) => !onLeave(ctx.leave, p.id, i.date, i.key)).length} 人`,
    );

  // Whole weeks inside the month: what the people can still take against what the week needs.
  const weeks = new Map<string, string[]>();
  for (const d of daysOf(ctx.month, ctx.from)) weeks.set(weekOf(d), [...(weeks.get(weekOf(d)) ?? []), d]);
  for (const [monday, days] of weeks) {
    if (days.length < 7) continue;
    const can = ctx.people.reduce(
      (n, p) =>
        n + Math.min(rules.maxShiftsPerWeek, days.filter((d) => available(d).includes(p)).length * capacity),
      0,
    );
    if (can < weekNeed && ctx.people.length >= team)
      reasons.push(
        `${dayLabel(monday)}起的一周需要 ${weekNeed} 个班次，按每周不超过 ${rules.maxShiftsPerWeek} 个班和请假情况最多只能排 ${can} 个`,
      );
  }
  return reasons;
}
