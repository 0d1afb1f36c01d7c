import { z } from 'zod';
import type { MonthRange } from '../stats/months';
import type { Count } from '../stats/schemas';
import type { DispatchTarget } from './codes';

/**
 * 分析汇总 (issue 12 §8): a month of the watch in figures — events by
 * category, by point and by hour of day × weekday, dispatch response times,
 * faults and downtime, footage requests, shifts — and the month's duty log as
 * a bound record filed into the archive catalogue as 值班记录.
 */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' });

/** The month whose duty log is printed or filed. */
export const watchMonthInput = z.object({ month }).strict();
export type WatchMonthInput = z.infer<typeof watchMonthInput>;

/** Response times of a set of dispatches: notified → first answer (arrival or result). */
export interface ResponseFigures {
  dispatches: number;
  /** Came back (arrival or result); the median and p90 are of these. */
  answered: number;
  /** Nothing back yet. */
  waiting: number;
  /** Came back after their due time, or not at all and past it (督查督办: red). */
  late: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface TargetResponse extends ResponseFigures {
  target: DispatchTarget;
  label: string;
}

export interface PointCount {
  pointId: number;
  code: string;
  name: string;
  count: number;
}

export interface PointAvailability {
  pointId: number;
  code: string;
  name: string;
  faults: number;
  downMinutes: number;
  /** 0…1 over the month's elapsed minutes. */
  availability: number;
}

export interface WatchAnalysis {
  period: MonthRange;
  /** The core's time the figures were counted at (open faults and waiting dispatches run to it). */
  asOf: string;
  events: {
    total: number;
    open: number;
    dispatched: number;
    /** Turned into a ledger case. */
    toCase: number;
    byCategory: Count[];
    /** The points with most events, most first (at most ten). */
    topPoints: PointCount[];
    withoutPoint: number;
    /** heat[weekday][hour]: weekday 0 = 星期一 … 6 = 星期日, hour 0–23. */
    heat: number[][];
  };
  response: ResponseFigures & { byTarget: TargetResponse[] };
  faults: {
    /** Found in the month. */
    found: number;
    repaired: number;
    /** Still unrepaired as of `asOf` (found in the month or before). */
    openNow: number;
    bySymptom: Count[];
    /** Down minutes within the month, each point or device counted once where its faults overlap. */
    downtimeMinutes: number;
    /** Points in service during the month. */
    pointsInService: number;
    /** Mean availability of the points in service; null when there were none or the month has not begun. */
    availability: number | null;
    /** The points with downtime in the month, least available first. */
    points: PointAvailability[];
  };
  footage: {
    /** Requests made in the month (a correction replaces the entry it corrects). */
    requests: number;
    approved: number;
    refused: number;
    pending: number;
    /** Requests with at least one copy made. */
    copied: number;
    likelyOverwritten: number;
    corrections: number;
  };
  shifts: {
    count: number;
    nothingToReport: number;
    offRoster: number;
    stillOpen: number;
  };
  /**
   * For a single month: its duty log, whether the month is over by the core's
   * clock (it is filed only then) and its filing as 值班记录, once filed.
   * null for a range of months (a duty log is printed and filed by the month).
   */
  dutyLog: {
    month: string;
    ended: boolean;
    filed: { itemId: number; code: string; filedAt: string } | null;
  } | null;
}

/** What filing the month's duty log made (值班记录 in the archive catalogue). */
export interface DutyLogFiling {
  month: string;
  itemId: number;
  code: string;
  pages: number;
  fileName: string;
}

/**
 * The q-quantile of ascending values by the nearest-rank method (the value at
 * rank ⌈q·n⌉): always one of the observed minutes, as a supervisor would read
 * it off the list — 「九成的派遣在 N 分钟内有反馈」. null when there are none.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** The median: the mean of the two middle values of an even count, so it may end in .5. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Weekday of a local date `2026-11-24…`, 0 = 星期一 … 6 = 星期日 (the week as the heat map reads it). */
export function weekdayOf(at: string): number {
  const sunday0 = new Date(`${at.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return (sunday0 + 6) % 7;
}

/** The heat map's cell of a local minute: [weekday, hour]. */
export const heatCellOf = (at: string): [number, number] => [weekdayOf(at), Number(at.slice(11, 13))];

export const WEEKDAY_LABELS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;
