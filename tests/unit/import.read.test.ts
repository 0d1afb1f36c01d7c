import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../electron/core/features/imports/imports.read';

async function sheetOf(fill: (ws: ExcelJS.Worksheet) => void): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('台账'));
  const [sheet] = await readTable('台账.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
  return sheet!.rows;
}

/** Issue 14: workbook cells as the import reads them. */
describe('import: reading an .xlsx', () => {
  it('keeps a formula result of 0 or FALSE (exceljs drops falsy results; LibreOffice saves TRUE / FALSE as formulas)', async () => {
    const rows = await sheetOf((ws) => {
      ws.addRow([
        { formula: '3000-3000', result: 0 },
        { formula: 'FALSE()', result: false },
        { formula: 'TRUE()', result: true },
        { formula: '2*1500', result: 3000 },
        { formula: '"L-"&1', result: 'L-1' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
        '后',
      ]);
    });
    // An error result reads as empty; the row ends at its last value.
    expect(rows[0]).toEqual([0, 'FALSE', 'TRUE', 3000, 'L-1', null, '后']);
  });

  it('reads typed yes-or-no cells as the sheet shows them, the same text a CSV of it holds', async () => {
    const rows = await sheetOf((ws) => ws.addRow([true, false]));
    expect(rows[0]).toEqual(['TRUE', 'FALSE']);
  });

  it('gives every cell of a merged range its value, a formula result included', async () => {
    const rows = await sheetOf((ws) => {
      ws.addRow([{ formula: '0*1', result: 0 }, null, '当事人', null]);
      ws.mergeCells('A1:B1');
      ws.mergeCells('C1:D1');
    });
    expect(rows[0]).toEqual([0, 0, '当事人', '当事人']);
  });
});
