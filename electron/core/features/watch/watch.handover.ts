import type { z } from 'zod';
import type { Db } from '../../db/open';
import type { ShiftCheck } from '../../../../shared/cameras/schemas';
import { CHECK_ITEMS, CHECK_RESULTS, DISPATCH_TARGETS, FAULT_SYMPTOMS } from '../../../../shared/watch/codes';
import {
  handoverRosterMinute,
  type EventSnapshot,
  type FaultSnapshot,
  type Handover,
  type HandoverDraft,
  type HandoverPage,
  type listHandoversInput,
} from '../../../../shared/watch/handover';
import type { WatchEvent, WatchShift } from '../../../../shared/watch/schemas';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';
import { checkOf } from '../cameras/cameras.checks';
import { openFaults } from '../cameras/cameras.faults';
import { openEvents } from './watch.events';
import { rosterAt } from './watch.shifts';

/**
 * The handover's record (交接班, issue 12 §6): the draft prefilled from the
 * open shift, the snapshot both operators sign, and the list of past
 * handovers. The passwords and the session are the handler's
 * (watch.handover.handlers.ts); everything here is a function of `db`.
 */

const hm = (at: string) => at.replace('T', ' ');

/**
 * Every fault not yet repaired, from the fault log (cameras.faults.ts): open
 * faults carry into every handover (issue 12 §5) whichever shift found them.
 */
export function openFaultSnapshots(db: Db, now: string): FaultSnapshot[] {
  return openFaults(db, now).map((f) => ({
    id: f.id,
    pointCode: f.pointCode,
    pointName: f.pointName,
    device: f.device,
    symptom: f.symptom,
    detail: f.detail,
    foundAt: f.foundAt,
    reportedTo: f.reportedTo,
    downtimeMinutes: f.downtimeMinutes,
  }));
}

export function eventSnapshot(e: WatchEvent): EventSnapshot {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    pointCode: e.pointCode,
    pointName: e.pointName,
    category: e.category,
    description: e.description,
    action: e.action,
    beingHandled: e.beingHandled,
    overdue: e.overdue,
    dispatches: e.dispatches.map((d) =>
      [
        `${DISPATCH_TARGETS[d.target]}（${d.whom}）${hm(d.notifiedAt)} 通知`,
        d.arrivedAt ? `${hm(d.arrivedAt)} 到场` : '',
        d.reportedAt ? `${hm(d.reportedAt)} 反馈：${d.report ?? ''}` : '未反馈',
      ]
        .filter(Boolean)
        .join('，'),
    ),
  };
}

const faultWhere = (f: FaultSnapshot) =>
  f.pointCode ? `${f.pointCode} ${f.pointName ?? ''}`.trim() : (f.device ?? '');

/** The equipment sentence the form starts from: the shift's check, then the faults still open. */
export function equipmentText(check: ShiftCheck | null, faults: readonly FaultSnapshot[]): string {
  const checked = check
    ? `本班设备检查：${(Object.keys(CHECK_ITEMS) as (keyof typeof CHECK_ITEMS)[])
        .map((k) => `${CHECK_ITEMS[k]}${CHECK_RESULTS[check[k]]}`)
        .join('，')}${check.note ? `（${check.note}）` : ''}`
    : '本班未做设备检查';
  const open = faults.length
    ? `未修复故障 ${faults.length} 处：${faults.map((f) => `${faultWhere(f)}${FAULT_SYMPTOMS[f.symptom]}`).join('、')}`
    : '无未修复故障';
  return `${checked}；${open}。`;
}

/** Why the handover must wait (处置中), or null: the events dispatched whose result is not back. */
export function blockedReason(events: readonly Pick<EventSnapshot, 'id' | 'description' | 'beingHandled'>[]) {
  const handling = events.filter((e) => e.beingHandled);
  if (handling.length === 0) return null;
  const named = handling.map((e) => `#${e.id}「${e.description.slice(0, 20)}」`).join('、');
  return `有 ${handling.length} 起事件正在处置中（${named}），须待处置结果反馈后再交接班，或由主任授权交接。`;
}

function lastCounts(db: Db): { keys: number; radios: number; media: number } {
  const r = stmt(
    db,
    'SELECT keys_count, radios_count, media_count FROM watch_handovers ORDER BY id DESC LIMIT 1',
  ).get() as { keys_count: number; radios_count: number; media_count: number } | undefined;
  return { keys: r?.keys_count ?? 0, radios: r?.radios_count ?? 0, media: r?.media_count ?? 0 };
}

/** The people the roster names for the shift the incoming operator takes, with their login names. */
export function rosteredIncoming(db: Db, shift: WatchShift, now: string) {
  const roster = rosterAt(db, handoverRosterMinute(shift, now));
  const people = roster.people
    .filter((p) => p.id !== shift.operatorId)
    .map((p) => {
      const a = stmt(db, 'SELECT username, disabled FROM accounts WHERE id = ?').get(p.id) as
        { username: string; disabled: number } | undefined;
      return a && !a.disabled ? { id: p.id, name: p.name, username: a.username } : null;
    })
    .filter((p) => p !== null);
  return { label: roster.shift?.label ?? null, people, allIds: roster.people.map((p) => p.id) };
}

export function handoverDraft(db: Db, shift: WatchShift, now: string): HandoverDraft {
  const check = checkOf(db, shift.id);
  const faults = openFaultSnapshots(db, now);
  const events = openEvents(db, now).map(eventSnapshot);
  const reason = blockedReason(events);
  const roster = rosteredIncoming(db, shift, now);
  return {
    shift,
    at: now,
    check,
    equipment: equipmentText(check, faults),
    openFaults: faults,
    openEvents: events,
    ...lastCounts(db),
    rosterLabel: roster.label,
    rostered: roster.people,
    blocked: reason !== null,
    blockedReason: reason,
  };
}

export interface HandoverRecordInput {
  fromShiftId: number;
  toShiftId: number;
  outgoingId: number;
  incomingId: number;
  equipment: string;
  openFaults: FaultSnapshot[];
  openEvents: EventSnapshot[];
  instructions: string;
  keys: number;
  radios: number;
  media: number;
  notes: string | null;
  outgoingConfirmedAt: string;
  incomingConfirmedAt: string;
  overrideBy: string | null;
  overrideReason: string | null;
  at: string;
}

export function insertHandover(db: Db, h: HandoverRecordInput): number {
  const info = stmt(
    db,
    `INSERT INTO watch_handovers (from_shift_id, to_shift_id, outgoing_id, incoming_id, equipment, open_faults,
       open_events, instructions, keys_count, radios_count, media_count, notes, outgoing_confirmed_at,
       incoming_confirmed_at, override_by, override_reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    h.fromShiftId,
    h.toShiftId,
    h.outgoingId,
    h.incomingId,
    h.equipment,
    JSON.stringify(h.openFaults),
    JSON.stringify(h.openEvents),
    h.instructions,
    h.keys,
    h.radios,
    h.media,
    h.notes,
    h.outgoingConfirmedAt,
    h.incomingConfirmedAt,
    h.overrideBy,
    h.overrideReason,
    h.at,
  );
  return Number(info.lastInsertRowid);
}

interface HandoverRow {
  id: number;
  from_shift_id: number;
  to_shift_id: number;
  from_label: string;
  to_label: string;
  outgoing_id: number;
  outgoing_name: string;
  incoming_id: number;
  incoming_name: string;
  equipment: string;
  open_faults: string;
  open_events: string;
  instructions: string;
  keys_count: number;
  radios_count: number;
  media_count: number;
  notes: string | null;
  outgoing_confirmed_at: string;
  incoming_confirmed_at: string;
  override_by: string | null;
  override_reason: string | null;
  created_at: string;
}

const SELECT = `SELECT h.*, fs.date || ' ' || fs.shift_name AS from_label, ts.date || ' ' || ts.shift_name AS to_label,
  o.display_name AS outgoing_name, i.display_name AS incoming_name
  FROM watch_handovers h
  JOIN watch_shifts fs ON fs.id = h.from_shift_id JOIN watch_shifts ts ON ts.id = h.to_shift_id
  JOIN accounts o ON o.id = h.outgoing_id JOIN accounts i ON i.id = h.incoming_id`;

const toHandover = (r: HandoverRow): Handover => ({
  id: r.id,
  fromShiftId: r.from_shift_id,
  toShiftId: r.to_shift_id,
  fromShiftLabel: r.from_label,
  toShiftLabel: r.to_label,
  outgoingId: r.outgoing_id,
  outgoingName: r.outgoing_name,
  incomingId: r.incoming_id,
  incomingName: r.incoming_name,
  equipment: r.equipment,
  openFaults: JSON.parse(r.open_faults) as FaultSnapshot[],
  openEvents: JSON.parse(r.open_events) as EventSnapshot[],
  instructions: r.instructions,
  keys: r.keys_count,
  radios: r.radios_count,
  media: r.media_count,
  notes: r.notes,
  outgoingConfirmedAt: r.outgoing_confirmed_at,
  incomingConfirmedAt: r.incoming_confirmed_at,
  overrideBy: r.override_by,
  overrideReason: r.override_reason,
  createdAt: r.created_at,
});

export function handoverById(db: Db, id: number): Handover {
  const r = stmt(db, `${SELECT} WHERE h.id = ?`).get(id) as HandoverRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条交接班记录。');
  return toHandover(r);
}

/** Newest first; the window filters on when the handover was made. */
export function listHandovers(db: Db, q: z.output<typeof listHandoversInput>): HandoverPage {
  const used = (
    [
      ['h.created_at >= ?', q.from],
      ['h.created_at < ?', q.to],
    ] as const
  ).filter(([, v]) => v !== undefined);
  const clause = used.length ? ` WHERE ${used.map(([sql]) => sql).join(' AND ')}` : '';
  const args = used.map(([, v]) => v as string);
  const { total } = db.prepare(`SELECT count(*) AS total FROM watch_handovers h${clause}`).get(...args) as {
    total: number;
  };
  const rows = db
    .prepare(`${SELECT}${clause} ORDER BY h.created_at DESC, h.id DESC LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, q.page * q.pageSize) as HandoverRow[];
  return { rows: rows.map(toHandover), total, page: q.page, pageSize: q.pageSize };
}
