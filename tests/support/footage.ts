import type { InputOf } from '../../shared/api/contract';
import { openDirect } from './directDb';
import { ID_NUMBER } from './ledger';

export interface FootagePoints {
  east: number;
  north: number;
  old: number;
}

/**
 * Two camera points in service and one retired. Written straight into the
 * archive only until the cameras API (issue 12 §1) is on main; then it makes
 * them through that API as the cameras page does.
 */
export async function addFootagePoints(dir: string): Promise<FootagePoints> {
  const db = await openDirect(dir);
  try {
    const add = db.prepare(
      `INSERT INTO watch_points (code, name, location, kind, retired, created_at, updated_at)
       VALUES (?, ?, ?, 'dome', ?, '2026-01-01T00:00', '2026-01-01T00:00')`,
    );
    return {
      east: Number(add.run('SP-001', '东门', '锦绣花园东门', 0).lastInsertRowid),
      north: Number(add.run('SP-002', '北门停车场', '锦绣花园北门', 0).lastInsertRowid),
      old: Number(add.run('SP-009', '旧岗亭', '已拆除', 1).lastInsertRowid),
    };
  } finally {
    db.close();
  }
}

/** A police officer's request for two cameras' evening hours. */
export const footageRequest = (
  points: FootagePoints,
  overrides: Partial<InputOf<'footage', 'request'>> = {},
): InputOf<'footage', 'request'> => ({
  requester: '赵警官',
  unit: '城关派出所',
  idNumber: ID_NUMBER,
  letter: '城关派调〔2026〕15号',
  pointIds: [points.east, points.north],
  rangeFrom: '2026-11-23T20:00',
  rangeTo: '2026-11-23T22:00',
  purpose: '调查一起电动车被盗案',
  ...overrides,
});
