import type { z } from 'zod';
import type { CameraPoint, savePointInput } from '../../../../shared/cameras/schemas';
import { POINT_KINDS } from '../../../../shared/watch/codes';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';

/**
 * Camera points (点位), kept by the director. A point is never deleted: its
 * events, faults and footage requests name it for good, so one taken down is
 * retired on a date and then offered for nothing new (the duty log and the
 * fault log refuse it). Its state is computed from the faults still open.
 */

interface PointRow {
  id: number;
  code: string;
  name: string;
  location: string;
  grid: string;
  kind: CameraPoint['kind'];
  note: string | null;
  retired: number;
  retired_on: string | null;
  open_faults: number;
}

const SELECT = `SELECT p.id, p.code, p.name, p.location, p.grid, p.kind, p.note, p.retired, p.retired_on,
  (SELECT count(*) FROM watch_faults f WHERE f.point_id = p.id AND f.repaired_at IS NULL) AS open_faults
  FROM watch_points p`;

const toPoint = (r: PointRow): CameraPoint => ({
  id: r.id,
  code: r.code,
  name: r.name,
  location: r.location,
  grid: r.grid,
  kind: r.kind,
  note: r.note,
  retired: r.retired === 1,
  retiredOn: r.retired_on,
  openFaults: r.open_faults,
  state: r.open_faults > 0 ? 'fault' : 'ok',
});

/** In service first, by 编号; retired ones only when asked for. */
export function listPoints(db: Db, includeRetired: boolean): CameraPoint[] {
  const where = includeRetired ? '' : ' WHERE p.retired = 0';
  return (stmt(db, `${SELECT}${where} ORDER BY p.retired, p.code`).all() as PointRow[]).map(toPoint);
}

export function pointById(db: Db, id: number): CameraPoint {
  const r = stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as PointRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这个点位。');
  return toPoint(r);
}

/** A point a new fault may name: it exists and is in service. */
export function mustUsePoint(db: Db, id: number): CameraPoint {
  const p = pointById(db, id);
  if (p.retired)
    throw new AppError('VALIDATION', `输入有误：点位 ${p.code} 已停用，不能再登记`, {
      pointId: '该点位已停用',
    });
  return p;
}

export function savePoint(
  db: Db,
  input: z.output<typeof savePointInput>,
  at: string,
): { id: number; summary: string } {
  const clash = stmt(db, 'SELECT id FROM watch_points WHERE code = ? AND id IS NOT ?').get(
    input.code,
    input.id ?? null,
  ) as { id: number } | undefined;
  if (clash)
    throw new AppError('VALIDATION', `输入有误：点位编号 ${input.code} 已被使用`, {
      code: '该编号已被其他点位使用',
    });
  const values = [input.code, input.name, input.location, input.grid ?? '', input.kind, input.note ?? null];
  const what = `${input.code} ${input.name}（${POINT_KINDS[input.kind]}，${input.location}）`;
  if (input.id === undefined) {
    const info = stmt(
      db,
      `INSERT INTO watch_points (code, name, location, grid, kind, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values, at, at);
    return { id: Number(info.lastInsertRowid), summary: `新增点位：${what}` };
  }
  const before = pointById(db, input.id);
  stmt(
    db,
    'UPDATE watch_points SET code = ?, name = ?, location = ?, grid = ?, kind = ?, note = ?, updated_at = ? WHERE id = ?',
  ).run(...values, at, input.id);
  const renamed = before.code === input.code ? '' : `（原编号 ${before.code}）`;
  return { id: input.id, summary: `修改点位：${what}${renamed}` };
}

/**
 * 停用 on a date. Refused while a fault of the point is open: its repair or
 * what became of it (拆除 …) is recorded first, so no open fault of a point
 * nobody can choose any more rides along every handover.
 */
export function retirePoint(db: Db, id: number, retiredOn: string, at: string): string {
  const p = pointById(db, id);
  if (p.retired) throw new AppError('CONFLICT', `点位 ${p.code} 已于 ${p.retiredOn ?? ''} 停用。`);
  if (p.openFaults > 0)
    throw new AppError(
      'CONFLICT',
      `点位 ${p.code} 还有 ${p.openFaults} 条未修复的故障，请先登记其修复或处理结果（如“已拆除”）再停用。`,
    );
  stmt(db, 'UPDATE watch_points SET retired = 1, retired_on = ?, updated_at = ? WHERE id = ?').run(
    retiredOn,
    at,
    id,
  );
  return `停用点位：${p.code} ${p.name}，停用日期 ${retiredOn}`;
}
