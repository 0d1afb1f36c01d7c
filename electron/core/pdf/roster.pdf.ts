import type { Content } from 'pdfmake/interfaces';
import { addRowFields, archiveDocument, archiveTable, docTitle, type ArchiveColumn } from './archiveBlocks';
import { GAP } from './officialBlocks';
import { renderPdf } from './render';

export interface RosterPdfDay {
  /** 12月6日 */
  day: string;
  /** 星期六 */
  weekday: string;
  /** Weekend or holiday by the working-day calendar: marked 休. */
  offDay: boolean;
  /** The names on each shift, in the template's order. */
  shifts: string[];
  leader: string | null;
  leaderPhone: string | null;
}

export interface RosterPdfInput {
  centreName: string;
  /** 2026年12月 */
  monthLabel: string;
  templateName: string;
  /** 白班 08:00—20:00 … in the template's order. */
  shiftHeaders: string[];
  days: RosterPdfDay[];
  version: string;
  publishedBy: string | null;
  publishedOn: string | null;
}

/**
 * The month's video-monitoring duty roster (domain.md, Module 4): A4
 * landscape, a row per day, a column per shift with the names on it, the
 * day's 带班领导 and phone; weekends and holidays marked. One page for a
 * month at 9 pt.
 */
export async function rosterPdf(input: RosterPdfInput): Promise<Buffer> {
  const columns: ArchiveColumn[] = [
    { label: '日期', width: 44, center: true },
    { label: '星期', width: 34, center: true },
    ...input.shiftHeaders.map((label): ArchiveColumn => ({ label, width: '*', center: true })),
    { label: '带班领导', width: 60, center: true },
    { label: '联系电话', width: 76, center: true },
  ];
  const rows = input.days.map((d) => [
    d.day,
    d.offDay ? `${d.weekday}（休）` : d.weekday,
    ...d.shifts,
    d.leader ?? '',
    d.leaderPhone ?? '',
  ]);
  const fields: Record<string, string> = { 综治中心名称: input.centreName, 班次模板: input.templateName };
  input.shiftHeaders.forEach((h, i) => (fields[`第 ${i + 1} 个班次`] = h));
  addRowFields(fields, columns, rows);
  const content: Content[] = [
    docTitle(`${input.centreName}视频监控值班表`, [0, 0, 0, 2]),
    {
      text: `${input.monthLabel}${GAP}${input.templateName}`,
      alignment: 'center',
      fontSize: 11,
      margin: [0, 0, 0, 6],
    },
    archiveTable(columns, rows),
    {
      columns: [
        { text: `版本：${input.version}` },
        {
          text: `发布：${input.publishedBy ?? '（草稿，未发布）'}${input.publishedOn ? `${GAP}${input.publishedOn}` : ''}`,
          alignment: 'right',
        },
      ],
      fontSize: 9,
      margin: [0, 6, 0, 0],
    },
  ];
  return renderPdf(
    archiveDocument({
      title: `视频监控值班表 ${input.monthLabel}`,
      subject: input.centreName,
      orientation: 'landscape',
      margins: [36, 28, 36, 36],
      fontSize: 9,
      content,
    }),
    fields,
  );
}
