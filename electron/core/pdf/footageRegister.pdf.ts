import type { Content } from 'pdfmake/interfaces';
import { addRowFields, archiveDocument, archiveTable, docTitle, type ArchiveColumn } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

/** One request as printed: every cell already in words. */
export interface FootageRegisterRow {
  no: string;
  requestedAt: string;
  requester: string;
  unit: string;
  idNumber: string;
  letter: string;
  points: string;
  range: string;
  purpose: string;
  decision: string;
  copies: string;
  recordedBy: string;
  note: string;
}

export interface FootageRegisterInput {
  centreName: string;
  /** YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  rows: FootageRegisterRow[];
}

/**
 * 录像调取登记表 (domain-sources §5.5; 公共安全视频图像信息系统管理条例: 调取人员、
 * 调取时间、调取用途以及去向): thirteen columns across A4 landscape at 7.5 pt.
 * A request's approval and every copy sit in its own row; a correction and the
 * request it corrects name each other in 备注.
 */
const COLUMNS: readonly ArchiveColumn[] = [
  { label: '登记号', width: 24, center: true },
  { label: '登记时间', width: 44, center: true },
  { label: '调取人', width: 34 },
  { label: '单位', width: 60 },
  { label: '身份证号', width: 52 },
  { label: '介绍信/公函', width: 50 },
  { label: '点位', width: 66 },
  { label: '调取时段', width: 60 },
  { label: '调取事由', width: '*' },
  { label: '审批', width: 76 },
  { label: '复制（介质·去向·经办人）', width: 90 },
  { label: '登记人', width: 30 },
  { label: '备注', width: 60 },
];

const cells = (r: FootageRegisterRow): string[] => [
  r.no,
  r.requestedAt,
  r.requester,
  r.unit,
  r.idNumber,
  r.letter,
  r.points,
  r.range,
  r.purpose,
  r.decision,
  r.copies,
  r.recordedBy,
  r.note,
];

export async function footageRegisterPdf(input: FootageRegisterInput): Promise<Buffer> {
  const rows = input.rows.map(cells);
  const fields: Record<string, string> = { 综治中心名称: input.centreName };
  addRowFields(fields, COLUMNS, rows);
  const content: Content[] = [
    docTitle('录像调取登记表', [0, 0, 0, 4]),
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
      : { text: '（此期间没有录像调取登记）', alignment: 'center', margin: [0, 24, 0, 0] },
  ];
  const doc = archiveDocument({
    title: '录像调取登记表',
    subject: input.centreName,
    orientation: 'landscape',
    margins: [28, 32, 28, 44],
    fontSize: 7.5,
    content,
  });
  return renderPdf(doc, fields);
}
