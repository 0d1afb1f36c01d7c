import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import {
  formatArchiveCode,
  retentionEndYear,
  scanCode,
  type Classification,
  type Retention,
} from '../../../../shared/archive/codes';
import type {
  ArchiveItem,
  ArchiveItemDetail,
  ArchiveSettings,
  ContentsEntry,
  CreateItemInput,
  ItemImport,
} from '../../../../shared/archive/schemas';
import { FTS_TAIL, stmt } from '../cases/cases.queries';
import { requireActiveCategory } from './archive.categories';

/** An item as stored, with its category's name, its box and whether it is out. */
export interface ItemRecord {
  id: number;
  code: string;
  scan_code: string;
  fonds: string;
  category: string;
  category_name: string;
  year: number;
  retention: Retention;
  serial: number;
  doc_number: string | null;
  title: string;
  responsible: string;
  date: string | null;
  classification: Classification;
  pages: number;
  important: number;
  box_id: number | null;
  box_no: string | null;
  cabinet: string | null;
  note: string | null;
  contents: string | null;
  case_id: number | null;
  case_code: string | null;
  on_loan_id: number | null;
  destroyed_at: string | null;
  destroyed_by: string | null;
  destroy_reason: string | null;
  created_at: string;
  created_by: string;
}

export const ITEM_SELECT = `i.*, c.name AS category_name, b.box_no, b.cabinet, cs.code AS case_code,
  (SELECT l.id FROM archive_loans l WHERE l.item_id = i.id AND l.status = 'out') AS on_loan_id`;
export const ITEM_FROM = `archive_items i JOIN archive_categories c ON c.code = i.category
  LEFT JOIN archive_boxes b ON b.id = i.box_id LEFT JOIN cases cs ON cs.id = i.case_id`;

/** 存放位置 as the staff read it off the shelf: 柜 - 盒. */
export const locationOf = (cabinet: string | null, boxNo: string | null): string | null =>
  cabinet && boxNo ? `${cabinet}-${boxNo}` : null;

export const toItem = (r: ItemRecord): ArchiveItem => ({
  id: r.id,
  code: r.code,
  scanCode: r.scan_code,
  fonds: r.fonds,
  categoryCode: r.category,
  categoryName: r.category_name,
  year: r.year,
  retention: r.retention,
  serial: r.serial,
  docNumber: r.doc_number,
  title: r.title,
  responsible: r.responsible,
  date: r.date,
  classification: r.classification,
  pages: r.pages,
  important: r.important === 1,
  boxId: r.box_id,
  location: locationOf(r.cabinet, r.box_no),
  note: r.note,
  destroyed: r.destroyed_at !== null,
  caseId: r.case_id,
  caseCode: r.case_code,
  onLoanId: r.on_loan_id,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function getItemRecord(db: Db, id: number): ItemRecord | null {
  return (stmt(db, `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM} WHERE i.id = ?`).get(id) as ItemRecord) ?? null;
}

export const itemNotFound = () => new AppError('NOT_FOUND', '找不到这件档案。');

export function mustGetItem(db: Db, id: number): ItemRecord {
  const r = getItemRecord(db, id);
  if (!r) throw itemNotFound();
  return r;
}

/** The item a typed or scanned 档号 names (its scanner form is compared, so "·" and "." alike). */
export function itemIdByCode(db: Db, code: string): number | null {
  const row = stmt(db, 'SELECT id FROM archive_items WHERE scan_code = ?').get(scanCode(code)) as
    { id: number } | undefined;
  return row?.id ?? null;
}

function syncFts(db: Db, id: number): void {
  const r = stmt(db, 'SELECT code, title, responsible, doc_number, note FROM archive_items WHERE id = ?').get(
    id,
  ) as {
    code: string;
    title: string;
    responsible: string;
    doc_number: string | null;
    note: string | null;
  };
  stmt(db, 'DELETE FROM archive_items_fts WHERE rowid = ?').run(id);
  stmt(
    db,
    'INSERT INTO archive_items_fts (rowid, code, title, responsible, doc_number, note) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    r.code + FTS_TAIL,
    r.title + FTS_TAIL,
    r.responsible + FTS_TAIL,
    (r.doc_number ?? '') + FTS_TAIL,
    (r.note ?? '') + FTS_TAIL,
  );
}

export function requireBox(db: Db, boxId: number | null | undefined): void {
  if (boxId == null) return;
  if (!stmt(db, 'SELECT 1 FROM archive_boxes WHERE id = ?').get(boxId))
    throw new AppError('VALIDATION', '输入有误：所选档案盒不存在', { boxId: '所选档案盒不存在' });
}

/** What a module filing its own record adds (closing a mediation files its dossier). */
export interface FilingLink {
  caseId: number;
  mediationId: number;
  contents: ContentsEntry[];
}

/** How an item comes to be filed, beyond its description. */
export interface FilingOptions {
  /** The record a module files for itself (closing a mediation files its dossier). */
  link?: FilingLink;
  /**
   * A serial the item already had in an old catalogue (issue 14, item 5): it
   * keeps it, and the series goes on after the highest serial in use, so a
   * later item never takes a number an imported one holds.
   */
  keepSerial?: number;
  /** The 档号 it had before, when it is numbered afresh on import (原档号). */
  legacyCode?: string | null;
  importBatchId?: number;
}

/**
 * Files an item: the next serial of its 门类 + 年度 + 保管期限, taken in the
 * caller's write transaction — an insert that fails rolls the serial back
 * with it, so the series has no gap, and a committed number is never reused.
 */
export function fileItem(
  db: Db,
  settings: ArchiveSettings,
  input: CreateItemInput,
  actorName: string,
  at: string,
  options: FilingOptions = {},
): { id: number; code: string } {
  const { link } = options;
  requireActiveCategory(db, input.categoryCode);
  requireBox(db, input.boxId);
  const serial =
    options.keepSerial === undefined
      ? (
          stmt(
            db,
            `INSERT INTO archive_serials (category, year, retention, last) VALUES (?, ?, ?, 1)
             ON CONFLICT (category, year, retention) DO UPDATE SET last = last + 1 RETURNING last`,
          ).get(input.categoryCode, input.year, input.retention) as { last: number }
        ).last
      : keptSerial(db, input, options.keepSerial);
  const code = formatArchiveCode(settings.codePattern, {
    fonds: settings.fonds,
    category: input.categoryCode,
    year: input.year,
    retention: input.retention,
    serial,
  });
  if (itemIdByCode(db, code) !== null)
    throw new AppError('CONFLICT', `档号 ${code} 已被使用：请检查档号格式或全宗号设置。`);
  const info = stmt(
    db,
    `INSERT INTO archive_items (code, scan_code, fonds, category, year, retention, serial, doc_number, title,
       responsible, date, classification, pages, important, box_id, note, contents, case_id, mediation_id,
       legacy_code, import_batch_id, created_at, created_by)
     VALUES (@code, @scan, @fonds, @category, @year, @retention, @serial, @docNumber, @title, @responsible,
       @date, @classification, @pages, @important, @boxId, @note, @contents, @caseId, @mediationId,
       @legacyCode, @batch, @at, @by)`,
  ).run({
    code,
    scan: scanCode(code),
    fonds: settings.fonds,
    category: input.categoryCode,
    year: input.year,
    retention: input.retention,
    serial,
    docNumber: input.docNumber || null,
    title: input.title,
    responsible: input.responsible,
    date: input.date ?? null,
    classification: input.classification,
    pages: input.pages,
    important: input.important ? 1 : 0,
    boxId: input.boxId ?? null,
    note: input.note || null,
    contents: link ? JSON.stringify(link.contents) : null,
    caseId: link?.caseId ?? null,
    mediationId: link?.mediationId ?? null,
    legacyCode: options.legacyCode ?? null,
    batch: options.importBatchId ?? null,
    at,
    by: actorName,
  });
  const id = Number(info.lastInsertRowid);
  syncFts(db, id);
  return { id, code };
}

/** A kept serial: refused when taken, and the series moved on past it. */
function keptSerial(db: Db, input: CreateItemInput, serial: number): number {
  const taken = stmt(
    db,
    'SELECT code FROM archive_items WHERE category = ? AND year = ? AND retention = ? AND serial = ?',
  ).get(input.categoryCode, input.year, input.retention, serial) as { code: string } | undefined;
  if (taken) throw new AppError('CONFLICT', `件号 ${serial} 已被档案 ${taken.code} 使用。`);
  stmt(
    db,
    `INSERT INTO archive_serials (category, year, retention, last) VALUES (?, ?, ?, ?)
     ON CONFLICT (category, year, retention) DO UPDATE SET last = max(last, excluded.last)`,
  ).run(input.categoryCode, input.year, input.retention, serial);
  return serial;
}

const FIELD_LABELS: Record<string, string> = {
  title: '题名',
  classification: '密级',
  docNumber: '文号',
  responsible: '责任者',
  date: '日期',
  pages: '页数',
  important: '重要档案',
  boxId: '存放位置',
  note: '备注',
};

/** Corrects an item's description; returns the names of the fields changed, for the audit record. */
export function updateItem(
  db: Db,
  input: {
    id: number;
    title: string;
    classification: Classification;
    docNumber?: string | undefined;
    responsible: string;
    date?: string | undefined;
    pages: number;
    important?: boolean | undefined;
    boxId?: number | null | undefined;
    note?: string | undefined;
  },
): string[] {
  const before = toItem(mustGetItem(db, input.id));
  if (before.destroyed) throw new AppError('CONFLICT', `档案 ${before.code} 已销毁，不能再修改。`);
  requireBox(db, input.boxId);
  const after = {
    title: input.title,
    classification: input.classification,
    docNumber: input.docNumber || null,
    responsible: input.responsible,
    date: input.date ?? null,
    pages: input.pages,
    important: input.important ?? before.important,
    boxId: input.boxId === undefined ? before.boxId : input.boxId,
    note: input.note || null,
  };
  const changed = Object.keys(after).filter(
    (k) => after[k as keyof typeof after] !== before[k as keyof typeof after],
  );
  stmt(
    db,
    `UPDATE archive_items SET title = @title, classification = @classification, doc_number = @docNumber,
       responsible = @responsible, date = @date, pages = @pages, important = @important, box_id = @boxId, note = @note
     WHERE id = @id`,
  ).run({ ...after, important: after.important ? 1 : 0, id: input.id });
  syncFts(db, input.id);
  return changed.map((k) => FIELD_LABELS[k] ?? k);
}

export function itemDetail(db: Db, r: ItemRecord, loans: ArchiveItemDetail['loans']): ArchiveItemDetail {
  const files = (
    stmt(
      db,
      'SELECT id, file_name, mime, size, sha256, added_at FROM archive_files WHERE item_id = ? ORDER BY id',
    ).all(r.id) as {
      id: number;
      file_name: string;
      mime: string;
      size: number;
      sha256: string;
      added_at: string;
    }[]
  ).map((f) => ({
    id: f.id,
    fileName: f.file_name,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    addedAt: f.added_at,
  }));
  return {
    ...toItem(r),
    contents: r.contents ? (JSON.parse(r.contents) as ContentsEntry[]) : [],
    files,
    loans,
    destroyedAt: r.destroyed_at,
    destroyedBy: r.destroyed_by,
    destroyReason: r.destroy_reason,
    retentionEndYear: retentionEndYear(r.year, r.retention),
    imported: importedFrom(db, r.id),
  };
}

/** The old catalogue an item came from: the file, its row, and the 档号 it had when renumbered. */
function importedFrom(db: Db, id: number): ItemImport | null {
  const r = stmt(
    db,
    `SELECT i.legacy_code, b.file_name, b.imported_at, b.imported_by, r.row_no
     FROM archive_items i JOIN import_batches b ON b.id = i.import_batch_id
     LEFT JOIN import_rows r ON r.batch_id = b.id AND r.entity_id = i.id
     WHERE i.id = ?`,
  ).get(id) as
    | {
        legacy_code: string | null;
        file_name: string;
        imported_at: string;
        imported_by: string;
        row_no: number | null;
      }
    | undefined;
  return r
    ? {
        legacyCode: r.legacy_code,
        fileName: r.file_name,
        row: r.row_no,
        importedAt: r.imported_at,
        importedBy: r.imported_by,
      }
    : null;
}

/** Items by id, in 档号 order (labels, disposal lists). */
export function itemsByIds(db: Db, ids: number[]): ArchiveItem[] {
  if (ids.length === 0) return [];
  return (
    stmt(
      db,
      `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM} WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.code`,
    ).all(JSON.stringify(ids)) as ItemRecord[]
  ).map(toItem);
}
