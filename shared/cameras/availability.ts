import { availability, downMinutesIn, type FaultSpan } from '../watch/availability';
import { minuteNumber, monthWindow } from '../watch/clock';
import type { MonthAvailability, PointAvailability } from './schemas';

/**
 * A month's availability per camera point (在线率, issue 12 §5), pure so the
 * page, a print and the tests agree: each point's down minutes in the month
 * with overlapping faults counted once, the share of the month's elapsed
 * minutes it was up, and how many faults touched the month (a fault found
 * in October and repaired on 1 November counts in both).
 */

export interface PointSpan {
  id: number;
  code: string;
  name: string;
  /** The day it was retired: it counts until that day's start, and not at all in later months. */
  retiredOn: string | null;
}

export interface PointFault extends FaultSpan {
  pointId: number | null;
}

/** Whether a fault was down at some minute of [from, to) — or was found in it. */
const touches = (f: FaultSpan, from: string, to: string): boolean =>
  f.foundAt < to && (f.repairedAt === null || f.repairedAt > from || f.foundAt >= from);

export function monthAvailability(
  month: string,
  points: readonly PointSpan[],
  faults: readonly PointFault[],
  now: string,
): MonthAvailability {
  const { from, to } = monthWindow(month);
  const byPoint = new Map<number, PointFault[]>();
  for (const f of faults) {
    if (f.pointId === null) continue;
    const list = byPoint.get(f.pointId) ?? [];
    list.push(f);
    byPoint.set(f.pointId, list);
  }
  const rows: PointAvailability[] = points
    .filter((p) => p.retiredOn === null || `${p.retiredOn}T00:00` > from)
    .map((p) => {
      const end = p.retiredOn !== null && `${p.retiredOn}T00:00` < to ? `${p.retiredOn}T00:00` : to;
      const own = (byPoint.get(p.id) ?? []).filter((f) => touches(f, from, end));
      return {
        pointId: p.id,
        code: p.code,
        name: p.name,
        retired: p.retiredOn !== null,
        downMinutes: downMinutesIn(own, from, end, now),
        availability: availability(own, from, end, now),
        faultCount: own.length,
      };
    });
  const elapsed = Math.max(0, Math.min(minuteNumber(to), minuteNumber(now)) - minuteNumber(from));
  return {
    month,
    elapsedMinutes: elapsed,
    points: rows,
    total: {
      downMinutes: rows.reduce((s, r) => s + r.downMinutes, 0),
      availability: rows.length ? rows.reduce((s, r) => s + r.availability, 0) / rows.length : 1,
      faultCount: rows.reduce((s, r) => s + r.faultCount, 0),
      deviceFaultCount: faults.filter((f) => f.pointId === null && touches(f, from, to)).length,
    },
  };
}
