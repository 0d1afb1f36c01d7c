import { monthAvailability, type PointFault, type PointSpan } from '../../../../shared/cameras/availability';
import type { MonthAvailability } from '../../../../shared/cameras/schemas';
import { monthWindow } from '../../../../shared/watch/clock';
import type { Db } from '../../db/open';
import { stmt } from '../cases/cases.queries';

/**
 * 在线率 of a month: the points that were in service at some time in it and
 * the faults that touched it (found before its end, not repaired before its
 * start), summed by the pure rule in shared/cameras/availability.ts.
 */
export function availabilityOf(db: Db, month: string, now: string): MonthAvailability {
  const { from, to } = monthWindow(month);
  const points = stmt(
    db,
    `SELECT id, code, name, retired_on AS retiredOn FROM watch_points
     WHERE retired_on IS NULL OR retired_on > ? ORDER BY code`,
  ).all(from.slice(0, 10)) as PointSpan[];
  const faults = stmt(
    db,
    `SELECT point_id AS pointId, found_at AS foundAt, repaired_at AS repairedAt FROM watch_faults
     WHERE found_at < ? AND (repaired_at IS NULL OR repaired_at >= ?)`,
  ).all(to, from) as PointFault[];
  return monthAvailability(month, points, faults, now);
}
