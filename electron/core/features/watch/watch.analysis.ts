import type { Db } from '../../db/open';
import { downMinutesIn, type FaultSpan } from '../../../../shared/watch/availability';
import { minuteNumber, monthWindow } from '../../../../shared/watch/clock';
import {
  DISPATCH_TARGETS,
  EVENT_CATEGORIES,
  FAULT_SYMPTOMS,
  type DispatchTarget,
} from '../../../../shared/watch/codes';
import {
  heatCellOf,
  median,
  quantile,
  type PointAvailability,
  type ResponseFigures,
  type WatchAnalysis,
} from '../../../../shared/watch/analysis';
import type { MonthRange } from '../../../../shared/stats/months';
import type { Count } from '../../../../shared/stats/schemas';
import { stmt } from '../cases/cases.queries';
import { filedCode } from './watch.dutylog';

/**
 * 分析汇总 of one month, counted in SQL over the month's index ranges of
 * migration 010 (events by occurred_at, dispatches by notified_at, shifts by
 * date, footage by requested_at): a month is some thousands of rows of the
 * 200 000, so every figure reads only them. Medians and the 90th percentile
 * need the sorted minutes, which SQL hands over already ordered; downtime
 * needs overlapping faults merged per point, done by shared/watch/availability
 * over the few faults of the month. `now` is the core's clock: a dispatch
 * still waiting is late by it, an open fault is down until it.
 */

const counted = <K extends string>(
  labels: Record<K, string>,
  rows: readonly { key: string; n: number }[],
) => {
  const by = new Map(rows.map((r) => [r.key, r.n]));
  return (Object.keys(labels) as K[]).map((key): Count => ({
    key,
    label: labels[key],
    count: by.get(key) ?? 0,
  }));
};

function eventFigures(db: Db, from: string, to: string): WatchAnalysis['events'] {
  // One pass per figure over the covering index of migration 011, by category with the totals beside.
  const byCategory = stmt(
    db,
    `SELECT category AS key, count(*) AS n, coalesce(sum(status = 'open'), 0) AS open,
       coalesce(sum(case_id IS NOT NULL), 0) AS to_case, coalesce(sum(point_id IS NULL), 0) AS without_point,
       coalesce(sum(EXISTS (SELECT 1 FROM watch_dispatches d WHERE d.event_id = e.id)), 0) AS dispatched
     FROM watch_events e WHERE occurred_at >= ? AND occurred_at < ? GROUP BY category`,
  ).all(from, to) as {
    key: string;
    n: number;
    open: number;
    to_case: number;
    without_point: number;
    dispatched: number;
  }[];
  const sum = (pick: (r: (typeof byCategory)[number]) => number) =>
    byCategory.reduce((n, r) => n + pick(r), 0);
  const topPoints = stmt(
    db,
    `SELECT p.id AS pointId, p.code, p.name, t.n AS count FROM
       (SELECT point_id, count(*) AS n FROM watch_events
        WHERE occurred_at >= ? AND occurred_at < ? AND point_id IS NOT NULL
        GROUP BY point_id ORDER BY n DESC, point_id LIMIT 10) t
     JOIN watch_points p ON p.id = t.point_id ORDER BY t.n DESC, p.code`,
  ).all(from, to) as WatchAnalysis['events']['topPoints'];
  // By the hour as stored (2026-11-24T08): in index order, so no sorting; the weekday is the date's.
  const hours = stmt(
    db,
    `SELECT substr(occurred_at, 1, 13) AS hour, count(*) AS count
     FROM watch_events WHERE occurred_at >= ? AND occurred_at < ? GROUP BY 1`,
  ).all(from, to) as { hour: string; count: number }[];
  const heat = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const h of hours) {
    const [d, hour] = heatCellOf(h.hour);
    heat[d]![hour]! += h.count;
  }
  return {
    total: sum((r) => r.n),
    open: sum((r) => r.open),
    dispatched: sum((r) => r.dispatched),
    toCase: sum((r) => r.to_case),
    byCategory: counted(EVENT_CATEGORIES, byCategory),
    topPoints,
    withoutPoint: sum((r) => r.without_point),
    heat,
  };
}

/** First answer = the earlier of arrival and result, whichever exist (shared/watch/supervision firstAnswer). */
const ANSWER = 'coalesce(min(arrived_at, reported_at), arrived_at, reported_at)';

function responseFigures(db: Db, from: string, to: string, now: string): WatchAnalysis['response'] {
  const groups = stmt(
    db,
    `SELECT target, count(*) AS dispatches, count(${ANSWER}) AS answered,
       coalesce(sum(CASE WHEN ${ANSWER} IS NULL THEN ? > due_at ELSE ${ANSWER} > due_at END), 0) AS late
     FROM watch_dispatches WHERE notified_at >= ? AND notified_at < ? GROUP BY target`,
  ).all(now, from, to) as { target: DispatchTarget; dispatches: number; answered: number; late: number }[];
  const minutes = stmt(
    db,
    `SELECT target, CAST(round((julianday(${ANSWER}) - julianday(notified_at)) * 1440) AS INTEGER) AS m
     FROM watch_dispatches WHERE notified_at >= ? AND notified_at < ? AND ${ANSWER} IS NOT NULL
     ORDER BY m`,
  ).all(from, to) as { target: DispatchTarget; m: number }[];
  const figures = (
    g: { dispatches: number; answered: number; late: number },
    sorted: number[],
  ): ResponseFigures => ({
    dispatches: g.dispatches,
    answered: g.answered,
    waiting: g.dispatches - g.answered,
    late: g.late,
    medianMinutes: median(sorted),
    p90Minutes: quantile(sorted, 0.9),
  });
  const sum = (pick: (g: (typeof groups)[number]) => number) => groups.reduce((n, g) => n + pick(g), 0);
  const all = figures(
    { dispatches: sum((g) => g.dispatches), answered: sum((g) => g.answered), late: sum((g) => g.late) },
    minutes.map((r) => r.m),
  );
  const byTarget = (Object.keys(DISPATCH_TARGETS) as DispatchTarget[]).flatMap((target) => {
    const g = groups.find((x) => x.target === target);
    if (!g) return [];
    const sorted = minutes.filter((r) => r.target === target).map((r) => r.m);
    return [{ target, label: DISPATCH_TARGETS[target], ...figures(g, sorted) }];
  });
  return { ...all, byTarget };
}

interface FaultRow extends FaultSpan {
  point_id: number | null;
  device: string | null;
  code: string | null;
  name: string | null;
  symptom: string;
}

function faultFigures(db: Db, from: string, to: string, now: string): WatchAnalysis['faults'] {
  // Those down at some minute of the month: found before its end, not repaired before its start.
  const rows = stmt(
    db,
    `SELECT f.point_id, f.device, p.code, p.name, f.symptom, f.found_at AS foundAt, f.repaired_at AS repairedAt
     FROM watch_faults f LEFT JOIN watch_points p ON p.id = f.point_id
     WHERE f.found_at < ? AND (f.repaired_at IS NULL OR f.repaired_at > ?)`,
  ).all(to, from) as FaultRow[];
  const counts = stmt(
    db,
    `SELECT count(*) AS found, count(repaired_at) AS repaired FROM watch_faults WHERE found_at >= ? AND found_at < ?`,
  ).get(from, to) as { found: number; repaired: number };
  const bySymptom = stmt(
    db,
    `SELECT symptom AS key, count(*) AS n FROM watch_faults WHERE found_at >= ? AND found_at < ? GROUP BY symptom`,
  ).all(from, to) as { key: string; n: number }[];
  const { openNow } = stmt(
    db,
    'SELECT count(*) AS openNow FROM watch_faults WHERE repaired_at IS NULL AND found_at <= ?',
  ).get(now) as { openNow: number };
  const { inService } = stmt(
    db,
    `SELECT count(*) AS inService FROM watch_points
     WHERE created_at < ? AND (retired = 0 OR retired_on IS NULL OR retired_on >= ?)`,
  ).get(to, from.slice(0, 10)) as { inService: number };

  // One piece of equipment is down once however many of its faults overlap.
  const byEquipment = new Map<string, FaultRow[]>();
  for (const r of rows) {
    const key = r.point_id !== null ? `p${r.point_id}` : `d${r.device ?? ''}`;
    byEquipment.set(key, [...(byEquipment.get(key) ?? []), r]);
  }
  const span = Math.max(0, Math.min(minuteNumber(to), minuteNumber(now)) - minuteNumber(from));
  let downtime = 0;
  const points: PointAvailability[] = [];
  for (const faults of byEquipment.values()) {
    const down = downMinutesIn(faults, from, to, now);
    downtime += down;
    const p = faults[0]!;
    if (p.point_id !== null && down > 0)
      points.push({
        pointId: p.point_id,
        code: p.code ?? '',
        name: p.name ?? '',
        faults: faults.length,
        downMinutes: down,
        availability: span > 0 ? 1 - down / span : 1,
      });
  }
  points.sort((x, y) => x.availability - y.availability || x.code.localeCompare(y.code));
  const pointDown = points.reduce((n, p) => n + p.downMinutes, 0);
  return {
    found: counts.found,
    repaired: counts.repaired,
    openNow,
    bySymptom: counted(FAULT_SYMPTOMS, bySymptom),
    downtimeMinutes: downtime,
    pointsInService: inService,
    availability: inService > 0 && span > 0 ? 1 - pointDown / (inService * span) : null,
    points,
  };
}

function footageFigures(db: Db, from: string, to: string): WatchAnalysis['footage'] {
  // An entry corrected later is replaced by its correction (the register is append-only).
  const r = stmt(
    db,
    `SELECT count(*) AS requests,
       coalesce(sum(d.approved = 1), 0) AS approved,
       coalesce(sum(d.approved = 0), 0) AS refused,
       coalesce(sum(d.id IS NULL), 0) AS pending,
       coalesce(sum(EXISTS (SELECT 1 FROM footage_copies c WHERE c.request_id = r.id)), 0) AS copied,
       coalesce(sum(r.likely_overwritten), 0) AS likelyOverwritten,
       coalesce(sum(r.corrects_id IS NOT NULL), 0) AS corrections
     FROM footage_requests r LEFT JOIN footage_decisions d ON d.request_id = r.id
     WHERE r.requested_at >= ? AND r.requested_at < ?
       AND r.id NOT IN (SELECT corrects_id FROM footage_requests WHERE corrects_id IS NOT NULL)`,
  ).get(from, to) as WatchAnalysis['footage'];
  return { ...r };
}

function shiftFigures(db: Db, from: string, to: string): WatchAnalysis['shifts'] {
  return stmt(
    db,
    // 本班无异常: closed having logged nothing (the closing note may carry the operator's words after it).
    `SELECT count(*) AS count,
       coalesce(sum(closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM watch_events e WHERE e.shift_id = s.id)), 0)
         AS nothingToReport,
       coalesce(sum(rostered = 0), 0) AS offRoster, coalesce(sum(closed_at IS NULL), 0) AS stillOpen
     FROM watch_shifts s WHERE date >= ? AND date < ?`,
  ).get(from.slice(0, 10), to.slice(0, 10)) as WatchAnalysis['shifts'];
}

/** The figures of a period of whole months (a month, or the statistics workbook's range). */
export function watchAnalysis(db: Db, period: MonthRange, now: string): WatchAnalysis {
  const from = monthWindow(period.from).from;
  const to = monthWindow(period.to).to;
  return {
    period: { from: period.from, to: period.to },
    asOf: now,
    events: eventFigures(db, from, to),
    response: responseFigures(db, from, to, now),
    faults: faultFigures(db, from, to, now),
    footage: footageFigures(db, from, to),
    shifts: shiftFigures(db, from, to),
    dutyLog:
      period.from === period.to
        ? { month: period.from, ended: now >= to, filed: filedCode(db, period.from) }
        : null,
  };
}
