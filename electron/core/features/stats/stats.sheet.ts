import type ExcelJS from 'exceljs';
import { formatTableDateTime, toLocalIso } from '../../../../shared/dates';
import { pointChange, relativeChange } from '../../../../shared/stats/compare';
import { periodLabel, type MonthRange } from '../../../../shared/stats/months';

/*
 * The writers every sheet of the statistics workbook shares (统计表, 人民调解,
 * 档案借阅), so the sheets keep one look: the same heading line, shaded
 * headers, boxed rows, number formats and A4 page set-up.
 */

export const COLUMNS = 6;
export const FORMAT = {
  count: '#,##0',
  yuan: '#,##0.00',
  rate: '0.0%',
  change: '+0.0%;-0.0%;0.0%',
  points: '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"',
} as const;
const NONE = '—';
/** Two ideographic spaces between the parts of the unit/period line, as on the paper forms. */
const GAP = '\u3000\u3000';

export type Kind = 'count' | 'yuan' | 'rate';

type Cell = ExcelJS.Cell;

export function put(cell: Cell, value: number | string | null, numFmt?: string): void {
  if (value === null) {
    cell.value = NONE;
    cell.alignment = { horizontal: 'center' };
    return;
  }
  cell.value = value;
  if (numFmt && typeof value === 'number') cell.numFmt = numFmt;
}

function compare(kind: Kind, current: number | null, base: number | null): [number | null, string] {
  if (kind === 'rate') return [pointChange(current, base), FORMAT.points];
  return [relativeChange(current ?? 0, base ?? 0), FORMAT.change];
}

const thin = { style: 'thin' as const };
const BOX = { top: thin, bottom: thin, left: thin, right: thin };

/** A sheet's writers: a merged line of text, a shaded header row, a boxed row. */
export function writers(ws: ExcelJS.Worksheet, columns: number) {
  const line = (text: string, opts: { bold?: boolean; size?: number } = {}) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, columns);
    row.getCell(1).font = { bold: opts.bold ?? false, size: opts.size ?? 11 };
    row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
    return row;
  };
  const header = (values: string[]) => {
    const row = ws.addRow(values);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= values.length; c++) {
      row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
      row.getCell(c).border = BOX;
    }
  };
  const boxed = (row: ExcelJS.Row, count: number) => {
    for (let c = 1; c <= count; c++) row.getCell(c).border = BOX;
  };
  /** Title, then 填报单位 / 统计期间 / 导出时间 on one line. */
  const heading = (title: string, centreName: string, period: MonthRange, exportedAt: Date) => {
    const row = line(title, { bold: true, size: 18 });
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = 30;
    line(
      `填报单位：${centreName || '（未设置中心名称）'}${GAP}统计期间：${periodLabel(period)}${GAP}导出时间：${formatTableDateTime(toLocalIso(exportedAt))}`,
    );
  };
  /** 本期 / 上期 / 环比 / 去年同期 / 同比, one row per figure. */
  const comparison = <P>(
    lines: readonly { label: string; kind: Kind; of: (p: P) => number | null }[],
    figures: { period: P; previous: P & MonthRange; lastYear: P & MonthRange },
  ) => {
    header([
      '项目',
      '本期',
      `上期（${periodLabel(figures.previous)}）`,
      '环比',
      `去年同期（${periodLabel(figures.lastYear)}）`,
      '同比',
    ]);
    for (const s of lines) {
      const row = ws.addRow([s.label]);
      const [cur, prev, last] = [s.of(figures.period), s.of(figures.previous), s.of(figures.lastYear)];
      const fmt = FORMAT[s.kind];
      put(row.getCell(2), cur, fmt);
      put(row.getCell(3), prev, fmt);
      put(row.getCell(4), ...compare(s.kind, cur, prev));
      put(row.getCell(5), last, fmt);
      put(row.getCell(6), ...compare(s.kind, cur, last));
      boxed(row, COLUMNS);
    }
  };
  return { line, header, boxed, heading, comparison };
}

export const PAGE_SETUP = {
  pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
} as const;
export const WIDTHS = [
  { width: 22 },
  { width: 14 },
  { width: 14 },
  { width: 16 },
  { width: 14 },
  { width: 16 },
];
