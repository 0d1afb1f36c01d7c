import type { Content } from 'pdfmake/interfaces';
import { addRowFields, archiveDocument, archiveTable, docTitle, type ArchiveColumn } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

/** One shift of the person's month, as the schedule prints and exports it. */
export interface MyShiftLine {
  date: string;
  /** 10月6日 */
  day: string;
  /** 星期六, with （休） on a weekend or holiday. */
  weekday: string;
  /** 夜班（20:00—次日08:00） */
  shift: string;
  hours: number;
  /** Whoever shares the shift, or 无. */
  mates: string;
  leader: string;
  leaderPhone: string;
  /** How the person came by the shift when an approved swap gave it: 替班（原为 张志斌）. */
  note: string;
}

export interface MyRosterPdfInput {
  centreName: string;
  person: string;
  /** 2026年10月 */
  monthLabel: string;
  templateName: string;
  lines: MyShiftLine[];
  totals: { shifts: number; nights: number; offDays: number; hours: number };
  /** The month's approved swaps the person is in, in words, each with its reason. */
  swaps: string[];
  version: string;
  publishedBy: string | null;
  publishedOn: string | null;
}

/** 共 14 个班，其中夜班 5 个、周末节假日 4 个，合计 112 小时 — one sentence for the print, the workbook and the page. */
export const totalsText = (t: MyRosterPdfInput['totals']): string =>
  `共 ${t.shifts} 个班，其中夜班 ${t.nights} 个、周末节假日 ${t.offDays} 个，合计 ${t.hours} 小时`;

export const MY_ROSTER_COLUMNS: readonly ArchiveColumn[] = [
  { label: '日期', width: 46, center: true },
  { label: '星期', width: 60, center: true },
  { label: '班次', width: 104, center: true },
  { label: '小时', width: 20, center: true },
  { label: '同班', width: '*' },
  { label: '带班领导', width: 40, center: true },
  { label: '联系电话', width: 62, center: true },
  { label: '备注', width: 62 },
];

/** The cells of one line, in the columns' order. */
export const myRosterRow = (l: MyShiftLine): string[] => [
  l.day,
  l.weekday,
  l.shift,
  String(l.hours),
  l.mates,
  l.leader,
  l.leaderPhone,
  l.note,
];

/**
 * An operator's own month (issue 11 §5): A4 portrait, the centre, the person
 * and the month at the head, a row per shift with whoever shares it and the
 * day's 带班领导 and phone, the month's totals, the approved swaps the person
 * is in, and which version of the published roster it was taken from.
 */
export async function myRosterPdf(input: MyRosterPdfInput): Promise<Buffer> {
  const rows = input.lines.map(myRosterRow);
  const fields: Record<string, string> = {
    综治中心名称: input.centreName,
    值班员: input.person,
    班次模板: input.templateName,
  };
  addRowFields(fields, MY_ROSTER_COLUMNS, rows);
  input.swaps.forEach((s, i) => (fields[`第 ${i + 1} 条调班`] = s));
  const content: Content[] = [
    docTitle('视频监控个人值班表', [0, 0, 0, 4]),
    {
      text: `${input.centreName}${GAP}${input.monthLabel}`,
      alignment: 'center',
      fontSize: 12,
      margin: [0, 0, 0, 10],
    },
    {
      columns: [{ text: `值班员：${input.person}` }, { text: input.templateName, alignment: 'right' }],
      fontSize: 11,
      margin: [0, 0, 0, 4],
    },
    archiveTable(MY_ROSTER_COLUMNS, rows),
    { text: `本月${totalsText(input.totals)}。`, fontSize: 11, margin: [0, 8, 0, 0] },
  ];
  if (input.swaps.length)
    content.push(
      { text: '本月经批准的调班：', fontSize: 11, margin: [0, 8, 0, 2] },
      { ol: input.swaps, fontSize: 10 },
    );
  content.push({
    columns: [
      { text: `依据：已发布值班表${input.version}` },
      {
        text: `发布：${input.publishedBy ?? ''}${input.publishedOn ? `${GAP}${input.publishedOn}` : ''}`,
        alignment: 'right',
      },
    ],
    fontSize: 9,
    margin: [0, 10, 0, 0],
  });
  return renderPdf(
    archiveDocument({
      title: `视频监控个人值班表 ${input.person} ${input.monthLabel}`,
      subject: input.centreName,
      margins: [36, 40, 36, 48],
      fontSize: 10,
      content,
    }),
    fields,
  );
}
