import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../errors';
import { cutLayout, verticalText } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

export interface BoxSpine {
  boxNo: string;
  fonds: string;
  year: number | null;
  retentionLabel: string | null;
  categoryName: string | null;
  firstCode: string | null;
  lastCode: string | null;
  count: number;
  location: string;
}

/**
 * A spine 40 mm wide (DA/T 22-2015 boxes are 20, 30, 40 or 50 mm thick; a
 * strip is trimmed for a thinner box) and nearly the full height of A4; four
 * to a sheet, cut on the dashes.
 */
const STRIP_WIDTH = 113;
const PER_PAGE = 4;
const MARGIN = 28;
const STRIP_GAP = (595.28 - 2 * MARGIN - PER_PAGE * STRIP_WIDTH) / (PER_PAGE - 1);
/** The strip's height on the page, rules and cell padding included. */
const STRIP_HEIGHT = 740;
const PAD = 4;

const field = (label: string, value: string, fontSize = 12): TableCell => ({
  stack: [
    { text: label, fontSize: 8 },
    { text: value, fontSize, bold: true },
  ],
  alignment: 'center',
});

/**
 * DA/T 22-2015's spine items — 全宗号, 年度, 保管期限, 起止件号, 盒号 — with the
 * 门类 set vertically in large type, so it reads on the shelf.
 */
function strip(box: BoxSpine): Column {
  const rows: [TableCell, number][] = [
    [field('全宗号', box.fonds), 44],
    [field('年度', box.year === null ? '' : String(box.year)), 44],
    [field('保管期限', box.retentionLabel ?? ''), 44],
    [{ text: verticalText(box.categoryName ?? ''), fontSize: 24, bold: true, alignment: 'center' }, 0],
    [
      {
        stack: [
          { text: '起止件号', fontSize: 8 },
          { text: box.firstCode ?? '', fontSize: 8 },
          { text: '至', fontSize: 8 },
          { text: box.lastCode ?? '', fontSize: 8 },
        ],
        alignment: 'center',
      },
      84,
    ],
    [{ text: `共 ${box.count} 件`, fontSize: 10, alignment: 'center' }, 28],
    [field('存放位置', box.location, 10), 40],
    // A short 盒号 (003) large; a long one (2026-D30-003) still on one line.
    [field('盒号', box.boxNo, [...box.boxNo].length <= 6 ? 24 : 14), 56],
  ];
  // The 门类 row (height 0 here) takes what the others leave of the strip;
  // pdfmake adds the padding to each row's height.
  const used = rows.reduce((sum, [, h]) => sum + h, 0) + rows.length * (2 * PAD + 0.5);
  const heights = rows.map(([, h]) => (h === 0 ? STRIP_HEIGHT - used : h));
  return {
    width: STRIP_WIDTH,
    table: { widths: ['*'], heights, body: rows.map(([cell]) => [cell]) },
    layout: cutLayout(true, PAD),
  };
}

function fieldsOf(centreName: string, boxes: readonly BoxSpine[]): Record<string, string> {
  const fields: Record<string, string> = { 综治中心名称: centreName };
  boxes.forEach((b, i) => {
    const n = `第 ${i + 1} 盒`;
    fields[`${n}“盒号”`] = b.boxNo;
    fields[`${n}“全宗号”`] = b.fonds;
    fields[`${n}“保管期限”`] = b.retentionLabel ?? '';
    fields[`${n}“门类”`] = b.categoryName ?? '';
    fields[`${n}“起件号”`] = b.firstCode ?? '';
    fields[`${n}“止件号”`] = b.lastCode ?? '';
    fields[`${n}“存放位置”`] = b.location;
  });
  return fields;
}

export async function boxSpinePdf(input: { centreName: string; boxes: BoxSpine[] }): Promise<Buffer> {
  if (input.boxes.length === 0) throw new AppError('VALIDATION', '没有要打印盒脊的档案盒。');
  const pages: Content[] = [];
  for (let i = 0; i < input.boxes.length; i += PER_PAGE) {
    pages.push({
      columns: input.boxes.slice(i, i + PER_PAGE).map(strip),
      columnGap: STRIP_GAP,
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    });
  }
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, 40, MARGIN, 40],
    info: { title: '档案盒盒脊', subject: input.centreName },
    defaultStyle: { font: 'Serif', fontSize: 10, lineHeight: 1.1 },
    footer: {
      text: `${input.centreName}${GAP}档案盒盒脊${GAP}沿虚线剪下，贴于盒脊`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 14, 0, 0],
    },
    content: pages,
  };
  return renderPdf(doc, fieldsOf(input.centreName, input.boxes));
}
