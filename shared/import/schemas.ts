import { z } from 'zod';
import { id, optionalText, text } from '../api/fields';
import type { FileOutput } from '../api/endpoint';

/**
 * The import's inputs and answers (issue 14). The file travels with each call
 * (inspect, check, import): the core keeps no upload between calls, so a
 * lock or restart leaves nothing behind, and the check and the import read
 * exactly the bytes the user chose.
 */
/** A .xlsx is a zip: its bytes start with `PK\x03\x04`, which base64 writes as `UEsDB`. */
const XLSX_HEAD = 'UEsDB';

/**
 * The file is what its name says, judged from its first bytes only (a 20 MB
 * file is not decoded at the boundary): a workbook starts as a zip does, and a
 * CSV is text — no control characters other than tab and line ends.
 */
function fileProblem(fileName: string, base64: string): string | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.slice(0, 4096)) || base64.length % 4 !== 0)
    return '文件内容不完整';
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx'))
    return base64.startsWith(XLSX_HEAD) ? null : '该文件不是 .xlsx 工作簿（可能已损坏，或只是改了扩展名）';
  if (lower.endsWith('.csv')) {
    const head = Uint8Array.from(atob(base64.slice(0, 4096)), (c) => c.charCodeAt(0));
    // UTF-16 text (Excel's 「Unicode 文本」) starts with its byte-order mark and holds NULs by nature.
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
    return head.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)
      ? '该文件不是 CSV 文本文件'
      : null;
  }
  return null;
}

/** What every import call carries: the file, and the sheet and mapping the user settled on. */
const fileFields = {
  fileName: text('文件名', 200),
  base64: z.string().min(1, { error: '请选择要导入的文件' }).max(28_000_000, { error: '文件不能超过 20 MB' }),
  /** The sheet to read; the first with a header when absent. */
  sheet: optionalText('工作表', 100),
  /** Column → field key (null: not imported); the remembered or proposed mapping when absent. */
  mapping: z.array(z.string().max(40).nullable()).max(300).optional(),
};

const fileChecked = <T extends { fileName: string; base64: string }>(input: T, ctx: z.RefinementCtx) => {
  const problem = fileProblem(input.fileName, input.base64);
  if (problem) ctx.addIssue({ code: 'custom', path: ['base64'], message: problem });
};

export const importLedgerInput = z
  .object({
    ...fileFields,
    /** Unknown 纠纷类型 as written → an existing type's id, or 'new' to add it to the dictionary. */
    categories: z.record(z.string().max(60), z.union([id, z.literal('new')])).optional(),
  })
  .strict()
  .superRefine(fileChecked);
export type ImportLedgerInput = z.infer<typeof importLedgerInput>;

export const importCatalogueInput = z
  .object({
    ...fileFields,
    /** Unknown 门类 as written → the code of an existing 门类 (a new one is added in 档案设置 first). */
    categories: z
      .record(z.string().max(60), z.string().regex(/^[A-Z]{2}$/, { error: '请选择门类' }))
      .optional(),
  })
  .strict()
  .superRefine(fileChecked);
export type ImportCatalogueInput = z.infer<typeof importCatalogueInput>;

/** Which old records a file holds. */
export type ImportKind = 'ledger' | 'catalogue';

/**
 * One row as it will be stored, for the preview: a value per preview column.
 * A row that cannot come in shows what its cells say, so the user sees what
 * was refused as well as why.
 */
export interface ImportPreviewRow {
  /** The row's number in the sheet, as Excel shows it (1-based). */
  row: number;
  ok: boolean;
  values: string[];
  messages: string[];
}

/** A row that will not come in as written: refused, or changed on the way (with why). */
export interface ImportProblem {
  row: number;
  kind: 'refused' | 'changed' | 'repeated';
  messages: string[];
}

export interface ImportInspection {
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sheets: string[];
  sheet: string;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  labels: string[];
  mapping: (string | null)[];
  /** The mapping came from an earlier import of a workbook with the same columns. */
  remembered: boolean;
  targets: { key: string; label: string }[];
  dataRows: number;
  previewColumns: string[];
  preview: ImportPreviewRow[];
  /** 纠纷类型 (门类) written in the file that the dictionary lacks, with how many rows use each. */
  unknownCategories: { name: string; rows: number }[];
}

export interface ImportReport {
  fileName: string;
  sha256: string;
  /** Rows below the header that hold data (blank and note rows not counted). */
  dataRows: number;
  valid: number;
  changed: number;
  refused: number;
  /** Rows imported before (by this file or another holding the same row). */
  repeated: number;
  /** Imported by this call (0 for a check). */
  imported: number;
  /** The first problems, for the screen; the workbook lists them all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Every refused, changed and repeated row with its original row number (null when there are none). */
  problemsFile: FileOutput | null;
}
