import type { Content } from 'pdfmake/interfaces';
import { BLANK_DATE, docTitle, isoDateText, SIGN_BLANK } from './archiveBlocks';
import { officialDocument, paragraphs, subtitle, type OfficialPdfOptions } from './officialBlocks';
import { renderPdf } from './render';

export interface BoxNoteInput {
  centreName: string;
  boxNo: string;
  location: string;
  count: number;
  pages: number;
  note: string | null;
  filedBy: string | null;
  checkedBy: string | null;
  /** YYYY-MM-DD */
  checkedOn: string | null;
}

/**
 * 备考表 (DA/T 22-2015), placed last in the box: what the box holds and its
 * state — 本盒共 N 件 M 页 and anything missing or damaged — with the names of
 * whoever sorted and checked it. A name or date not yet known is left to write in.
 */
export async function boxNotePdf(input: BoxNoteInput, options: OfficialPdfOptions = {}): Promise<Buffer> {
  const explanation: Content[] = [
    { text: '盒内文件情况说明：', bold: true },
    { text: `本盒共 ${input.count} 件 ${input.pages} 页。`, leadingIndent: 32, margin: [0, 8, 0, 0] },
    ...paragraphs(input.note ?? '').map((text): Content => ({
      text,
      leadingIndent: 32,
      alignment: 'justify',
    })),
  ];
  const signed = (label: string, value: string | null): Content => ({
    text: `${label}：${value ?? SIGN_BLANK}`,
    margin: [220, 10, 0, 0],
  });
  const content: Content[] = [
    docTitle('备考表', [0, 4, 0, 12]),
    subtitle(input.centreName),
    {
      columns: [
        { text: `盒号：${input.boxNo}` },
        { text: `存放位置：${input.location}`, alignment: 'right' },
      ],
      fontSize: 14,
      margin: [0, 0, 0, 8],
    },
    {
      table: { widths: ['*'], heights: [380], body: [[{ stack: explanation }]] },
      layout: { paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 8, paddingBottom: () => 8 },
    },
    signed('整理人', input.filedBy),
    signed('检查人', input.checkedBy),
    signed('日期', input.checkedOn === null ? BLANK_DATE : isoDateText(input.checkedOn, options.dateStyle)),
  ];
  return renderPdf(officialDocument('备考表', input.centreName, content), {
    综治中心名称: input.centreName,
    盒号: input.boxNo,
    存放位置: input.location,
    情况说明: input.note ?? '',
    整理人: input.filedBy ?? '',
    检查人: input.checkedBy ?? '',
  });
}
