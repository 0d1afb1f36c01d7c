import { minuteNumber, minutesBetween } from './clock';

/**
 * Downtime and availability of the equipment (设备故障: 停机时长 computed).
 * A fault is down from its found time until repaired — or until now while
 * open. A point's availability for a window counts each down minute once
 * even when faults overlap (a camera both 离线 and 无录像 is down once).
 */
export interface FaultSpan {
  foundAt: string;
  repairedAt: string | null;
}

/** 停机时长 in minutes: found → repaired, or → now while still open. */
export const downtimeMinutes = (f: FaultSpan, now: string): number =>
  Math.max(0, minutesBetween(f.foundAt, f.repairedAt ?? (now > f.foundAt ? now : f.foundAt)));

/** Minutes of the window [from, to) that the faults cover, overlaps counted once; the window ends at now at the latest. */
export function downMinutesIn(faults: readonly FaultSpan[], from: string, to: string, now: string): number {
  const end = Math.min(minuteNumber(to), minuteNumber(now));
  const start = minuteNumber(from);
  const spans = faults
    .map(
      (f) =>
        [Math.max(start, minuteNumber(f.foundAt)), Math.min(end, minuteNumber(f.repairedAt ?? now))] as const,
    )
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = start;
  for (const [a, b] of spans) {
    const from2 = Math.max(a, reach);
    if (b > from2) total += b - from2;
    reach = Math.max(reach, b);
  }
  return total;
}

/**
 * Availability (在线率) of one point over [from, to): the share of the
 * window's elapsed minutes it was up, 1 when the window has not begun.
 */
export function availability(faults: readonly FaultSpan[], from: string, to: string, now: string): number {
  const span = Math.min(minuteNumber(to), minuteNumber(now)) - minuteNumber(from);
  if (span <= 0) return 1;
  return 1 - downMinutesIn(faults, from, to, now) / span;
}
