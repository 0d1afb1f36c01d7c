/**
 * The watch's arithmetic on local minutes (`2026-12-05T14:05`, the form every
 * watch time is stored in). Pure: "now" is always passed in — the core's
 * clock, or a test's — so the supervision clock, downtime and availability
 * are the same on screen, in print and in tests.
 */

/** Minutes on a naive scale (the string read as if it were UTC); only differences matter. */
export const minuteNumber = (at: string): number => Date.parse(`${at.slice(0, 16)}:00Z`) / 60_000;

export const fromMinuteNumber = (n: number): string => new Date(n * 60_000).toISOString().slice(0, 16);

export const addMinutes = (at: string, minutes: number): string =>
  fromMinuteNumber(minuteNumber(at) + minutes);

export const minutesBetween = (from: string, to: string): number => minuteNumber(to) - minuteNumber(from);

/** 2 小时 5 分 / 45 分 / 3 天 2 小时 — downtime and response times as people say them. */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', mins || m === 0 ? `${mins} 分` : ''];
  return parts.filter(Boolean).join(' ');
}

/** The first and the day after the last day of a month `2026-12`, as local minutes. */
export function monthWindow(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01T00:00`, to: `${next}-01T00:00` };
}
