import type { Content } from 'pdfmake/interfaces';
import { addRowFields, archiveDocument, archiveTable, docTitle, type ArchiveColumn } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

export interface LoanRegisterRow {
  lentOn: string | null;
  borrower: string;
  unit: string | null;
  phone: string | null;
  itemCode: string;
  itemTitle: string;
  pages: number | null;
  /** 查阅 / 借出 / 复制 */
  mode: string;
  purpose: string;
  approver: string | null;
  dueOn: string | null;
  returnedOn: string | null;
  /** 完好 / 缺损：note */
  condition: string | null;
  handler: string | null;
  note: string | null;
}

export interface LoanRegisterInput {
  centreName: string;
  /** YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  rows: LoanRegisterRow[];
}

/**
 * 借阅登记簿 (domain.md, Module 3; domain-sources §4.2): sixteen columns across
 * A4 landscape at 8 pt. Dates in the table form 2026-01-05 (45 pt at 8 pt).
 */
const COLUMNS: readonly ArchiveColumn[] = [
  { label: '序号', width: 18, center: true },
  { label: '借阅日期', width: 44, center: true },
  { label: '借阅人', width: 36 },
  { label: '单位/部门', width: 58 },
  { label: '联系电话', width: 50 },
  { label: '档号', width: 62 },
  { label: '题名', width: '*' },
  { label: '页数', width: 18, center: true },
  { label: '方式', width: 20, center: true },
  { label: '利用目的', width: 60 },
  { label: '批准人', width: 30 },
  { label: '应还日期', width: 44, center: true },
  { label: '归还日期', width: 44, center: true },
  { label: '归还时状态', width: 44 },
  { label: '经办人', width: 30 },
  { label: '备注', width: 46 },
];

const cells = (r: LoanRegisterRow, i: number): string[] => [
  String(i + 1),
  r.lentOn ?? '',
  r.borrower,
  r.unit ?? '',
  r.phone ?? '',
  r.itemCode,
  r.itemTitle,
  r.pages === null ? '' : String(r.pages),
  r.mode,
  r.purpose,
  r.approver ?? '',
  r.dueOn ?? '',
  r.returnedOn ?? '',
  r.condition ?? '',
  r.handler ?? '',
  r.note ?? '',
];

export async function loanRegisterPdf(input: LoanRegisterInput): Promise<Buffer> {
  const rows = input.rows.map(cells);
  const fields: Record<string, string> = { 综治中心名称: input.centreName };
  addRowFields(fields, COLUMNS, rows);
  const content: Content[] = [
    docTitle('档案借阅登记簿', [0, 0, 0, 4]),
    {
      columns: [
        { text: input.centreName },
        { text: `登记期间：${input.from} 至 ${input.to}${GAP}共 ${rows.length} 条`, alignment: 'right' },
      ],
      fontSize: 10,
      margin: [0, 0, 0, 6],
    },
    rows.length > 0
      ? archiveTable(COLUMNS, rows)
      : { text: '（此期间没有借阅登记）', alignment: 'center', margin: [0, 24, 0, 0] },
  ];
  const doc = archiveDocument({
    title: '档案借阅登记簿',
    subject: input.centreName,
    orientation: 'landscape',
    margins: [28, 32, 28, 44],
    fontSize: 8,
    content,
  });
  return renderPdf(doc, fields);
}
