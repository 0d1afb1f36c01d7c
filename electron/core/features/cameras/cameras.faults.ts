import type { z } from 'zod';
import type {
  Fault,
  FaultPage,
  listFaultsInput,
  reportFaultInput,
  updateFaultInput,
} from '../../../../shared/cameras/schemas';
import { downtimeMinutes } from '../../../../shared/watch/availability';
import { monthWindow } from '../../../../shared/watch/clock';
import { FAULT_SYMPTOMS } from '../../../../shared/watch/codes';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';
import { mustUsePoint } from './cameras.points';

/**
 * The fault log (设备故障): found, reported for repair, repaired. A fault is
 * open until its 修复时间 is recorded; 停机时长 is computed against the clock
 * on every answer (it grows while the fault is open) and never stored.
 */

interface FaultRow {
  id: number;
  point_id: number | null;
  point_code: string | null;
  point_name: string | null;
  device: string | null;
  found_at: string;
  symptom: Fault['symptom'];
  detail: string | null;
  found_by: string;
  reported_to: string | null;
  reported_at: string | null;
  repairer: string | null;
  repaired_at: string | null;
  result: string | null;
  shift_id: number | null;
  created_by: string;
}

const SELECT = `SELECT f.id, f.point_id, p.code AS point_code, p.name AS point_name, f.device, f.found_at,
  f.symptom, f.detail, f.found_by, f.reported_to, f.reported_at, f.repairer, f.repaired_at, f.result,
  f.shift_id, f.created_by
  FROM watch_faults f LEFT JOIN watch_points p ON p.id = f.point_id`;

const toFault = (r: FaultRow, now: string): Fault => ({
  id: r.id,
  pointId: r.point_id,
  pointCode: r.point_code,
  pointName: r.point_name,
  device: r.device,
  foundAt: r.found_at,
  symptom: r.symptom,
  detail: r.detail,
  foundBy: r.found_by,
  reportedTo: r.reported_to,
  reportedAt: r.reported_at,
  repairer: r.repairer,
  repairedAt: r.repaired_at,
  result: r.result,
  shiftId: r.shift_id,
  createdBy: r.created_by,
  downtimeMinutes: downtimeMinutes({ foundAt: r.found_at, repairedAt: r.repaired_at }, now),
});

/** What a fault is on, as the log and the audit trail name it. */
const subjectOf = (f: { pointCode: string | null; pointName: string | null; device: string | null }) =>
  f.pointCode ? `${f.pointCode} ${f.pointName ?? ''}` : (f.device ?? '');

export function faultById(db: Db, id: number, now: string): Fault {
  const r = stmt(db, `${SELECT} WHERE f.id = ?`).get(id) as FaultRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这条故障记录。');
  return toFault(r, now);
}

/**
 * Every fault not yet repaired, oldest first, with its downtime so far: what
 * the handover (交接班) carries from shift to shift and the duty screen shows.
 * Device faults (录像机, 大屏, 网络) are included beside the camera points'.
 */
export function openFaults(db: Db, now: string): Fault[] {
  return (
    stmt(db, `${SELECT} WHERE f.repaired_at IS NULL ORDER BY f.found_at, f.id`).all() as FaultRow[]
  ).map((r) => toFault(r, now));
}

/** Open ones or all, found in a month, of one point; newest first, a page at a time. */
export function listFaults(db: Db, q: z.output<typeof listFaultsInput>, now: string): FaultPage {
  const window = q.month ? monthWindow(q.month) : null;
  const filters: [string, string | number | undefined][] = [
    ['f.repaired_at IS NULL', q.status === 'open' ? 1 : undefined],
    ['f.found_at >= ?', window?.from],
    ['f.found_at < ?', window?.to],
    ['f.point_id = ?', q.pointId],
  ];
  const used = filters.filter(([, v]) => v !== undefined);
  const clause = used.length ? ` WHERE ${used.map(([sql]) => sql).join(' AND ')}` : '';
  // The open filter has no placeholder; only the others bind a value.
  const args = used.filter(([sql]) => sql.includes('?')).map(([, v]) => v as string | number);
  const { total } = db.prepare(`SELECT count(*) AS total FROM watch_faults f${clause}`).get(...args) as {
    total: number;
  };
  const rows = db
    .prepare(`${SELECT}${clause} ORDER BY f.found_at DESC, f.id DESC LIMIT ? OFFSET ?`)
    .all(...args, q.pageSize, q.page * q.pageSize) as FaultRow[];
  return { rows: rows.map((r) => toFault(r, now)), total, page: q.page, pageSize: q.pageSize };
}

/** Records a fault, linked to the shift under way if there is one. */
export function reportFault(
  db: Db,
  input: z.output<typeof reportFaultInput>,
  foundBy: string,
  shiftId: number | null,
  createdBy: string,
  at: string,
): { id: number; summary: string } {
  const point = input.pointId === null ? null : mustUsePoint(db, input.pointId);
  const device = point ? null : (input.device ?? null);
  const info = stmt(
    db,
    `INSERT INTO watch_faults (point_id, device, found_at, symptom, detail, found_by, shift_id, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    point?.id ?? null,
    device,
    input.foundAt,
    input.symptom,
    input.detail ?? null,
    foundBy,
    shiftId,
    at,
    createdBy,
  );
  const subject = point ? `${point.code} ${point.name}` : (device ?? '');
  return {
    id: Number(info.lastInsertRowid),
    summary: `登记设备故障：${input.foundAt.replace('T', ' ')} ${subject} ${FAULT_SYMPTOMS[input.symptom]}，发现人 ${foundBy}`,
  };
}

/** 报修 and 修复: times not before the fault was found; a repaired fault stays repaired. */
export function updateFault(db: Db, input: z.output<typeof updateFaultInput>, now: string): string {
  const f = faultById(db, input.id, now);
  const fields: Record<string, string> = {};
  if (input.reportedAt && input.reportedAt < f.foundAt) fields.reportedAt = '报修时间不能早于发现时间';
  if (input.repairedAt && input.repairedAt < f.foundAt) fields.repairedAt = '修复时间不能早于发现时间';
  if (f.repairedAt && !input.repairedAt)
    fields.repairedAt = '已修复的故障不能改回未修复；再次出现故障请另行登记';
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', `输入有误：${first}`, fields);
  stmt(
    db,
    `UPDATE watch_faults SET reported_at = ?, reported_to = ?, repairer = ?, repaired_at = ?, result = ? WHERE id = ?`,
  ).run(
    input.reportedAt ?? null,
    input.reportedTo ?? null,
    input.repairer ?? null,
    input.repairedAt ?? null,
    input.result ?? null,
    input.id,
  );
  const parts = [
    input.reportedAt ? `${input.reportedAt.replace('T', ' ')} 报修至${input.reportedTo ?? ''}` : '',
    input.repairer ? `维修人 ${input.repairer}` : '',
    input.repairedAt
      ? `${input.repairedAt.replace('T', ' ')} 修复，停机 ${downtimeMinutes({ foundAt: f.foundAt, repairedAt: input.repairedAt }, now)} 分钟：${input.result ?? ''}`
      : '',
  ].filter(Boolean);
  return `设备故障 #${f.id}（${subjectOf(f)} ${FAULT_SYMPTOMS[f.symptom]}）：${parts.join('，') || '清空报修信息'}`;
}
