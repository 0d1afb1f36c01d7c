import chineseDays from 'chinese-days';

// The package is a UMD bundle: its functions hang off the default export under Node and Vite alike.
const {
  getHolidaysInRange,
  getSolarDateFromLunar,
  getSolarTermDate,
  isWorkday: officialIsWorkday,
} = chineseDays;

/**
 * Working days (domain.md, service promise): the State Council's yearly
 * arrangement, make-up working weekends (调休) included. Three sources, the
 * first that knows a year wins:
 *   1. the arrangement the director entered for that year (settings);
 *   2. the official calendar in `chinese-days` (published years only, ≤ 2026);
 *   3. the statutory holidays of 《全国年节及纪念日放假办法》 (2025 revision),
 *      without make-up days, which are only known once the State Council publishes them.
 */
export interface YearArrangement {
  year: number;
  /** Days off that would otherwise be working days (`YYYY-MM-DD`). */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
}

export type CalendarSource = 'director' | 'official' | 'statutory';

export interface WorkCalendar {
  isWorkday(day: string): boolean;
  sourceOf(year: number): CalendarSource;
}

const pad = (n: number) => String(n).padStart(2, '0');
const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const format = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const DAY = 86_400_000;

/** Adds calendar days to a `YYYY-MM-DD` day. */
export const addDays = (day: string, n: number): string => format(parse(day) + n * DAY);
const weekday = (day: string) => new Date(parse(day)).getUTCDay();

const officialYears = new Map<number, boolean>();
/** True when `chinese-days` carries the published arrangement for the year. */
export function hasOfficialYear(year: number): boolean {
  let known = officialYears.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    officialYears.set(year, known);
  }
  return known;
}

/** The statutory public holidays of a year (fallback where no arrangement is known). */
export function statutoryHolidays(year: number): string[] {
  const lunar = (m: number, d: number) => getSolarDateFromLunar(`${year}-${pad(m)}-${pad(d)}`).date;
  // 除夕 is the last day of the previous lunar year's twelfth month.
  const newYearsEve = addDays(lunar(1, 1), -1);
  return [
    `${year}-01-01`,
    newYearsEve,
    lunar(1, 1),
    addDays(lunar(1, 1), 1),
    addDays(lunar(1, 1), 2),
    getSolarTermDate(year, 4, 'pure_brightness'),
    `${year}-05-01`,
    `${year}-05-02`,
    lunar(5, 5),
    lunar(8, 15),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ].filter((d) => d.startsWith(String(year)));
}

/** Builds the calendar from the director's arrangements (they win over everything else). */
export function createWorkCalendar(arrangements: readonly YearArrangement[] = []): WorkCalendar {
  const byYear = new Map(
    arrangements.map((a) => [a.year, { holidays: new Set(a.holidays), workdays: new Set(a.workdays) }]),
  );
  const statutory = new Map<number, Set<string>>();
  const sourceOf = (year: number): CalendarSource =>
    byYear.has(year) ? 'director' : hasOfficialYear(year) ? 'official' : 'statutory';
  return {
    sourceOf,
    isWorkday(day) {
      const year = Number(day.slice(0, 4));
      const entered = byYear.get(year);
      const weekend = weekday(day) === 0 || weekday(day) === 6;
      if (entered) return entered.workdays.has(day) || (!weekend && !entered.holidays.has(day));
      if (hasOfficialYear(year)) return officialIsWorkday(day);
      let days = statutory.get(year);
      if (!days) statutory.set(year, (days = new Set(statutoryHolidays(year))));
      return !weekend && !days.has(day);
    },
  };
}

/** The n-th working day after `day` (n ≥ 0; n = 0 is `day` itself if it is a working day, else the next one). */
export function addWorkdays(calendar: WorkCalendar, day: string, n: number): string {
  let current = day;
  if (n === 0) {
    while (!calendar.isWorkday(current)) current = addDays(current, 1);
    return current;
  }
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (calendar.isWorkday(current)) left--;
  }
  return current;
}

/** Working days in (from, to]: 0 when `to` ≤ `from`. */
export function workdaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkday(d)) count++;
  return count;
}
