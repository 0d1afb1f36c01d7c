import type { Content } from 'pdfmake/interfaces';
import { durationText } from '../../../shared/watch/clock';
import { EVENT_ACTIONS, EVENT_CATEGORIES, FAULT_SYMPTOMS } from '../../../shared/watch/codes';
import type { Handover } from '../../../shared/watch/handover';
import { addRowFields, archiveTable, docTitle, type ArchiveColumn } from './archiveBlocks';
import { cellLines, formTable, heading, officialDocument, subtitle, type FormRow } from './officialBlocks';
import { renderPdf } from './render';

/**
 * 交接班记录 (issue 12 §6): one handover on A4 — who handed over to whom and
 * when each confirmed with their password, the equipment, the faults and the
 * events still open at that moment (the snapshot they signed, not today's
 * state), instructions from above, the counted keys / radios / media, notes,
 * and the director's override when an event was still being handled.
 */

const hm = (at: string) => at.replace('T', ' ');
const place = (code: string | null, name: string | null) => (code ? `${code} ${name ?? ''}`.trim() : '');

const FAULT_COLUMNS: ArchiveColumn[] = [
  { label: '点位/设备', width: '*' },
  { label: '现象', width: 62, center: true },
  { label: '发现时间', width: 96, center: true },
  { label: '已停机', width: 74, center: true },
];

const EVENT_COLUMNS: ArchiveColumn[] = [
  { label: '时间', width: 82, center: true },
  { label: '点位', width: 70 },
  { label: '类别/处置', width: 62, center: true },
  { label: '情况及派遣', width: '*' },
];

const TABLE_TEXT = 11;

export async function handoverPdf(h: Handover, centreName: string): Promise<Buffer> {
  const faultRows = h.openFaults.map((f) => [
    place(f.pointCode, f.pointName) || (f.device ?? ''),
    FAULT_SYMPTOMS[f.symptom],
    hm(f.foundAt),
    durationText(f.downtimeMinutes),
  ]);
  const eventRows = h.openEvents.map((e) => [
    hm(e.occurredAt),
    place(e.pointCode, e.pointName),
    `${EVENT_CATEGORIES[e.category]}\n${EVENT_ACTIONS[e.action]}${e.beingHandled ? '\n处置中' : ''}`,
    [e.description, ...e.dispatches].join('\n'),
  ]);
  const rows: FormRow[] = [
    ['交班', `${h.outgoingName}（${h.fromShiftLabel}），${hm(h.outgoingConfirmedAt)} 凭本人密码确认`],
    ['接班', `${h.incomingName}（${h.toShiftLabel}），${hm(h.incomingConfirmedAt)} 凭本人密码确认`],
    ['设备状况', h.equipment],
    ['上级指示', h.instructions || '无'],
    ['物品清点', `钥匙 ${h.keys} 把，对讲机 ${h.radios} 台，存储介质 ${h.media} 件`],
    ['其他事项', h.notes || '无'],
  ];
  if (h.overrideBy)
    rows.push([
      '主任授权',
      cellLines([`事件处置中交接，经主任${h.overrideBy}授权`, `理由：${h.overrideReason ?? ''}`]),
    ]);
  const content: Content[] = [
    docTitle('交接班记录', [0, 4, 0, 8]),
    subtitle(centreName),
    formTable(rows),
    heading(`未修复设备故障（${h.openFaults.length} 处）`, { margin: [0, 12, 0, 4] }),
    faultRows.length ? archiveTable(FAULT_COLUMNS, faultRows, TABLE_TEXT) : { text: '无', fontSize: 14 },
    heading(`未办结事件（${h.openEvents.length} 起）`, { margin: [0, 12, 0, 4] }),
    eventRows.length ? archiveTable(EVENT_COLUMNS, eventRows, TABLE_TEXT) : { text: '无', fontSize: 14 },
  ];
  const fields: Record<string, string> = {
    综治中心名称: centreName,
    交班人: h.outgoingName,
    接班人: h.incomingName,
    设备状况: h.equipment,
    上级指示: h.instructions,
    其他事项: h.notes ?? '',
    授权主任: h.overrideBy ?? '',
    授权理由: h.overrideReason ?? '',
  };
  addRowFields(fields, FAULT_COLUMNS, faultRows);
  addRowFields(fields, EVENT_COLUMNS, eventRows);
  return renderPdf(officialDocument('交接班记录', centreName, content), fields);
}
