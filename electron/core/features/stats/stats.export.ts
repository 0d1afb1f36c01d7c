import ExcelJS from 'exceljs';
import type { AuditEntry } from '../audit/audit.queries';
import { periodLabel } from '../../../../shared/stats/months';
import type { MediationFigures, MediationStats } from '../../../../shared/mediation/schemas';
import type { CaseStats, Count, PeriodFigures } from '../../../../shared/stats/schemas';
import type { ArchiveStats } from '../../../../shared/archive/schemas';
import type { WatchAnalysis } from '../../../../shared/watch/analysis';
import { loansSheet } from './stats.loans-sheet';
import { watchSheet } from './stats.watch-sheet';
import { COLUMNS, FORMAT, PAGE_SETUP, put, WIDTHS, writers, type Kind } from './stats.sheet';

export const STATS_TITLE = '矛盾纠纷排查调处情况统计表';
/** The line a month without any dispute reports upward (零报告制度). */
export const ZERO_REPORT_LINE = '本期无矛盾纠纷，零报告。';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file name carries the period, so a folder of monthly reports sorts and reads by month. */
export const statsFileName = (stats: CaseStats) => `${STATS_TITLE}-${periodLabel(stats.period)}.xlsx`;

/** The summary lines: label, how to read it from a period, and how it compares (% for counts, points for rates). */
const SUMMARY: { label: string; kind: Kind; of: (p: PeriodFigures) => number | null }[] = [
  { label: '受理总数', kind: 'count', of: (p) => p.total },
  { label: '办结数', kind: 'count', of: (p) => p.closed },
  { label: '化解成功数', kind: 'count', of: (p) => p.resolved },
  { label: '化解成功率', kind: 'rate', of: (p) => p.successRate },
  { label: '按期办结率', kind: 'rate', of: (p) => p.onTimeRate },
  { label: '涉及金额（元）', kind: 'yuan', of: (p) => p.amountTotal },
  { label: '重大纠纷数', kind: 'count', of: (p) => p.major },
];

/**
 * The statistics workbook, each sheet for A4 portrait. 统计表: title, reporting
 * unit and period, the 零报告 line when the period had no case, the summary
 * with 环比 and 同比, then the breakdowns by category, source, difficulty,
 * risk, outcome and month. 人民调解 (when given): the mediation figures of the
 * same period; 档案借阅 (when given): the borrowing figures of the same period; 视频监控值班
 * (when given): the watch's figures of the same period. Numbers stay numbers (formatted), so they can be summed upward.
 */
export async function statsXlsx(input: {
  centreName: string;
  exportedAt: Date;
  stats: CaseStats;
  mediation?: MediationStats;
  archive?: ArchiveStats;
  watch?: WatchAnalysis;
}): Promise<Buffer> {
  const { stats } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = input.centreName;
  wb.created = input.exportedAt;
  const ws = wb.addWorksheet('统计表', PAGE_SETUP);
  ws.columns = WIDTHS;
  const { line, header, boxed, heading, comparison } = writers(ws, COLUMNS);

  heading(STATS_TITLE, input.centreName, stats.period, input.exportedAt);
  if (stats.zeroReport) line(ZERO_REPORT_LINE, { bold: true, size: 12 });

  ws.addRow([]);
  line('一、总体情况', { bold: true });
  comparison(SUMMARY, stats);

  const table = (title: string, what: string, counts: readonly Count[]) => {
    ws.addRow([]);
    line(title, { bold: true });
    header([what, '件数', '占比']);
    const total = counts.reduce((n, c) => n + c.count, 0);
    for (const c of [...counts, { key: 'total', label: '合计', count: total }]) {
      const row = ws.addRow([c.label]);
      put(row.getCell(2), c.count, FORMAT.count);
      put(row.getCell(3), total > 0 ? c.count / total : null, FORMAT.rate);
      if (c.key === 'total') row.font = { bold: true };
      boxed(row, 3);
    }
  };
  table('二、按纠纷类型', '纠纷类型', stats.byCategory);
  table('三、按来源', '来源', stats.bySource);
  table('四、按难易程度', '难易程度', stats.byDifficulty);
  table('五、按风险等级', '风险等级', stats.byRisk);
  table('六、按办理结果', '办理结果', stats.byOutcome);

  ws.addRow([]);
  line('七、按月份', { bold: true });
  header(['月份', '受理', '办结', '化解成功', '化解成功率']);
  for (const m of stats.byMonth) {
    const row = ws.addRow([periodLabel({ from: m.month, to: m.month })]);
    put(row.getCell(2), m.total, FORMAT.count);
    put(row.getCell(3), m.closed, FORMAT.count);
    put(row.getCell(4), m.resolved, FORMAT.count);
    put(row.getCell(5), m.closed > 0 ? m.resolved / m.closed : null, FORMAT.rate);
    boxed(row, 5);
  }

  ws.addRow([]);
  line(
    '说明：统计本期登记受理的案件；办结、化解成功、按期办结为其中截至导出时已办结者。化解成功率 = 化解成功数 ÷ 办结数；按期办结率 = 在办理期限内办结数 ÷ 办结数。环比与上期比较，同比与去年同期比较；比率的变化以百分点计。',
  ).height = 45;
  if (input.mediation) mediationSheet(wb, { ...input, mediation: input.mediation });
  if (input.archive) loansSheet(wb, { ...input, archive: input.archive });
  if (input.watch) watchSheet(wb, { ...input, watch: input.watch });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The audit record of an export (UI, CLI alike). */
export function auditStatsExport(stats: CaseStats, via = '', mediation?: MediationStats): AuditEntry {
  return {
    action: 'stats.export',
    entity: 'stats',
    summary: `${via}导出${STATS_TITLE}（Excel）：${periodLabel(stats.period)}，受理 ${stats.period.total} 件${stats.zeroReport ? '，零报告' : ''}${mediation ? `；人民调解受理 ${mediation.period.accepted} 件` : ''}`,
  };
}

/** The mediation sheet's title (domain.md, Module 2: monthly mediation statistics). */
export const MEDIATION_STATS_TITLE = '人民调解工作情况统计表';

const MEDIATION_SUMMARY: { label: string; kind: Kind; of: (p: MediationFigures) => number | null }[] = [
  { label: '受理数', kind: 'count', of: (p) => p.accepted },
  { label: '调解成功数', kind: 'count', of: (p) => p.succeeded },
  { label: '调解终止数', kind: 'count', of: (p) => p.terminated },
  { label: '调解成功率', kind: 'rate', of: (p) => p.successRate },
  { label: '协议涉及金额（元）', kind: 'yuan', of: (p) => p.amountTotal },
  { label: '防止民转刑', kind: 'count', of: (p) => p.preventedCriminal },
  { label: '防止群体性上访', kind: 'count', of: (p) => p.preventedPetition },
];

/**
 * 人民调解: 受理数, 调解成功数, 成功率, 协议涉及金额 with 环比 and 同比, then the
 * source split (主动调解 / 申请调解 / 接受委托移送), the categories and the months.
 */
function mediationSheet(
  wb: ExcelJS.Workbook,
  input: { centreName: string; exportedAt: Date; mediation: MediationStats },
): void {
  const s = input.mediation;
  const ws = wb.addWorksheet('人民调解', PAGE_SETUP);
  ws.columns = WIDTHS;
  const { line, header, boxed, heading, comparison } = writers(ws, COLUMNS);
  heading(MEDIATION_STATS_TITLE, input.centreName, s.period, input.exportedAt);

  ws.addRow([]);
  line('一、总体情况', { bold: true });
  comparison(MEDIATION_SUMMARY, s);

  ws.addRow([]);
  line('二、按调解来源', { bold: true });
  header(['调解来源', '件数', '占比']);
  const accepted = s.bySource.reduce((n, c) => n + c.count, 0);
  for (const c of [...s.bySource, { key: 'total', label: '合计', count: accepted }]) {
    const row = ws.addRow([c.label]);
    put(row.getCell(2), c.count, FORMAT.count);
    put(row.getCell(3), accepted > 0 ? c.count / accepted : null, FORMAT.rate);
    if (c.key === 'total') row.font = { bold: true };
    boxed(row, 3);
  }

  ws.addRow([]);
  line('三、按纠纷类型', { bold: true });
  header(['纠纷类型', '受理', '调解成功']);
  const total = {
    key: 'total',
    label: '合计',
    count: s.byCategory.reduce((n, c) => n + c.count, 0),
    succeeded: s.byCategory.reduce((n, c) => n + c.succeeded, 0),
  };
  for (const c of [...s.byCategory, total]) {
    const row = ws.addRow([c.label]);
    put(row.getCell(2), c.count, FORMAT.count);
    put(row.getCell(3), c.succeeded, FORMAT.count);
    if (c.key === 'total') row.font = { bold: true };
    boxed(row, 3);
  }

  ws.addRow([]);
  line('四、按月份', { bold: true });
  header(['月份', '受理', '调解成功']);
  for (const m of s.byMonth) {
    const row = ws.addRow([periodLabel({ from: m.month, to: m.month })]);
    put(row.getCell(2), m.accepted, FORMAT.count);
    put(row.getCell(3), m.succeeded, FORMAT.count);
    boxed(row, 3);
  }

  ws.addRow([]);
  line(
    '说明：受理数为本期受理的调解；调解成功数为本期签署生效的调解协议（更正后的新版本不重复计算），协议涉及金额取现行有效版本；调解成功率 = 调解成功数 ÷（调解成功数 + 调解终止数）。防止民转刑、防止群体性上访按本期结案归卷的调解计。按调解来源、按纠纷类型统计本期受理的调解，其中“调解成功”为已签署调解协议者。',
  ).height = 60;
}
