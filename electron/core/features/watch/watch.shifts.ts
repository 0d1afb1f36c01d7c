import type { Db } from '../../db/open';
import type { SessionUser } from '../../../../shared/session/schemas';
import { fromMinuteNumber, minuteNumber } from '../../../../shared/watch/clock';
import { NOTHING_TO_REPORT } from '../../../../shared/watch/codes';
import type { WatchShift } from '../../../../shared/watch/schemas';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';
import { onDutyAt } from '../duty/duty.roster';

/**
 * The shifts actually kept at the monitoring desk (值班): one open at a time,
 * opened by the operator the published roster names for the hour (anyone
 * else gives a reason, recorded), closed by the handover or, with no one to
 * take over, by the operator — 「本班无异常」 when nothing was logged.
 */

interface ShiftRow {
  id: number;
  date: string;
  shift_key: string;
  shift_name: string;
  planned_start: string;
  planned_end: string;
  operator_id: number;
  operator_name: string;
  rostered: number;
  off_roster_reason: string | null;
  opened_at: string;
  closed_at: string | null;
  closing_note: string | null;
}

const SELECT = `SELECT s.*, a.display_name AS operator_name FROM watch_shifts s JOIN accounts a ON a.id = s.operator_id`;

const toShift = (r: ShiftRow): WatchShift => ({
  id: r.id,
  date: r.date,
  shiftKey: r.shift_key,
  shiftName: r.shift_name,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  operatorId: r.operator_id,
  operatorName: r.operator_name,
  rostered: r.rostered === 1,
  offRosterReason: r.off_roster_reason,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
  closingNote: r.closing_note,
});

export function openShiftRow(db: Db): WatchShift | null {
  const r = stmt(db, `${SELECT} WHERE s.closed_at IS NULL`).get() as ShiftRow | undefined;
  return r ? toShift(r) : null;
}

export function shiftById(db: Db, id: number): WatchShift {
  const r = stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as ShiftRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这个班次。');
  return toShift(r);
}

/** The roster's shift for a local minute and whether it names `personId`. */
export function rosterAt(db: Db, at: string) {
  return onDutyAt(db, at.slice(0, 10), minuteNumber(at));
}

/**
 * Starts a shift for `operator` at `at`. Used by `watch.openShift` and by the
 * handover (the incoming operator's shift starts as the outgoing one ends).
 * `rosterMinute` is the minute whose roster shift this is: the handover, made
 * a little before the hour, names the next shift's (shared/watch/handover.ts).
 */
export function startShift(
  db: Db,
  operator: Pick<SessionUser, 'id' | 'displayName'>,
  at: string,
  reason?: string,
  rosterMinute: string = at,
) {
  const open = openShiftRow(db);
  if (open)
    throw new AppError(
      'CONFLICT',
      `${open.operatorName}的「${open.shiftName}」尚未交班，须先交接班（或由其交班）后再接班。`,
    );
  const roster = rosterAt(db, rosterMinute);
  const rostered = roster.people.some((p) => p.id === operator.id);
  if (!rostered && !reason) {
    const named = roster.people.map((p) => p.name).join('、');
    const message = roster.shift
      ? `排班表上本班（${roster.shift.label}）是${named || '（无人）'}，你接班须填写原因。`
      : '现在没有已发布的排班，接班须填写原因。';
    throw new AppError('VALIDATION', `输入有误：${message}`, { reason: message });
  }
  const s = roster.shift;
  const planned = s
    ? (() => {
        const start = minuteNumber(`${s.date}T${s.start}`);
        const end = minuteNumber(`${s.date}T${s.end === '24:00' ? '00:00' : s.end}`);
        // A shift ending at or before its start ends the next day (夜班 20:00—08:00, 16:00—24:00).
        return { start: fromMinuteNumber(start), end: fromMinuteNumber(end <= start ? end + 1440 : end) };
      })()
    : { start: at, end: at };
  const info = stmt(
    db,
    `INSERT INTO watch_shifts (date, shift_key, shift_name, planned_start, planned_end, operator_id, rostered,
       off_roster_reason, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s?.date ?? at.slice(0, 10),
    s?.key ?? '-',
    s?.name ?? '未排班',
    planned.start,
    planned.end,
    operator.id,
    rostered ? 1 : 0,
    rostered ? null : (reason ?? null),
    at,
  );
  return shiftById(db, Number(info.lastInsertRowid));
}

/** How a shift closes: the operator's note, else 「本班无异常」 or the count of what it logged. */
export function closingNote(db: Db, shiftId: number, note?: string): string {
  const { logged, open } = stmt(
    db,
    `SELECT count(*) AS logged, coalesce(sum(status = 'open'), 0) AS open FROM watch_events WHERE shift_id = ?`,
  ).get(shiftId) as { logged: number; open: number };
  const summary = logged === 0 ? NOTHING_TO_REPORT : `本班记录事件 ${logged} 起，未结 ${open} 起`;
  return note ? `${summary}。${note}` : summary;
}

export function endShift(db: Db, shiftId: number, at: string, note?: string): WatchShift {
  const text = closingNote(db, shiftId, note);
  stmt(db, 'UPDATE watch_shifts SET closed_at = ?, closing_note = ? WHERE id = ? AND closed_at IS NULL').run(
    at,
    text,
    shiftId,
  );
  return shiftById(db, shiftId);
}

/** The open shift, which `user` must be keeping (the director may act at the desk too). */
export function mustKeepShift(db: Db, user: SessionUser): WatchShift {
  const open = openShiftRow(db);
  if (!open) throw new AppError('CONFLICT', '现在没有人接班，请先接班再记录。');
  if (open.operatorId !== user.id && user.role !== 'director')
    throw new AppError('FORBIDDEN', `当前值班员是${open.operatorName}，请由其记录，或先交接班。`);
  return open;
}
