import type { Db } from '../../db/open';
import { monthWindow } from '../../../../shared/watch/clock';
import {
  CHECK_ITEMS,
  CHECK_RESULTS,
  DISPATCH_TARGETS,
  EVENT_ACTIONS,
  EVENT_CATEGORIES,
  FAULT_SYMPTOMS,
  type CheckItem,
  type CheckResult,
  type DispatchTarget,
  type EventAction,
  type EventCategory,
  type FaultSymptom,
} from '../../../../shared/watch/codes';
import { stmt } from '../cases/cases.queries';
import { getSettings } from '../settings/settings.queries';
import type { DutyLogEvent, DutyLogInput, DutyLogShift } from '../../pdf/dutyLog.pdf';

/**
 * The month's duty log as it is bound (值班记录): every shift whose roster
 * date falls in the month, day by day, with the events it logged (and their
 * dispatches), its equipment check, the faults found in it and those repaired
 * during it, and the handover that ended it. Read in a handful of queries over
 * the month's shifts, so a month of thousands of entries loads at once.
 */

interface ShiftRow {
  id: number;
  date: string;
  shift_key: string;
  shift_name: string;
  planned_start: string;
  planned_end: string;
  operator: string;
  rostered: number;
  off_roster_reason: string | null;
  opened_at: string;
  closed_at: string | null;
  closing_note: string | null;
}

interface EventRow {
  id: number;
  shift_id: number;
  occurred_at: string;
  point: string | null;
  category: EventCategory;
  description: string;
  action: EventAction;
  result: string | null;
  status: 'open' | 'closed';
  closed_at: string | null;
  case_code: string | null;
}

interface DispatchRow {
  event_id: number;
  target: DispatchTarget;
  whom: string;
  notified_at: string;
  arrived_at: string | null;
  reported_at: string | null;
  report: string | null;
}

interface FaultRow {
  shift_id: number | null;
  what: string;
  symptom: FaultSymptom;
  detail: string | null;
  found_at: string;
  found_by: string;
  repairer: string | null;
  repaired_at: string | null;
  result: string | null;
}

const MONTH_SHIFTS = 'SELECT id FROM watch_shifts WHERE date >= ? AND date < ?';

/** 08:05 within the shift's day, 11-25 00:10 on another. */
export const clockOf = (at: string | null, day: string): string =>
  at === null ? '' : at.slice(0, 10) === day ? at.slice(11, 16) : `${at.slice(5, 10)} ${at.slice(11, 16)}`;

const group = <T, K>(rows: readonly T[], key: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

function faultLine(f: FaultRow, day: string, repairedLine: boolean): string {
  const symptom = `${FAULT_SYMPTOMS[f.symptom]}${f.detail ? `（${f.detail}）` : ''}`;
  if (repairedLine)
    return `${f.what} ${symptom}：${clockOf(f.repaired_at, day)} 修复${f.repairer ? `（${f.repairer}）` : ''}${f.result ? `，${f.result}` : ''}`;
  return `${f.what} ${symptom}：${clockOf(f.found_at, day)} ${f.found_by} 发现${f.repaired_at ? '' : '，未修复'}`;
}

export function dutyLogRecord(db: Db, month: string): DutyLogInput {
  const { from, to } = monthWindow(month);
  const [dFrom, dTo] = [from.slice(0, 10), to.slice(0, 10)];
  const shifts = stmt(
    db,
    `SELECT s.id, s.date, s.shift_key, s.shift_name, s.planned_start, s.planned_end, a.display_name AS operator, s.rostered,
       s.off_roster_reason, s.opened_at, s.closed_at, s.closing_note
     FROM watch_shifts s JOIN accounts a ON a.id = s.operator_id
     WHERE s.date >= ? AND s.date < ? ORDER BY s.date, s.opened_at, s.id`,
  ).all(dFrom, dTo) as ShiftRow[];
  const events = stmt(
    db,
    `SELECT e.id, e.shift_id, e.occurred_at, CASE WHEN p.id IS NULL THEN NULL ELSE p.code || ' ' || p.name END AS point,
       e.category, e.description, e.action, e.result, e.status, e.closed_at, c.code AS case_code
     FROM watch_events e LEFT JOIN watch_points p ON p.id = e.point_id LEFT JOIN cases c ON c.id = e.case_id
     WHERE e.shift_id IN (${MONTH_SHIFTS}) ORDER BY e.shift_id, e.occurred_at, e.id`,
  ).all(dFrom, dTo) as EventRow[];
  const dispatches = stmt(
    db,
    `SELECT event_id, target, whom, notified_at, arrived_at, reported_at, report FROM watch_dispatches
     WHERE event_id IN (SELECT id FROM watch_events WHERE shift_id IN (${MONTH_SHIFTS})) ORDER BY id`,
  ).all(dFrom, dTo) as DispatchRow[];
  const checks = stmt(
    db,
    `SELECT shift_id, ptz, recording, clarity, note, checked_at, checked_by FROM watch_checks
     WHERE shift_id IN (${MONTH_SHIFTS})`,
  ).all(dFrom, dTo) as ({
    shift_id: number;
    note: string | null;
    checked_at: string;
    checked_by: string;
  } & Record<CheckItem, CheckResult>)[];
  const FAULT = `SELECT f.shift_id, coalesce(p.code || ' ' || p.name, f.device) AS what, f.symptom, f.detail, f.found_at,
       f.found_by, f.repairer, f.repaired_at, f.result FROM watch_faults f LEFT JOIN watch_points p ON p.id = f.point_id`;
  const found = stmt(db, `${FAULT} WHERE f.shift_id IN (${MONTH_SHIFTS}) ORDER BY f.found_at, f.id`).all(
    dFrom,
    dTo,
  ) as FaultRow[];
  // Repairs are listed under the shift on watch when they were recorded as done.
  const repaired = stmt(
    db,
    `${FAULT} WHERE f.repaired_at >= ? AND f.repaired_at < ? ORDER BY f.repaired_at, f.id`,
  ).all(shifts[0]?.opened_at ?? from, to) as FaultRow[];
  const handovers = stmt(
    db,
    `SELECT h.from_shift_id, i.display_name AS incoming, h.incoming_confirmed_at AS at, h.keys_count,
       h.radios_count, h.media_count, h.instructions, h.notes, h.override_by, h.override_reason
     FROM watch_handovers h JOIN accounts i ON i.id = h.incoming_id
     WHERE h.from_shift_id IN (${MONTH_SHIFTS})`,
  ).all(dFrom, dTo) as {
    from_shift_id: number;
    incoming: string;
    at: string;
    keys_count: number;
    radios_count: number;
    media_count: number;
    instructions: string;
    notes: string | null;
    override_by: string | null;
    override_reason: string | null;
  }[];

  const eventsOf = group(events, (e) => e.shift_id);
  const dispatchesOf = group(dispatches, (d) => d.event_id);
  const checkOf = new Map(checks.map((c) => [c.shift_id, c]));
  const foundIn = group(found, (f) => f.shift_id);
  const handoverOf = new Map(handovers.map((h) => [h.from_shift_id, h]));

  const toShift = (s: ShiftRow): DutyLogShift => {
    const day = s.date;
    const c = checkOf.get(s.id);
    const h = handoverOf.get(s.id);
    const end = s.closed_at ?? '9999';
    return {
      date: day,
      shiftName: s.shift_name,
      // Opened with no rostered shift (shift_key '-'), it has no planned hours to show.
      planned: s.shift_key === '-' ? null : `${s.planned_start.slice(11, 16)}—${s.planned_end.slice(11, 16)}`,
      operator: s.operator,
      offRoster: s.rostered ? null : (s.off_roster_reason ?? ''),
      openedAt: clockOf(s.opened_at, day),
      closedAt: s.closed_at ? clockOf(s.closed_at, day) : null,
      closingNote: s.closing_note,
      events: (eventsOf.get(s.id) ?? []).map((e): DutyLogEvent => ({
        at: clockOf(e.occurred_at, day),
        point: e.point ?? '',
        category: EVENT_CATEGORIES[e.category],
        description: e.description,
        action: EVENT_ACTIONS[e.action],
        dispatches: (dispatchesOf.get(e.id) ?? []).map((d) => ({
          // 「巡逻队王队长」 names its target already; 「王队长」 gets it in front.
          whom: d.whom.includes(DISPATCH_TARGETS[d.target])
            ? d.whom
            : `${DISPATCH_TARGETS[d.target]} ${d.whom}`,
          notifiedAt: clockOf(d.notified_at, day),
          arrivedAt: clockOf(d.arrived_at, day),
          report: d.report ? `${clockOf(d.reported_at, day)} ${d.report}` : '',
        })),
        result:
          e.status === 'closed' ? `${e.result ?? ''}（${clockOf(e.closed_at, day)} 办结）` : '（未办结）',
        caseCode: e.case_code ?? '',
      })),
      check: c
        ? `${(Object.keys(CHECK_ITEMS) as CheckItem[]).map((k) => `${CHECK_ITEMS[k]} ${CHECK_RESULTS[c[k]]}`).join('，')}${c.note ? `；${c.note}` : ''}（${clockOf(c.checked_at, day)} ${c.checked_by}）`
        : null,
      faultsFound: (foundIn.get(s.id) ?? []).map((f) => faultLine(f, day, false)),
      faultsRepaired: repaired
        .filter((f) => f.repaired_at! >= s.opened_at && f.repaired_at! < end)
        .map((f) => faultLine(f, day, true)),
      handover: h
        ? `${s.operator} 交 ${h.incoming}，${clockOf(h.at, day)}；钥匙 ${h.keys_count}、对讲机 ${h.radios_count}、存储介质 ${h.media_count}${h.instructions ? `；上级指示：${h.instructions}` : ''}${h.notes ? `；${h.notes}` : ''}${h.override_by ? `；${h.override_by} 同意带处置中事件交接（${h.override_reason ?? ''}）` : ''}`
        : null,
    };
  };

  return {
    centreName: getSettings(db).centreName,
    month,
    shifts: shifts.map(toShift),
    eventCount: events.length,
  };
}

/** The month's filing, if it was filed: its 档号. */
export function filedCode(db: Db, month: string): { itemId: number; code: string; filedAt: string } | null {
  return (
    (stmt(
      db,
      `SELECT f.item_id AS itemId, i.code, f.filed_at AS filedAt FROM watch_dutylog_filings f
       JOIN archive_items i ON i.id = f.item_id WHERE f.month = ?`,
    ).get(month) as { itemId: number; code: string; filedAt: string } | undefined) ?? null
  );
}
