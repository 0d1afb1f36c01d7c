import type { z } from 'zod';
import type { saveCheckInput, ShiftCheck } from '../../../../shared/cameras/schemas';
import { CHECK_ITEMS, CHECK_RESULTS } from '../../../../shared/watch/codes';
import type { Db } from '../../db/open';
import { stmt } from '../cases/cases.queries';

/**
 * The daily equipment check (云台 / 录像 / 清晰度), one per shift: saved again
 * while the shift is open it replaces the earlier answer (the table's key is
 * the shift), and a closed shift's check stays as it was signed off.
 */

interface CheckRow {
  shift_id: number;
  ptz: ShiftCheck['ptz'];
  recording: ShiftCheck['recording'];
  clarity: ShiftCheck['clarity'];
  note: string | null;
  checked_at: string;
  checked_by: string;
}

export function checkOf(db: Db, shiftId: number): ShiftCheck | null {
  const r = stmt(db, 'SELECT * FROM watch_checks WHERE shift_id = ?').get(shiftId) as CheckRow | undefined;
  return r
    ? {
        shiftId: r.shift_id,
        ptz: r.ptz,
        recording: r.recording,
        clarity: r.clarity,
        note: r.note,
        checkedAt: r.checked_at,
        checkedBy: r.checked_by,
      }
    : null;
}

export function saveCheck(
  db: Db,
  shiftId: number,
  input: z.output<typeof saveCheckInput>,
  by: string,
  at: string,
): string {
  const again = checkOf(db, shiftId) !== null;
  stmt(
    db,
    `INSERT INTO watch_checks (shift_id, ptz, recording, clarity, note, checked_at, checked_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (shift_id) DO UPDATE SET ptz = excluded.ptz, recording = excluded.recording,
       clarity = excluded.clarity, note = excluded.note, checked_at = excluded.checked_at,
       checked_by = excluded.checked_by`,
  ).run(shiftId, input.ptz, input.recording, input.clarity, input.note ?? null, at, by);
  const items = (Object.keys(CHECK_ITEMS) as (keyof typeof CHECK_ITEMS)[])
    .map((k) => `${CHECK_ITEMS[k]}${CHECK_RESULTS[input[k]]}`)
    .join('、');
  return `${again ? '修改' : '登记'}班次设备检查：${items}${input.note ? `（${input.note}）` : ''}`;
}
