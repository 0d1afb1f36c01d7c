/**
 * Month arithmetic for the statistics (每月逐级填报统计): months are `YYYY-MM`
 * strings, compared as strings; a period is a closed range of whole months.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Months since year 0, so that adding and subtracting months is integer arithmetic. */
const index = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (i: number): string =>
  `${String(Math.floor(i / 12)).padStart(4, '0')}-${pad((i % 12) + 1)}`;

/** `month` moved by `n` months (negative goes back): addMonths('2026-01', -1) = '2025-12'. */
export function addMonths(month: string, n: number): string {
  return fromIndex(index(month) + n);
}

/** How many months the closed range from…to holds (1 for a single month). */
export function monthCount(from: string, to: string): number {
  return index(to) - index(from) + 1;
}

/** Every month of the closed range from…to, in order. */
export function monthsOf(from: string, to: string): string[] {
  const n = Math.max(0, monthCount(from, to));
  return Array.from({ length: n }, (_, i) => addMonths(from, i));
}

/** A closed range of whole months. */
export interface MonthRange {
  from: string;
  to: string;
}

/** 环比: the period of the same length just before (2026-01 → 2025-12; 2026-01…03 → 2025-10…12). */
export function previousPeriod({ from, to }: MonthRange): MonthRange {
  const n = monthCount(from, to);
  return { from: addMonths(from, -n), to: addMonths(to, -n) };
}

/** 同比: the same months one year earlier (2026-01 → 2025-01). */
export function lastYearPeriod({ from, to }: MonthRange): MonthRange {
  return { from: addMonths(from, -12), to: addMonths(to, -12) };
}

/**
 * Whether two periods are the same months. A twelve-month period (本年) has
 * the year before as both its 环比 and its 同比: shown once, as 同比 (issue 13, item 14).
 */
export const sameRange = (a: MonthRange, b: MonthRange): boolean => a.from === b.from && a.to === b.to;

/** The month of a local date or date-time (`2026-11-24…` → `2026-11`). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The period in words: 2026年11月, or 2026年1月至2026年3月. */
export function periodLabel({ from, to }: MonthRange): string {
  const one = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  return from === to ? one(from) : `${one(from)}至${one(to)}`;
}
