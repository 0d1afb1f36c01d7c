import type { Content } from 'pdfmake/interfaces';
import { archiveTable, type ArchiveColumn } from './archiveBlocks';
import { GAP } from './officialBlocks';
import type { DutyLogShift } from './dutyLog.pdf';

/**
 * The blocks of the bound duty log (值班记录): a day's heading, then each
 * shift — who kept it and when, its events as a ruled table (or 本班无异常),
 * the equipment check, the faults found and repaired, the handover.
 */

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 11月24日 星期二 */
export const dayLabel = (date: string): string =>
  `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日${GAP}${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;

/** The events' columns: A4 portrait less the binding margin, 8 pt. */
export const EVENT_COLUMNS: readonly ArchiveColumn[] = [
  { label: '时间', width: 30, center: true },
  { label: '点位', width: 54 },
  { label: '类别', width: 30, center: true },
  { label: '发现情况', width: '*' },
  { label: '处置', width: 38, center: true },
  { label: '通知对象及时间', width: 70 },
  { label: '到场', width: 30, center: true },
  { label: '反馈及处置结果', width: '*' },
  { label: '案件编号', width: 52, center: true },
];

/** One row per event; several dispatches share the row, one line each. */
export function eventRows(shift: DutyLogShift): string[][] {
  return shift.events.map((e) => [
    e.at,
    e.point,
    e.category,
    e.description,
    e.action,
    e.dispatches.map((d) => `${d.whom} ${d.notifiedAt}`).join('\n'),
    e.dispatches.map((d) => d.arrivedAt).join('\n'),
    [...e.dispatches.map((d) => d.report).filter(Boolean), e.result].join('\n'),
    e.caseCode,
  ]);
}

export const dayHeading = (date: string): Content => ({
  text: dayLabel(date),
  fontSize: 12,
  bold: true,
  margin: [0, 10, 0, 2],
});

const line = (label: string, text: string): Content => ({
  text: [{ text: `${label}：`, bold: true }, text],
  margin: [0, 2, 0, 0],
});

export function shiftBlock(shift: DutyLogShift): Content[] {
  const who = `${shift.operator}${shift.offRoster !== null ? `（非排班人员，原因：${shift.offRoster}）` : ''}`;
  const kept = `接班 ${shift.openedAt}${GAP}交班 ${shift.closedAt ?? '（未交班）'}`;
  const head: Content = {
    text: [
      { text: shift.planned ? `${shift.shiftName}（${shift.planned}）` : shift.shiftName, bold: true },
      `${GAP}值班员：${who}${GAP}${kept}`,
    ],
    margin: [0, 6, 0, 3],
  };
  const body: Content[] =
    shift.events.length > 0
      ? [archiveTable(EVENT_COLUMNS, eventRows(shift), 8)]
      : [{ text: shift.closingNote ?? '本班无异常', margin: [0, 0, 0, 0] }];
  if (shift.events.length > 0 && shift.closingNote) body.push(line('交班说明', shift.closingNote));
  if (shift.check) body.push(line('设备检查', shift.check));
  for (const f of shift.faultsFound) body.push(line('发现故障', f));
  for (const f of shift.faultsRepaired) body.push(line('故障修复', f));
  if (shift.handover) body.push(line('交接班', shift.handover));
  return [head, ...body];
}
