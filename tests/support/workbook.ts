import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { FileOutput } from '../../shared/api/contract';

/** The workbook's sheet as plain rows (merged cells repeat their value), and the names of all its sheets. */
export async function sheetRows(
  file: FileOutput,
  name: string,
): Promise<{ names: string[]; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  expect(ws, name).toBeDefined();
  const rows: unknown[][] = [];
  ws!.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return { names: wb.worksheets.map((w) => w.name), rows: Array.from(rows, (r) => r ?? []) };
}

/** The label → values lines of one section, up to its 合计 (included) or the next blank line. */
export function section(rows: unknown[][], heading: string): Record<string, unknown[]> {
  const start = rows.findIndex((r) => r[0] === heading);
  expect(start, heading).toBeGreaterThan(0);
  const out: Record<string, unknown[]> = {};
  for (const r of rows.slice(start + 2)) {
    if (!r.length || r[0] === undefined) break;
    out[String(r[0])] = r.slice(1);
  }
  return out;
}
