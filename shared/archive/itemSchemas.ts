// The catalogue's items (著录, 查找, 电子文件) at the boundary and what comes back: separate from the boxes and loans,
// re-exported by schemas.ts.
import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import type { AttachmentInfo } from '../cases/schemas';
import type { Classification, Retention } from './codes';
import { categoryCode, classification, pages, retention, year } from './fields';
import type { Loan } from './loanSchemas';

// ——— items ———

const itemFields = {
  title: text('题名', 200),
  categoryCode,
  year,
  retention,
  classification,
  docNumber: optionalText('文号', 60),
  responsible: text('责任者', 60),
  date: dateField('日期').optional(),
  pages: pages('页数'),
  important: z.boolean().optional(),
  boxId: id.nullable().optional(),
  note: optionalText('备注', 500),
};

export const createItemInput = z.object(itemFields).strict();
export type CreateItemInput = z.infer<typeof createItemInput>;

/**
 * What may change after filing: not 门类, 年度 or 保管期限 — they are part of
 * the 档号, which is never reissued (DA/T 13: 稳定性).
 */
export const updateItemInput = z
  .object({
    id,
    title: itemFields.title,
    classification,
    docNumber: itemFields.docNumber,
    responsible: itemFields.responsible,
    date: itemFields.date,
    pages: itemFields.pages,
    important: itemFields.important,
    boxId: itemFields.boxId,
    note: itemFields.note,
  })
  .strict();

export const itemRef = z.object({ id }).strict();
export const itemCodeRef = z.object({ code: text('档号', 60) }).strict();
export const caseArchiveRef = z.object({ caseId: id }).strict();
export const itemsRef = z.object({ ids: z.array(id).min(1, { error: '请选择档案' }).max(500) }).strict();

export const ITEM_SORT_FIELDS = ['code', 'date', 'title', 'createdAt'] as const;

export const listItemsInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    sort: z.enum(ITEM_SORT_FIELDS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    /** Title, 档号, 文号, 责任者, notes (FTS5 trigram, as the ledger); a 档号 typed or scanned finds its item. */
    q: z.string().trim().max(60, { error: '搜索词不能超过 60 个字' }).optional(),
    categoryCode: z.string().max(2).optional(),
    year: year.optional(),
    retention: retention.optional(),
    classification: classification.optional(),
    boxId: id.optional(),
    unboxed: z.boolean().optional(),
    onLoan: z.boolean().optional(),
    /** 'kept' (default) or 'destroyed'; both with 'all'. */
    state: z.enum(['kept', 'destroyed', 'all']).optional(),
  })
  .strict();
export type ListItemsInput = z.infer<typeof listItemsInput>;
export const catalogueFilterInput = listItemsInput.omit({ page: true, pageSize: true }).strict();

export const addItemFileInput = z
  .object({
    itemId: id,
    fileName: text('文件名', 200),
    mime: z.enum(['image/jpeg', 'image/png', 'application/pdf', 'image/webp'], {
      error: '只接受扫描件（JPG/PNG/WebP）或 PDF',
    }),
    base64: z.string().max(28_000_000, { error: '文件不能超过 20 MB' }),
  })
  .strict();
export const itemFileRef = z.object({ id }).strict();

/** One document of a filed dossier (卷内目录). */
export interface ContentsEntry {
  title: string;
  pages: number;
  range: string;
}

export interface ArchiveItem {
  id: number;
  code: string;
  /** The code as a scanner types it (the label's QR). */
  scanCode: string;
  fonds: string;
  categoryCode: string;
  categoryName: string;
  year: number;
  retention: Retention;
  serial: number;
  docNumber: string | null;
  title: string;
  responsible: string;
  date: string | null;
  classification: Classification;
  pages: number;
  important: boolean;
  boxId: number | null;
  location: string | null;
  note: string | null;
  destroyed: boolean;
  caseId: number | null;
  caseCode: string | null;
  /** The loan it is out on, if any. */
  onLoanId: number | null;
  createdAt: string;
  createdBy: string;
}

export interface ArchiveItemDetail extends ArchiveItem {
  contents: ContentsEntry[];
  files: AttachmentInfo[];
  loans: Loan[];
  destroyedAt: string | null;
  destroyedBy: string | null;
  destroyReason: string | null;
  retentionEndYear: number | null;
  /** Where an item brought in from an old 档案目录 came from (issue 14, item 5). */
  imported: ItemImport | null;
}

export interface ItemImport {
  /** The 档号 it had, when it was numbered afresh on import. */
  legacyCode: string | null;
  fileName: string;
  /** Its row in that file, as Excel numbers rows. */
  row: number | null;
  importedAt: string;
  importedBy: string;
}

export interface ItemPage {
  rows: ArchiveItem[];
  total: number;
  page: number;
  pageSize: number;
}
