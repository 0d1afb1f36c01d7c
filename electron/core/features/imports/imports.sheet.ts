import { sha256 } from '../../db/crypto';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import {
  findHeader,
  layoutKey,
  proposeMapping,
  type ColumnMapping,
  type ImportTarget,
} from '../../../../shared/import/columns';
import { isBlankRow, isNoteRow, type RowVerdict } from '../../../../shared/import/rows';
import type { ImportKind } from '../../../../shared/import/schemas';
import { readDate, readText } from '../../../../shared/import/values';
import { readTable } from './imports.read';

/**
 * What every import does before its own rows are judged (issue 14): read the
 * file, choose the sheet, find the header, settle the mapping (given,
 * remembered for this column layout, or proposed), then judge each record row
 * and mark the rows imported before by their fingerprints.
 */
export interface Progress {
  (done: number, total: number, phase: string): void;
}

export interface SheetInput {
  fileName: string;
  base64: string;
  sheet?: string | undefined;
  mapping?: (string | null)[] | undefined;
}

/** A file read and mapped, its rows not yet judged. */
export interface MappedSheet {
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sheets: string[];
  sheet: string;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  labels: string[];
  mapping: ColumnMapping;
  remembered: boolean;
  /** The rows below the header, as read. */
  body: unknown[][];
}

export interface AnalysedRow<V> {
  verdict: RowVerdict<V>;
  /** The row's cells as read: the preview shows them for a row that cannot come in. */
  cells: readonly unknown[];
  fingerprint: string;
  /** Imported before, or earlier in this very file. */
  repeated: boolean;
}

/** A file judged row by row: what inspection, check and import all start from. */
export interface Analysis<V> extends Omit<MappedSheet, 'body'> {
  rows: AnalysedRow<V>[];
  /** Names in the category column the dictionary lacks, with how many rows use each. */
  unknownCategories: { name: string; rows: number }[];
}

/** What a kind of import tells the shared steps. */
export interface KindRules {
  kind: ImportKind;
  targets: readonly ImportTarget[];
  /** Labels of the fields a mapping still lacks (empty when it has what a record needs). */
  missing(mapped: ReadonlySet<string>): string[];
  /** Fields without which a row is a note rather than a record. */
  essentials: readonly string[];
  /**
   * Fields whose cells the fingerprint takes as read rather than as written
   * (dates, amounts), so the same row saved as .xlsx (a typed date) and as
   * .csv (「2024/1/5」) is one row.
   */
  normal: Readonly<Record<string, (cell: unknown) => string | null>>;
}

/** A date cell as its fingerprint takes it: the day and the minute, however it was written. */
export const normalDate = (cell: unknown): string | null => {
  const d = readDate(cell);
  return d.ok && d.value ? `${d.value.date}T${d.value.time ?? '00:00'}` : readText(cell);
};

function rememberedMapping(db: Db, kind: ImportKind, labels: readonly string[]): ColumnMapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE kind = ? AND layout = ?')
    .get(kind, layoutKey(labels)) as { mapping: string } | undefined;
  return row ? (JSON.parse(row.mapping) as ColumnMapping) : null;
}

/** The corrected mapping, kept for the next workbook with the same columns (in the import's transaction). */
export function rememberMapping(db: Db, a: Omit<MappedSheet, 'body'>, at: string): void {
  db.prepare(
    `INSERT INTO import_mappings (kind, layout, mapping, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, layout) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at`,
  ).run(a.kind, layoutKey(a.labels), JSON.stringify(a.mapping), at);
}

function checkMapping(mapping: ColumnMapping, labels: readonly string[], rules: KindRules): void {
  if (mapping.length !== labels.length)
    throw new AppError(
      'VALIDATION',
      `栏目对应有 ${mapping.length} 列，而表头有 ${labels.length} 列，请重新检查文件。`,
    );
  const labelOf = new Map(rules.targets.map((t) => [t.key, t.label]));
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === null) continue;
    if (!labelOf.has(key)) throw new AppError('VALIDATION', `未知的字段「${key}」。`);
    if (seen.has(key))
      throw new AppError('VALIDATION', `「${labelOf.get(key)}」对应了不止一列，请只保留一列。`);
    seen.add(key);
  }
  const missing = rules.missing(seen);
  if (missing.length) throw new AppError('VALIDATION', `请为「${missing.join('」「')}」选择对应的列。`);
}

export async function readMapped(
  db: Db,
  rules: KindRules,
  input: SheetInput,
  progress: Progress,
): Promise<MappedSheet> {
  progress(0, 0, '正在读取文件…');
  const bytes = Buffer.from(input.base64, 'base64');
  const sheets = await readTable(input.fileName, bytes);
  // A workbook saved with no sheet at all (or only chart sheets) would otherwise be reported as
  // lacking the sheet named 「undefined」.
  if (!sheets.length) throw new AppError('VALIDATION', '文件中没有工作表，请选择有数据的工作簿。');
  const chosen = input.sheet
    ? sheets.find((s) => s.name === input.sheet)
    : (sheets.find((s) => findHeader(s.rows, rules.targets)) ?? sheets[0]);
  if (!chosen) throw new AppError('VALIDATION', `文件中没有名为「${input.sheet}」的工作表。`);
  const header = findHeader(chosen.rows, rules.targets);
  if (!header)
    throw new AppError(
      'VALIDATION',
      `工作表「${chosen.name}」的前 20 行中找不到表头：表头应至少写明两个栏目，如「${rules.targets
        .slice(0, 3)
        .map((t) => t.label)
        .join('」「')}」。`,
    );
  // The page sends the mapping back with each call, at most 300 columns (importLedgerInput).
  if (header.labels.length > 300)
    throw new AppError(
      'VALIDATION',
      `工作表「${chosen.name}」的表头有 ${header.labels.length} 列：最多 300 列，请删去不导入的列后再试。`,
    );
  const remembered = input.mapping ? null : rememberedMapping(db, rules.kind, header.labels);
  const mapping = input.mapping ?? remembered ?? proposeMapping(header.labels, rules.targets);
  checkMapping(mapping, header.labels, rules);
  return {
    kind: rules.kind,
    fileName: input.fileName,
    sha256: sha256(bytes),
    sheets: sheets.map((s) => s.name),
    sheet: chosen.name,
    headerRow: header.row + 1,
    labels: header.labels,
    mapping,
    remembered: remembered !== null,
    body: chosen.rows.slice(header.row + 1),
  };
}

/** Fingerprints already imported, asked in slices (SQLite's bound-parameter limit). */
function importedBefore(db: Db, prints: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < prints.length; i += 500) {
    const slice = prints.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT fingerprint FROM import_rows WHERE fingerprint IN (${slice.map(() => '?').join(',')})`)
      .all(...slice) as { fingerprint: string }[];
    for (const r of rows) found.add(r.fingerprint);
  }
  return found;
}

/** A cell as its fingerprint takes it: a typed date keeps its time of day (readText keeps only the day). */
const printText = (rules: KindRules, key: string, cell: unknown) =>
  rules.normal[key]?.(cell) ?? (cell instanceof Date ? cell.toISOString() : readText(cell));

/**
 * Each record row judged, with its fingerprint: the row as mapped, not its
 * position — the same row copied into another file is the same row, and
 * comes in once. Names in the category column the dictionary lacks are
 * counted for the page's 「未知的…」 list.
 */
export function judgeRows<V>(
  db: Db,
  rules: KindRules,
  sheet: MappedSheet,
  judge: (rowNo: number, cells: readonly unknown[]) => RowVerdict<V>,
  knownCategory: (name: string) => boolean,
  progress: Progress,
): Analysis<V> {
  const { body, ...read } = sheet;
  const rows: AnalysedRow<V>[] = [];
  const seen = new Set<string>();
  const unknown = new Map<string, number>();
  const categoryColumn = sheet.mapping.indexOf('category');
  for (const [i, cells] of body.entries()) {
    if (i % 2000 === 0)
      progress(i, body.length, `正在检查第 ${i + 1}—${Math.min(i + 2000, body.length)} 行…`);
    if (isBlankRow(cells) || isNoteRow(cells, sheet.mapping, rules.essentials)) continue;
    const fingerprint = sha256(
      JSON.stringify([
        rules.kind,
        ...sheet.mapping.flatMap((key, c) => (key === null ? [] : [[key, printText(rules, key, cells[c])]])),
      ]),
    );
    const name = readText(cells[categoryColumn]);
    if (name && !knownCategory(name)) unknown.set(name, (unknown.get(name) ?? 0) + 1);
    rows.push({
      verdict: judge(sheet.headerRow + 1 + i, cells),
      cells,
      fingerprint,
      repeated: seen.has(fingerprint),
    });
    seen.add(fingerprint);
  }
  const before = importedBefore(
    db,
    rows.map((r) => r.fingerprint),
  );
  for (const r of rows) if (before.has(r.fingerprint)) r.repeated = true;
  progress(body.length, body.length, '检查完毕');
  return { ...read, rows, unknownCategories: [...unknown].map(([n, count]) => ({ name: n, rows: count })) };
}

/** The batch an import writes under, with its counts (in the import's transaction). */
export function insertBatch(db: Db, a: Analysis<unknown>, imported: number, at: string, by: string): number {
  const refused = a.rows.filter((r) => !r.verdict.ok && !r.repeated).length;
  const repeated = a.rows.filter((r) => r.repeated).length;
  return Number(
    db
      .prepare(
        `INSERT INTO import_batches (kind, file_name, sha256, rows_imported, rows_refused, rows_repeated, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.kind, a.fileName, a.sha256, imported, refused, repeated, at, by).lastInsertRowid,
  );
}

/** How the audit record counts what came in and what did not. */
export function countsPhrase(a: Analysis<unknown>, imported: number, unit: string): string {
  const refused = a.rows.filter((r) => !r.verdict.ok && !r.repeated).length;
  const repeated = a.rows.filter((r) => r.repeated).length;
  return `导入 ${imported} ${unit}，未导入 ${refused} 行，此前已导入 ${repeated} 行`;
}
