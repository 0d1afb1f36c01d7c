import type { Db } from '../../db/open';
import { addMinutes } from '../../../../shared/watch/clock';
import {
  EVENT_ACTIONS,
  EVENT_CATEGORIES,
  DISPATCH_TARGETS,
  targetOfAction,
} from '../../../../shared/watch/codes';
import type { Dispatch, EventPage, WatchEvent } from '../../../../shared/watch/schemas';
import { dispatchState, isBeingHandled, isOverdue } from '../../../../shared/watch/supervision';
import type { z } from 'zod';
import type {
  closeEventInput,
  dispatchInput,
  listEventsInput,
  logEventInput,
  reportInput,
  updateEventInput,
} from '../../../../shared/watch/schemas';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';

/**
 * The duty log's events (值班日志) and their dispatches (督查督办). An event
 * belongs to the shift that logged it and stays open across shifts until
 * someone closes it with its result; every dispatch is followed until it
 * reports back. States (late, being handled) are computed against the
 * core's clock on every answer, never stored, so they cannot go stale.
 */

interface EventRow {
  id: number;
  shift_id: number;
  occurred_at: string;
  point_id: number | null;
  point_code: string | null;
  point_name: string | null;
  category: WatchEvent['category'];
  description: string;
  action: WatchEvent['action'];
  result: string | null;
  footage_saved: string | null;
  status: WatchEvent['status'];
  closed_at: string | null;
  closed_by: string | null;
  case_id: number | null;
  case_code: string | null;
  recorded_by: string;
}

interface DispatchRow {
  id: number;
  event_id: number;
  target: Dispatch['target'];
  whom: string;
  notified_at: string;
  due_at: string;
  arrived_at: string | null;
  reported_at: string | null;
  report: string | null;
  recorded_by: string;
}

const SELECT = `SELECT e.id, e.shift_id, e.occurred_at, e.point_id, p.code AS point_code, p.name AS point_name,
  e.category, e.description, e.action, e.result, e.footage_saved, e.status, e.closed_at, e.closed_by,
  e.case_id, c.code AS case_code, e.recorded_by
  FROM watch_events e LEFT JOIN watch_points p ON p.id = e.point_id LEFT JOIN cases c ON c.id = e.case_id`;

const toDispatch = (r: DispatchRow, now: string): Dispatch => {
  const d = {
    id: r.id,
    eventId: r.event_id,
    target: r.target,
    whom: r.whom,
    notifiedAt: r.notified_at,
    dueAt: r.due_at,
    arrivedAt: r.arrived_at,
    reportedAt: r.reported_at,
    report: r.report,
    recordedBy: r.recorded_by,
  };
  return { ...d, state: dispatchState(d, now) };
};

/** Events with their dispatches, states as of `now`. */
function withDispatches(db: Db, rows: readonly EventRow[], now: string): WatchEvent[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const all = db
    .prepare(`SELECT * FROM watch_dispatches WHERE event_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`)
    .all(...ids) as DispatchRow[];
  const byEvent = new Map<number, Dispatch[]>();
  for (const d of all) byEvent.set(d.event_id, [...(byEvent.get(d.event_id) ?? []), toDispatch(d, now)]);
  return rows.map((r) => {
    const dispatches = byEvent.get(r.id) ?? [];
    const status = r.status;
    return {
      id: r.id,
      shiftId: r.shift_id,
      occurredAt: r.occurred_at,
      pointId: r.point_id,
      pointCode: r.point_code,
      pointName: r.point_name,
      category: r.category,
      description: r.description,
      action: r.action,
      result: r.result,
      footageSaved: r.footage_saved,
      status,
      closedAt: r.closed_at,
      closedBy: r.closed_by,
      caseId: r.case_id,
      caseCode: r.case_code,
      recordedBy: r.recorded_by,
      dispatches,
      overdue: isOverdue({ status }, dispatches, now),
      beingHandled: isBeingHandled({ status }, dispatches),
    };
  });
}

export function eventById(db: Db, id: number, now: string): WatchEvent {
  const r = stmt(db, `${SELECT} WHERE e.id = ?`).get(id) as EventRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条值班记录。');
  return withDispatches(db, [r], now)[0] as WatchEvent;
}

/** Every open event, overdue ones first, then oldest first (they have waited longest). */
export function openEvents(db: Db, now: string): WatchEvent[] {
  // The partial index of open events, named: otherwise the planner prefers walking the covering index of
  // the month's figures (011) in time order — all 200 000 entries for the handful still open.
  const rows = stmt(
    db,
    `${SELECT.replace('FROM watch_events e', 'FROM watch_events e INDEXED BY watch_events_open')} WHERE e.status = 'open' ORDER BY e.occurred_at`,
  ).all() as EventRow[];
  const events = withDispatches(db, rows, now);
  return [...events.filter((e) => e.overdue), ...events.filter((e) => !e.overdue)];
}

export function shiftEvents(db: Db, shiftId: number, now: string): WatchEvent[] {
  const rows = stmt(
    db,
    `${SELECT} WHERE e.shift_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT 500`,
  ).all(shiftId) as EventRow[];
  return withDispatches(db, rows, now);
}

export function listEvents(db: Db, q: z.output<typeof listEventsInput>, now: string): EventPage {
  const filters: [string, string | number | undefined][] = [
    ['e.occurred_at >= ?', q.from],
    ['e.occurred_at < ?', q.to],
    ['e.status = ?', q.status],
    ['e.category = ?', q.category],
    ['e.point_id = ?', q.pointId],
    ['e.shift_id = ?', q.shiftId],
  ];
  const used = filters.filter(([, v]) => v !== undefined);
  const where = used.map(([sql]) => sql);
  const args = used.map(([, v]) => v as string | number);
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT count(*) AS total FROM watch_events e${clause}`).get(...args) as {
    total: number;
  };
  const rows = db
    .prepare(`${SELECT}${clause} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, q.page * q.pageSize) as EventRow[];
  return { rows: withDispatches(db, rows, now), total, page: q.page, pageSize: q.pageSize };
}

function mustUsePoint(db: Db, pointId: number | null): string {
  if (pointId === null) return '';
  const p = stmt(db, 'SELECT code, name, retired FROM watch_points WHERE id = ?').get(pointId) as
    { code: string; name: string; retired: number } | undefined;
  if (!p) throw new AppError('VALIDATION', '输入有误：找不到该点位', { pointId: '找不到该点位' });
  if (p.retired)
    throw new AppError('VALIDATION', `输入有误：点位 ${p.code} 已停用`, { pointId: '该点位已停用' });
  return `${p.code} ${p.name}`;
}

interface Actor {
  id: number;
  displayName: string;
}

function insertDispatch(
  db: Db,
  eventId: number,
  d: { target: Dispatch['target']; whom: string; notifiedAt: string },
  supervisionMinutes: number,
  actor: Actor,
  at: string,
) {
  stmt(
    db,
    `INSERT INTO watch_dispatches (event_id, target, whom, notified_at, due_at, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId,
    d.target,
    d.whom,
    d.notifiedAt,
    addMinutes(d.notifiedAt, supervisionMinutes),
    actor.displayName,
    at,
  );
  return `${DISPATCH_TARGETS[d.target]}（${d.whom}，${d.notifiedAt.replace('T', ' ')} 通知）`;
}

/** Logs an event in the open shift; a dispatching action records its dispatch in the same write. */
export function logEvent(
  db: Db,
  shiftId: number,
  input: z.output<typeof logEventInput>,
  supervisionMinutes: number,
  actor: Actor,
  at: string,
): { id: number; summary: string } {
  const point = mustUsePoint(db, input.pointId);
  if (input.dispatch && input.dispatch.notifiedAt < input.occurredAt)
    throw new AppError('VALIDATION', '输入有误：通知时间不能早于事件时间', {
      'dispatch.notifiedAt': '通知时间不能早于事件时间',
    });
  const info = stmt(
    db,
    `INSERT INTO watch_events (shift_id, occurred_at, point_id, category, description, action, footage_saved, status,
       recorded_by_id, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
  ).run(
    shiftId,
    input.occurredAt,
    input.pointId,
    input.category,
    input.description,
    input.action,
    input.footageSaved ?? null,
    actor.id,
    actor.displayName,
    at,
    at,
  );
  const id = Number(info.lastInsertRowid);
  const target = targetOfAction(input.action);
  const sent =
    target && input.dispatch
      ? `，${insertDispatch(db, id, { target, ...input.dispatch }, supervisionMinutes, actor, at)}`
      : '';
  return {
    id,
    summary: `值班记录：${input.occurredAt.replace('T', ' ')} ${point ? `${point} ` : ''}${EVENT_CATEGORIES[input.category]}，${EVENT_ACTIONS[input.action]}${sent}`,
  };
}

function mustGetEventRow(db: Db, id: number) {
  const r = stmt(db, 'SELECT id, occurred_at, status FROM watch_events WHERE id = ?').get(id) as
    { id: number; occurred_at: string; status: 'open' | 'closed' } | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条值班记录。');
  return r;
}

const refuseClosed = (r: { status: string }) => {
  if (r.status === 'closed') throw new AppError('CONFLICT', '这条记录已办结，不能再修改或派遣。');
};

export function updateEvent(db: Db, input: z.output<typeof updateEventInput>, at: string): string {
  refuseClosed(mustGetEventRow(db, input.id));
  const point = mustUsePoint(db, input.pointId);
  stmt(
    db,
    'UPDATE watch_events SET point_id = ?, category = ?, description = ?, footage_saved = ?, updated_at = ? WHERE id = ?',
  ).run(input.pointId, input.category, input.description, input.footageSaved ?? null, at, input.id);
  return `修改值班记录 #${input.id}：${point ? `${point} ` : ''}${EVENT_CATEGORIES[input.category]}`;
}

export function dispatchEvent(
  db: Db,
  input: z.output<typeof dispatchInput>,
  supervisionMinutes: number,
  actor: Actor,
  at: string,
): string {
  const e = mustGetEventRow(db, input.eventId);
  refuseClosed(e);
  if (input.notifiedAt < e.occurred_at)
    throw new AppError('VALIDATION', '输入有误：通知时间不能早于事件时间', {
      notifiedAt: '通知时间不能早于事件时间',
    });
  return `值班记录 #${e.id} 派遣：${insertDispatch(db, e.id, input, supervisionMinutes, actor, at)}`;
}

export function recordReport(
  db: Db,
  input: z.output<typeof reportInput>,
): { eventId: number; summary: string } {
  const d = stmt(db, 'SELECT * FROM watch_dispatches WHERE id = ?').get(input.dispatchId) as
    DispatchRow | undefined;
  if (!d) throw new AppError('NOT_FOUND', '找不到这次派遣。');
  const fields: Record<string, string> = {};
  if (input.arrivedAt && input.arrivedAt < d.notified_at) fields.arrivedAt = '到场时间不能早于通知时间';
  if (input.reportedAt && input.reportedAt < d.notified_at) fields.reportedAt = '反馈时间不能早于通知时间';
  if (d.arrived_at && input.arrivedAt && input.arrivedAt !== d.arrived_at)
    fields.arrivedAt = '到场时间已登记';
  if (d.reported_at && input.reportedAt && input.reportedAt !== d.reported_at)
    fields.reportedAt = '反馈已登记';
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', `输入有误：${first}`, fields);
  stmt(
    db,
    `UPDATE watch_dispatches SET arrived_at = coalesce(?, arrived_at), reported_at = coalesce(?, reported_at),
       report = coalesce(?, report) WHERE id = ?`,
  ).run(input.arrivedAt ?? null, input.reportedAt ?? null, input.report ?? null, d.id);
  const parts = [
    input.arrivedAt ? `${input.arrivedAt.replace('T', ' ')} 到场` : '',
    input.reportedAt ? `${input.reportedAt.replace('T', ' ')} 反馈：${input.report ?? ''}` : '',
  ].filter(Boolean);
  return {
    eventId: d.event_id,
    summary: `值班记录 #${d.event_id} ${DISPATCH_TARGETS[d.target]}（${d.whom}）${parts.join('，')}`,
  };
}

export function closeEvent(
  db: Db,
  input: z.output<typeof closeEventInput>,
  shiftId: number | null,
  actor: Actor,
  at: string,
): string {
  refuseClosed(mustGetEventRow(db, input.id));
  stmt(
    db,
    `UPDATE watch_events SET status = 'closed', result = ?, closed_at = ?, closed_by = ?, closed_shift_id = ?,
       updated_at = ? WHERE id = ?`,
  ).run(input.result, at, actor.displayName, shiftId, at, input.id);
  return `值班记录 #${input.id} 办结：${input.result}`;
}
