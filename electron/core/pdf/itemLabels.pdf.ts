import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../errors';
import { cutLayout } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

export interface ItemLabel {
  code: string;
  /** What the label's QR code holds: the 档号 in ASCII, as a handheld scanner types it. */
  scanCode: string;
  title: string;
  year: number;
  retentionLabel: string;
  location: string | null;
}

/** Twelve labels to an A4 sheet, two across and six down, each about 95 × 45 mm. */
const COLUMNS = 2;
const ROWS = 6;
const MARGIN: [number, number, number, number] = [28, 30, 28, 30];
const PAD = 8;
/** pdfmake adds the padding and the rule to a row's height. */
const LABEL_HEIGHT = Math.floor((841.89 - MARGIN[1] - MARGIN[3]) / ROWS) - 2 * PAD - 2;
/** The QR's modules are whole points: 25 modules (a 档号 at level M) are 3 pt each, 75 pt across. */
const QR_SIZE = 80;
/** Two lines of 题名 at 9 pt in the text column. */
const TITLE_MAX = 36;

/** A title cut to `max` characters (a rare character outside the BMP counts as one), marked with …. */
export function truncateTitle(title: string, max = TITLE_MAX): string {
  const chars = [...title.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The scanner types what the QR holds into the search box as keystrokes, and
 * only printable ASCII survives that; the caller converts the 档号 (its ·).
 */
function checkScanCode(label: ItemLabel, n: number): void {
  if (!/^[\x21-\x7e]+$/.test(label.scanCode)) {
    throw new AppError(
      'VALIDATION',
      `第 ${n} 张标签的扫描码“${label.scanCode}”只能由英文字母、数字和符号组成。`,
    );
  }
}

function labelCell(label: ItemLabel, centreName: string): TableCell {
  return {
    columns: [
      {
        width: QR_SIZE,
        stack: [
          // ECC level M: a label on a box is handled and rubbed; 15 % of the code may be lost.
          { qr: label.scanCode, fit: QR_SIZE, eccLevel: 'M' },
          { text: label.scanCode, fontSize: 6.5, margin: [0, 3, 0, 0] },
        ],
      },
      {
        width: '*',
        stack: [
          { text: label.code, fontSize: 11, bold: true },
          { text: truncateTitle(label.title), fontSize: 9, margin: [0, 3, 0, 3] },
          { text: `年度：${label.year}${GAP}保管期限：${label.retentionLabel}` },
          { text: `存放位置：${label.location ?? ''}` },
          { text: centreName, fontSize: 7.5, color: '#444444', margin: [0, 4, 0, 0] },
        ],
      },
    ],
    columnGap: 10,
  };
}

function fieldsOf(centreName: string, labels: readonly ItemLabel[]): Record<string, string> {
  const fields: Record<string, string> = { 综治中心名称: centreName };
  labels.forEach((l, i) => {
    const n = `第 ${i + 1} 张标签`;
    fields[`${n}“档号”`] = l.code;
    fields[`${n}“扫描码”`] = l.scanCode;
    // Only what is printed: the title's cut-off tail never reaches the page.
    fields[`${n}“题名”`] = truncateTitle(l.title);
    fields[`${n}“保管期限”`] = l.retentionLabel;
    fields[`${n}“存放位置”`] = l.location ?? '';
  });
  return fields;
}

export async function itemLabelsPdf(input: { centreName: string; labels: ItemLabel[] }): Promise<Buffer> {
  if (input.labels.length === 0) throw new AppError('VALIDATION', '没有要打印标签的档案。');
  input.labels.forEach((l, i) => checkScanCode(l, i + 1));
  const cells = input.labels.map((l) => labelCell(l, input.centreName));
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += COLUMNS) {
    const row = cells.slice(i, i + COLUMNS);
    // A half-filled last row keeps its blank label, so the grid stays as cut.
    while (row.length < COLUMNS) row.push({ text: '' });
    rows.push(row);
  }
  const content: Content = {
    table: {
      widths: Array<'*'>(COLUMNS).fill('*'),
      heights: LABEL_HEIGHT,
      dontBreakRows: true,
      body: rows,
    },
    layout: cutLayout(false, PAD),
    fontSize: 8.5,
    lineHeight: 1.1,
  };
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: MARGIN,
    info: { title: '档案标签', subject: input.centreName },
    defaultStyle: { font: 'Serif', fontSize: 8.5 },
    content: [content],
  };
  return renderPdf(doc, fieldsOf(input.centreName, input.labels));
}
