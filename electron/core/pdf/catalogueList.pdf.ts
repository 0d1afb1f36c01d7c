import type { Content } from 'pdfmake/interfaces';
import {
  addRowFields,
  archiveDocument,
  archiveTable,
  docTitle,
  eightDigitDate,
  type ArchiveColumn,
} from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

export interface CatalogueListRow {
  code: string;
  docNumber: string | null;
  responsible: string;
  title: string;
  /** YYYY-MM-DD */
  date: string | null;
  /** 公开 / 内部 / 秘密 */
  classification: string;
  pages: number;
  note: string | null;
}

export interface CatalogueListInput {
  centreName: string;
  fondsName?: string | null;
  year?: number | null;
  retentionLabel?: string | null;
  categoryName?: string | null;
  rows: CatalogueListRow[];
}

/** DA/T 22-2015 归档文件目录, its columns in the standard's order; A4 portrait, 9 pt. */
const COLUMNS: readonly ArchiveColumn[] = [
  { label: '序号', width: 22, center: true },
  { label: '档号', width: 68 },
  { label: '文号', width: 52 },
  { label: '责任者', width: 46 },
  { label: '题名', width: '*' },
  // Eight digits at 9 pt are 39.4 pt wide: one line.
  { label: '日期', width: 44, center: true },
  { label: '密级', width: 24, center: true },
  { label: '页数', width: 22, center: true },
  { label: '备注', width: 40 },
];

/**
 * The heading of the list: DA/T 22 binds the catalogue under a cover naming
 * 全宗名称, 年度, 保管期限 and 机构（问题）; the centre is its own fonds when no
 * other name is set, and the 门类 stands where an office would name its section.
 */
function heading(input: CatalogueListInput): Content[] {
  const parts = [
    `全宗名称：${input.fondsName || input.centreName}`,
    input.year ? `年度：${input.year}` : '',
    input.retentionLabel ? `保管期限：${input.retentionLabel}` : '',
    input.categoryName ? `门类：${input.categoryName}` : '',
  ].filter((s) => s !== '');
  return [
    docTitle('归档文件目录'),
    { text: parts.join(`${GAP}${GAP}`), alignment: 'center', fontSize: 11, margin: [0, 0, 0, 8] },
  ];
}

export async function catalogueListPdf(input: CatalogueListInput): Promise<Buffer> {
  const rows = input.rows.map((r, i) => [
    String(i + 1),
    r.code,
    r.docNumber ?? '',
    r.responsible,
    r.title,
    eightDigitDate(r.date),
    r.classification,
    String(r.pages),
    r.note ?? '',
  ]);
  const fields: Record<string, string> = {
    综治中心名称: input.centreName,
    全宗名称: input.fondsName ?? '',
    保管期限: input.retentionLabel ?? '',
    门类: input.categoryName ?? '',
  };
  addRowFields(fields, COLUMNS, rows);
  const content: Content[] = [
    ...heading(input),
    rows.length > 0
      ? archiveTable(COLUMNS, rows)
      : { text: '（目录中没有文件）', alignment: 'center', margin: [0, 24, 0, 0] },
  ];
  const doc = archiveDocument({
    title: '归档文件目录',
    subject: input.centreName,
    // The wider margin on the left is the binding edge.
    margins: [62, 48, 40, 56],
    fontSize: 9,
    content,
  });
  return renderPdf(doc, fields);
}
