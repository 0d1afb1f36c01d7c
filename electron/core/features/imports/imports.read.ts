import ExcelJS from 'exceljs';
import { AppError } from '../../errors';

/**
 * An old workbook or CSV as rows of cell values (issue 14, items 1–2): the
 * strings, numbers and Dates its cells hold, with merged cells repeating the
 * merged value (a header merged over two columns names both).
 */
export interface Sheet {
  name: string;
  rows: unknown[][];
}

/** A rich-text, formula or hyperlink cell as the value a reader sees. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  // As the cell shows it, and as a CSV of the sheet writes it.
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}

/**
 * A cell's value; a merged cell's is its range's. A formula's is its cached
 * result read directly: exceljs's `value` drops a result that is falsy, so a
 * computed 0 or FALSE would read as empty — and LibreOffice saves every
 * TRUE / FALSE cell as the formula TRUE() / FALSE().
 */
function cellValue(cell: ExcelJS.Cell): unknown {
  const source = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
  if (source.type === ExcelJS.ValueType.Formula)
    return plain((source.result as ExcelJS.CellValue | undefined) ?? null);
  return plain(source.value);
}

const isBlank = (c: unknown) => c === null || c === undefined || String(c).trim() === '';

/** A row without the empty cells after its last value (a CSV line ending in commas, a formatted blank cell). */
function withoutTrailingBlanks<T>(cells: T[]): T[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/** What a workbook may unpack to: 100 000 ledger rows take about 60 MB; far more is a zip bomb, not a ledger. */
const MAX_UNPACKED = 600 * 1024 * 1024;

/**
 * The sizes a .xlsx (a zip) says its parts unpack to, summed from its
 * central directory — read before exceljs unpacks everything into memory,
 * so a small file that unpacks to gigabytes is refused instead of taking
 * the job's thread down. Null when the directory cannot be found (exceljs
 * then reports the file as damaged).
 */
export function unpackedSize(bytes: Buffer): number | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    total += bytes.readUInt32LE(at + 24);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

async function readXlsx(bytes: Buffer): Promise<Sheet[]> {
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED)
    throw new AppError(
      'VALIDATION',
      `该工作簿解压后约 ${Math.round(unpacked / 1024 / 1024)} MB，超过可导入的 ${MAX_UNPACKED / 1024 / 1024} MB：请删去不需要的工作表，或另存为 CSV 后导入。`,
    );
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', '无法读取该 Excel 文件：文件可能已损坏或有密码保护。');
  }
  return book.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    // Each row only as wide as its own last cell, not the sheet's `columnCount`: one stray
    // space in column XFD made every row 16 384 cells wide (minutes of reading, a mapping of
    // 16 384 columns the page cannot send back).
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: unknown[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c)));
      rows[n - 1] = withoutTrailingBlanks(cells);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

/**
 * The text of a CSV file: UTF-8 (with or without its BOM) when the bytes are
 * valid UTF-8, else GB18030 — what Chinese Excel and WPS write when saving
 * CSV (GBK is its subset). Valid UTF-8 is practically never valid-looking
 * GBK by accident the other way round, so UTF-8 is tried first.
 */
export function decodeCsv(bytes: Uint8Array): string {
  // Excel's 「Unicode 文本」 is UTF-16 with its byte-order mark (renamed .csv by offices).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // GBK text read as UTF-8 breaks on nearly every Chinese character (a third or more of its high bytes);
  // a UTF-8 file with a stray bad byte (a cell pasted from elsewhere) breaks once or twice in thousands.
  // Only the first is GBK: the second stays UTF-8, its bad byte shown as 「�」 in its cell, rather than
  // the whole file turned to nonsense.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const broken = utf8.match(/\uFFFD/gu)?.length ?? 0;
  const high = bytes.reduce((n, b) => (b >= 0x80 ? n + 1 : n), 0);
  if (broken === 0 || broken < high * 0.05) return utf8;
  return new TextDecoder('gb18030').decode(bytes);
}

/**
 * The separator of a CSV: a comma, or what its first lines use instead — a tab
 * (Excel's 「Unicode 文本」, 「文本文件（制表符分隔）」) or a semicolon (Excel
 * set to a European locale) — when more of them hold that than a comma.
 */
function separatorOf(text: string): string {
  const lines = text
    .slice(0, 20_000)
    .split(/\r?\n|\r/)
    .slice(0, 20);
  const holding = (sep: string) => lines.filter((l) => l.includes(sep)).length;
  const commas = holding(',');
  const [best, count] = (['\t', ';'] as const)
    .map((sep) => [sep, holding(sep)] as const)
    .reduce((x, y) => (y[1] > x[1] ? y : x));
  return count > commas ? best : ',';
}

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The sheets of an .xlsx or .csv file; anything else is refused with what to do instead. */
export async function readTable(fileName: string, bytes: Buffer): Promise<Sheet[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv'))
    return [
      { name: fileName.replace(/\.csv$/i, ''), rows: parseCsv(decodeCsv(bytes)).map(withoutTrailingBlanks) },
    ];
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.xls') || lower.endsWith('.et'))
    throw new AppError(
      'VALIDATION',
      '暂不能读取旧版 .xls / .et 文件：请在 Excel 或 WPS 中「另存为」.xlsx 或 .csv 后再导入。',
    );
  throw new AppError('VALIDATION', '只能导入 .xlsx 或 .csv 文件。');
}
