import type { Content } from 'pdfmake/interfaces';
import { addRowFields, archiveDocument, docTitle } from './archiveBlocks';
import { dayHeading, EVENT_COLUMNS, eventRows, shiftBlock } from './dutyLogBlocks';
import { GAP } from './officialBlocks';
import { pdfPageCount } from './pageCount';
import { renderPdf } from './render';

export interface DutyLogEvent {
  /** 08:05 (or 11-25 00:10 past the shift's day) */
  at: string;
  point: string;
  category: string;
  description: string;
  action: string;
  dispatches: { whom: string; notifiedAt: string; arrivedAt: string; report: string }[];
  result: string;
  caseCode: string;
}

export interface DutyLogShift {
  /** The roster date the shift belongs to. */
  date: string;
  shiftName: string;
  /** 08:00—16:00; null when no rostered shift was found when it opened. */
  planned: string | null;
  operator: string;
  /** null when the roster named the operator; else the reason given. */
  offRoster: string | null;
  openedAt: string;
  closedAt: string | null;
  closingNote: string | null;
  events: DutyLogEvent[];
  check: string | null;
  faultsFound: string[];
  faultsRepaired: string[];
  handover: string | null;
}

export interface DutyLogInput {
  centreName: string;
  /** 2026-11 */
  month: string;
  shifts: DutyLogShift[];
  eventCount: number;
}

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** The cover of the bound month: the centre, the title, the month and how many pages it binds. */
function cover(input: DutyLogInput, pages: number | null): Content[] {
  const days = new Set(input.shifts.map((s) => s.date)).size;
  const facts = [
    `值班天数：${days} 天`,
    `班次：${input.shifts.length} 个`,
    `值班记录：${input.eventCount} 条`,
    // The first pass only measures; the page count takes the same room in both.
    `本册共 ${pages ?? '000'} 页`,
  ];
  return [
    { text: input.centreName, fontSize: 20, alignment: 'center', margin: [0, 150, 0, 30] },
    docTitle('视频监控值班记录', [0, 0, 0, 24]),
    { text: monthLabel(input.month), fontSize: 18, alignment: 'center', margin: [0, 0, 0, 80] },
    {
      stack: facts.map((text) => ({ text, margin: [0, 4, 0, 4] })),
      fontSize: 14,
      margin: [150, 0, 0, 0],
      pageBreak: 'after',
    },
  ];
}

function document(input: DutyLogInput, pages: number | null) {
  const content: Content[] = [...cover(input, pages)];
  let day = '';
  for (const shift of input.shifts) {
    if (shift.date !== day) content.push(dayHeading((day = shift.date)));
    content.push(...shiftBlock(shift));
  }
  if (input.shifts.length === 0) content.push({ text: '本月没有值班记录。', margin: [0, 12, 0, 0] });
  return archiveDocument({
    title: `视频监控值班记录 ${monthLabel(input.month)}`,
    subject: input.centreName,
    // The left margin leaves room for binding.
    margins: [62, 40, 36, 48],
    fontSize: 9,
    content,
  });
}

/** Every variable text of the record, named for the font check as the reader finds it. */
function fieldsOf(input: DutyLogInput): Record<string, string> {
  const fields: Record<string, string> = { 综治中心名称: input.centreName };
  input.shifts.forEach((s) => {
    const at = `${s.date} ${s.shiftName}`;
    fields[`${at}“值班员”`] = s.operator;
    fields[`${at}“班次”`] = s.shiftName;
    if (s.offRoster) fields[`${at}“接班原因”`] = s.offRoster;
    if (s.closingNote) fields[`${at}“交班说明”`] = s.closingNote;
    if (s.check) fields[`${at}“设备检查”`] = s.check;
    s.faultsFound.forEach((f, j) => (fields[`${at}“发现故障”${j + 1}`] = f));
    s.faultsRepaired.forEach((f, j) => (fields[`${at}“故障修复”${j + 1}`] = f));
    if (s.handover) fields[`${at}“交接班”`] = s.handover;
    const rows: Record<string, string> = {};
    addRowFields(rows, EVENT_COLUMNS, eventRows(s));
    for (const [k, v] of Object.entries(rows)) fields[`${at}${GAP}${k}`] = v;
  });
  return fields;
}

/**
 * The month's duty log bound as an A4 record: a cover naming how many pages
 * it binds, then day by day each shift; 第 N 页 共 M 页 at the foot. Laid out
 * twice — the first pass counts the pages the cover then states.
 */
export async function dutyLogPdf(input: DutyLogInput): Promise<{ bytes: Buffer; pages: number }> {
  const fields = fieldsOf(input);
  const pages = await pdfPageCount(await renderPdf(document(input, null), fields));
  const bytes = await renderPdf(document(input, pages), fields);
  return { bytes, pages };
}
