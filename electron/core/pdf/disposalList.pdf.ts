import type { Content } from 'pdfmake/interfaces';
import {
  addRowFields,
  archiveDocument,
  archiveTable,
  BLANK_DATE,
  docTitle,
  isoDateText,
  SIGN_BLANK,
  type ArchiveColumn,
} from './archiveBlocks';
import { GAP, paragraphs, type OfficialPdfOptions } from './officialBlocks';
import { renderPdf } from './render';

export interface DisposalRow {
  code: string;
  title: string;
  year: number;
  retentionLabel: string;
  pages: number;
  note: string | null;
}

export interface DisposalListInput {
  centreName: string;
  number: string;
  reason: string;
  proposedBy: string;
  /** YYYY-MM-DD, as is approvedOn. */
  proposedOn: string;
  approvedBy: string | null;
  approvedOn: string | null;
  rows: DisposalRow[];
}

const COLUMNS: readonly ArchiveColumn[] = [
  { label: '序号', width: 24, center: true },
  { label: '档号', width: 116 },
  { label: '题名', width: '*' },
  { label: '年度', width: 30, center: true },
  { label: '保管期限', width: 46, center: true },
  { label: '页数', width: 26, center: true },
  { label: '备注', width: 60 },
];

const line = (text: string): Content => ({ text, margin: [0, 10, 0, 0] });

/**
 * The signatures: who proposed, who approved and when, and the supervisors of
 * the destruction — at least two, each signing the list (no one destroys
 * files alone, domain.md Module 3). Kept together on one page.
 */
function signatures(a: DisposalListInput, style: OfficialPdfOptions['dateStyle']): Content {
  return {
    unbreakable: true,
    fontSize: 12,
    margin: [0, 16, 0, 0],
    stack: [
      line(`申请人：${a.proposedBy}${GAP}${GAP}申请日期：${isoDateText(a.proposedOn, style)}`),
      line(
        `批准人：${a.approvedBy ?? SIGN_BLANK}${GAP}${GAP}批准日期：${a.approvedOn ? isoDateText(a.approvedOn, style) : BLANK_DATE}`,
      ),
      line(`监销人（签名）：${SIGN_BLANK}${GAP}${GAP}监销人（签名）：${SIGN_BLANK}`),
      line(`销毁日期：${BLANK_DATE}`),
      { text: a.centreName, alignment: 'right', margin: [0, 20, 0, 0] },
    ],
  };
}

export async function disposalListPdf(
  a: DisposalListInput,
  options: OfficialPdfOptions = {},
): Promise<Buffer> {
  const rows = a.rows.map((r, i) => [
    String(i + 1),
    r.code,
    r.title,
    String(r.year),
    r.retentionLabel,
    String(r.pages),
    r.note ?? '',
  ]);
  const pages = a.rows.reduce((sum, r) => sum + r.pages, 0);
  const fields: Record<string, string> = {
    综治中心名称: a.centreName,
    清册编号: a.number,
    销毁理由: a.reason,
    申请人: a.proposedBy,
    批准人: a.approvedBy ?? '',
  };
  addRowFields(fields, COLUMNS, rows);
  const content: Content[] = [
    docTitle('档案销毁清册'),
    { text: `编号：${a.number}`, alignment: 'right', fontSize: 12, margin: [0, 0, 0, 8] },
    { text: '鉴定意见及销毁理由：', bold: true, fontSize: 12 },
    ...paragraphs(a.reason).map((text): Content => ({ text, leadingIndent: 24, alignment: 'justify' })),
    { text: `拟销毁档案共 ${a.rows.length} 件 ${pages} 页，清单如下：`, margin: [0, 6, 0, 6] },
    archiveTable(COLUMNS, rows, 10.5),
    signatures(a, options.dateStyle),
  ];
  const doc = archiveDocument({
    title: `档案销毁清册 ${a.number}`,
    subject: a.centreName,
    margins: [62, 56, 48, 56],
    fontSize: 12,
    content,
  });
  return renderPdf(doc, fields);
}
