import { addDays } from '../../../../shared/calendar/workdays';
import type { Leader } from '../../../../shared/duty/schemas';
import { daysOf } from '../../../../shared/duty/shifts';
import { weekOf } from '../../../../shared/duty/validate';

/** How far one entry of a 带班领导 reaches: its day, its week (Monday to Sunday), or the month. */
export type LeaderSpan = 'day' | 'week' | 'month';

/**
 * The month's 带班领导 after one entry: the days it reaches (only those in the
 * month: a week across the month's end is cut at it) take the new leader, the
 * others keep theirs; in date order, as the server stores them.
 */
export function leaderDays(
  leaders: readonly Leader[],
  month: string,
  date: string,
  span: LeaderSpan,
  who: { name: string; phone: string },
): Leader[] {
  const monday = weekOf(date);
  const reached =
    span === 'day'
      ? [date]
      : span === 'week'
        ? Array.from({ length: 7 }, (_, i) => addDays(monday, i))
        : daysOf(month);
  const days = new Set(reached.filter((d) => d.startsWith(month)));
  return [...leaders.filter((l) => !days.has(l.date)), ...[...days].map((d) => ({ date: d, ...who }))].sort(
    (a, b) => a.date.localeCompare(b.date),
  );
}
