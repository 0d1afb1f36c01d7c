import type ExcelJS from 'exceljs';
import type { WatchAnalysis } from '../../../../shared/watch/analysis';
import { WEEKDAY_LABELS } from '../../../../shared/watch/analysis';
import { durationText } from '../../../../shared/watch/clock';
import { COLUMNS, FORMAT, PAGE_SETUP, put, WIDTHS, writers } from './stats.sheet';

/** The watch sheet's title (domain.md, Module 4: 分析汇总). */
export const WATCH_STATS_TITLE = '视频监控值班情况统计表';

/**
 * 视频监控值班: the period's figures of the watch as the 统计 page shows them
 * (watch.analysis): events by category and by point, the busiest hours,
 * dispatch response times with the late ones, faults and downtime with the
 * least available points, footage requests, shifts kept.
 */
export function watchSheet(
  wb: ExcelJS.Workbook,
  input: { centreName: string; exportedAt: Date; watch: WatchAnalysis },
): void {
  const s = input.watch;
  const ws = wb.addWorksheet('视频监控值班', PAGE_SETUP);
  ws.columns = WIDTHS;
  const { line, header, boxed, heading } = writers(ws, COLUMNS);
  heading(WATCH_STATS_TITLE, input.centreName, s.period, input.exportedAt);

  const figures = (title: string, rows: [string, number | string | null, string?][]) => {
    ws.addRow([]);
    line(title, { bold: true });
    header(['项目', '数值']);
    for (const [label, value, format] of rows) {
      const row = ws.addRow([label]);
      put(row.getCell(2), value, format ?? FORMAT.count);
      boxed(row, 2);
    }
  };
  const minutes = (m: number | null) => (m === null ? null : Math.round(m * 10) / 10);

  figures('一、值班与事件', [
    ['值班班次', s.shifts.count],
    ['其中本班无异常', s.shifts.nothingToReport],
    ['其中非排班人员值班', s.shifts.offRoster],
    ['记录事件', s.events.total],
    ['其中派遣处置', s.events.dispatched],
    ['其中转为案件', s.events.toCase],
    ['其中尚未办结', s.events.open],
  ]);

  ws.addRow([]);
  line('二、事件按类别', { bold: true });
  header(['类别', '起数', '占比']);
  for (const c of s.events.byCategory) {
    const row = ws.addRow([c.label]);
    put(row.getCell(2), c.count, FORMAT.count);
    put(row.getCell(3), s.events.total > 0 ? c.count / s.events.total : null, FORMAT.rate);
    boxed(row, 3);
  }

  ws.addRow([]);
  line('三、事件较多的点位', { bold: true });
  header(['点位编号', '点位名称', '起数']);
  for (const p of s.events.topPoints) {
    const row = ws.addRow([p.code, p.name]);
    put(row.getCell(3), p.count, FORMAT.count);
    boxed(row, 3);
  }
  const unplaced = ws.addRow(['（未指定点位）', '']);
  put(unplaced.getCell(3), s.events.withoutPoint, FORMAT.count);
  boxed(unplaced, 3);

  // The busiest hours rather than all 168 cells: what the director schedules against.
  ws.addRow([]);
  line('四、事件最多的时段（星期 × 小时，前十）', { bold: true });
  header(['星期', '时段', '起数']);
  const cells = s.events.heat
    .flatMap((row, d) => row.map((count, h) => ({ d, h, count })))
    .filter((c) => c.count > 0)
    .sort((x, y) => y.count - x.count || x.d - y.d || x.h - y.h)
    .slice(0, 10);
  for (const c of cells) {
    const row = ws.addRow([WEEKDAY_LABELS[c.d], `${c.h}:00—${c.h + 1}:00`]);
    put(row.getCell(3), c.count, FORMAT.count);
    boxed(row, 3);
  }

  ws.addRow([]);
  line('五、派遣反馈时间（通知至首次反馈，分钟）', { bold: true });
  header(['通知对象', '派遣', '已反馈', '超时', '中位数', '90%在内']);
  for (const r of [...s.response.byTarget, { ...s.response, label: '合计' }]) {
    const row = ws.addRow([r.label]);
    [r.dispatches, r.answered, r.late].forEach((n, i) => put(row.getCell(i + 2), n, FORMAT.count));
    put(row.getCell(5), minutes(r.medianMinutes), '0.0');
    put(row.getCell(6), minutes(r.p90Minutes), '0');
    if (r.label === '合计') row.font = { bold: true };
    boxed(row, 6);
  }

  figures('六、设备故障', [
    ['本期发现故障', s.faults.found],
    ['其中已修复', s.faults.repaired],
    ['未修复（截至导出时）', s.faults.openNow],
    ['停机时长（分钟）', s.faults.downtimeMinutes],
    ['停机时长', durationText(s.faults.downtimeMinutes)],
    ['在用点位', s.faults.pointsInService],
    ['点位平均在线率', s.faults.availability, FORMAT.rate],
  ]);
  if (s.faults.bySymptom.some((c) => c.count > 0)) {
    header(['故障现象', '起数']);
    for (const c of s.faults.bySymptom) {
      const row = ws.addRow([c.label]);
      put(row.getCell(2), c.count, FORMAT.count);
      boxed(row, 2);
    }
  }
  if (s.faults.points.length > 0) {
    header(['点位编号', '点位名称', '故障', '停机（分钟）', '在线率']);
    for (const p of s.faults.points) {
      const row = ws.addRow([p.code, p.name]);
      put(row.getCell(3), p.faults, FORMAT.count);
      put(row.getCell(4), p.downMinutes, FORMAT.count);
      put(row.getCell(5), p.availability, FORMAT.rate);
      boxed(row, 5);
    }
  }

  figures('七、录像调取', [
    ['调取申请', s.footage.requests],
    ['批准', s.footage.approved],
    ['不予批准', s.footage.refused],
    ['待审批', s.footage.pending],
    ['已复制', s.footage.copied],
    ['录像可能已被覆盖', s.footage.likelyOverwritten],
    ['更正登记', s.footage.corrections],
  ]);

  ws.addRow([]);
  line(
    '说明：事件按发生时间、派遣按通知时间、班次按值班日期、录像调取按申请时间计入本期；反馈时间为通知至到场或反馈（以先到者为准）的分钟数，超时为超过督办时限才反馈或至今未反馈者；停机时长与在线率只计本期内的分钟，同一设备重叠的故障只计一次；一条登记被更正时以更正后的登记计。',
  ).height = 60;
}
