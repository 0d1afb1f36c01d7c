import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import type { ArchiveBox } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';
import { locationOf } from './archive.items';

interface BoxRecord {
  id: number;
  box_no: string;
  cabinet: string;
  note: string | null;
  filed_by: string | null;
  checked_by: string | null;
  checked_on: string | null;
  item_count: number;
  page_count: number | null;
  first_code: string | null;
  last_code: string | null;
}

// Destroyed items have left the box; the count and range are of what it holds.
const BOX_SELECT = `SELECT b.*,
  (SELECT count(*) FROM archive_items i WHERE i.box_id = b.id AND i.destroyed_at IS NULL) AS item_count,
  (SELECT sum(pages) FROM archive_items i WHERE i.box_id = b.id AND i.destroyed_at IS NULL) AS page_count,
  (SELECT min(code) FROM archive_items i WHERE i.box_id = b.id AND i.destroyed_at IS NULL) AS first_code,
  (SELECT max(code) FROM archive_items i WHERE i.box_id = b.id AND i.destroyed_at IS NULL) AS last_code
  FROM archive_boxes b`;

const toBox = (r: BoxRecord): ArchiveBox => ({
  id: r.id,
  boxNo: r.box_no,
  cabinet: r.cabinet,
  location: locationOf(r.cabinet, r.box_no)!,
  note: r.note,
  filedBy: r.filed_by,
  checkedBy: r.checked_by,
  checkedOn: r.checked_on,
  itemCount: r.item_count,
  pageCount: r.page_count ?? 0,
  firstCode: r.first_code,
  lastCode: r.last_code,
});

export function listBoxes(db: Db): ArchiveBox[] {
  return (stmt(db, `${BOX_SELECT} ORDER BY b.cabinet, b.box_no`).all() as BoxRecord[]).map(toBox);
}

export function getBox(db: Db, id: number): ArchiveBox {
  const r = stmt(db, `${BOX_SELECT} WHERE b.id = ?`).get(id) as BoxRecord | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这个档案盒。');
  return toBox(r);
}

export function saveBox(
  db: Db,
  input: {
    id?: number | undefined;
    boxNo: string;
    cabinet: string;
    note?: string | undefined;
    filedBy?: string | undefined;
    checkedBy?: string | undefined;
    checkedOn?: string | undefined;
  },
  actorName: string,
  at: string,
): { id: number; summary: string } {
  const clash = stmt(db, 'SELECT id FROM archive_boxes WHERE box_no = ?').get(input.boxNo) as
    { id: number } | undefined;
  if (clash && clash.id !== input.id)
    throw new AppError('VALIDATION', `输入有误：盒号 ${input.boxNo} 已有`, { boxNo: '盒号已有' });
  const values = {
    boxNo: input.boxNo,
    cabinet: input.cabinet,
    note: input.note || null,
    filedBy: input.filedBy || null,
    checkedBy: input.checkedBy || null,
    checkedOn: input.checkedOn ?? null,
  };
  if (input.id !== undefined) {
    getBox(db, input.id);
    stmt(
      db,
      `UPDATE archive_boxes SET box_no = @boxNo, cabinet = @cabinet, note = @note, filed_by = @filedBy,
         checked_by = @checkedBy, checked_on = @checkedOn WHERE id = @id`,
    ).run({ ...values, id: input.id });
    return { id: input.id, summary: `修改档案盒 ${input.boxNo}（${input.cabinet}）` };
  }
  const info = stmt(
    db,
    `INSERT INTO archive_boxes (box_no, cabinet, note, filed_by, checked_by, checked_on, created_at, created_by)
     VALUES (@boxNo, @cabinet, @note, @filedBy, @checkedBy, @checkedOn, @at, @by)`,
  ).run({ ...values, at, by: actorName });
  return { id: Number(info.lastInsertRowid), summary: `新建档案盒 ${input.boxNo}（${input.cabinet}）` };
}
