import ExcelJS from 'exceljs';

/**
 * An office's old 台账 workbook as the import tests make it (issue 14): a
 * title row merged across the table and a 填报单位 line above a header whose
 * grouped columns are merged over two rows (当事人 over 申请人 | 被申请人,
 * the single columns merged down both rows), then the rows as given — `[]`
 * is a blank row, a one-cell row a note.
 */
export type HeaderCell = string | { over: string; under: readonly string[] };

export interface OldLedger {
  sheet: string;
  title: string;
  /** The line under the title (「填报单位：…」). */
  unit: string;
  header: readonly HeaderCell[];
  rows: readonly (readonly unknown[])[];
  /** Number formats by 0-based column, set on the data cells as an office formats a date or amount column. */
  formats?: Readonly<Record<number, string>>;
}

/** The header's column count: a group takes one column per name under it. */
const widthOf = (header: readonly HeaderCell[]) =>
  header.reduce((n, h) => n + (typeof h === 'string' ? 1 : h.under.length), 0);

export function oldLedgerBook(ledger: OldLedger): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ledger.sheet);
  const width = widthOf(ledger.header);
  ws.addRow([ledger.title]);
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([ledger.unit]);
  const upper: unknown[] = [];
  const lower: unknown[] = [];
  const merges: [number, number, number, number][] = [];
  const grouped = ledger.header.some((h) => typeof h !== 'string');
  for (const h of ledger.header) {
    const col = upper.length + 1;
    if (typeof h === 'string') {
      upper.push(h);
      lower.push(null);
      if (grouped) merges.push([3, col, 4, col]);
    } else {
      upper.push(h.over, ...h.under.slice(1).map(() => null));
      lower.push(...h.under);
      merges.push([3, col, 3, col + h.under.length - 1]);
    }
  }
  ws.addRow(upper);
  if (grouped) ws.addRow(lower);
  for (const m of merges) ws.mergeCells(...m);
  for (const cells of ledger.rows) {
    const row = ws.addRow([...cells]);
    for (const [col, numFmt] of Object.entries(ledger.formats ?? {}))
      if (cells[Number(col)] !== undefined && cells[Number(col)] !== null)
        row.getCell(Number(col) + 1).numFmt = numFmt;
  }
  return wb;
}

export async function oldLedgerFile(ledger: OldLedger): Promise<Buffer> {
  return Buffer.from(await oldLedgerBook(ledger).xlsx.writeBuffer());
}
