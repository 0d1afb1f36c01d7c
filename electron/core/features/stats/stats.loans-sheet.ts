import type ExcelJS from 'exceljs';
import type { ArchiveStats } from '../../../../shared/archive/schemas';
import { periodLabel } from '../../../../shared/stats/months';
import { COLUMNS, FORMAT, PAGE_SETUP, put, WIDTHS, writers } from './stats.sheet';

/** The borrowing sheet's title (domain.md, Module 3: the loan register and its use). */
export const LOANS_STATS_TITLE = '档案借阅利用情况统计表';

/**
 * 档案借阅: the period's applications and how they were served (查阅 / 借出 /
 * 复制), refusals, 缺损 returns and the loans overdue at export; then by
 * month, by 利用目的, by 门类 and by 借阅单位 — the figures of the 统计 page,
 * counted by archive.stats (a loan belongs to the month it was applied for).
 */
export function loansSheet(
  wb: ExcelJS.Workbook,
  input: { centreName: string; exportedAt: Date; archive: ArchiveStats },
): void {
  const s = input.archive;
  const ws = wb.addWorksheet('档案借阅', PAGE_SETUP);
  ws.columns = WIDTHS;
  const { line, header, boxed, heading } = writers(ws, COLUMNS);
  heading(LOANS_STATS_TITLE, input.centreName, s, input.exportedAt);

  const sum = (pick: (m: ArchiveStats['months'][number]) => number) =>
    s.months.reduce((n, m) => n + pick(m), 0);
  ws.addRow([]);
  line('一、总体情况', { bold: true });
  header(['项目', '件数']);
  const figures: [string, number][] = [
    ['借阅申请', sum((m) => m.loans)],
    ['现场查阅', sum((m) => m.readings)],
    ['借出', sum((m) => m.borrowings)],
    ['复制', sum((m) => m.copies)],
    ['不予批准', s.refused],
    ['归还时缺损', s.damaged],
    ['逾期未还（截至导出时）', s.overdueNow],
  ];
  for (const [label, count] of figures) {
    const row = ws.addRow([label]);
    put(row.getCell(2), count, FORMAT.count);
    boxed(row, 2);
  }

  ws.addRow([]);
  line('二、按月份', { bold: true });
  header(['月份', '借阅申请', '现场查阅', '借出', '复制']);
  for (const m of s.months) {
    const row = ws.addRow([periodLabel({ from: m.month, to: m.month })]);
    [m.loans, m.readings, m.borrowings, m.copies].forEach((n, i) => put(row.getCell(i + 2), n, FORMAT.count));
    boxed(row, 5);
  }

  const table = (title: string, what: string, counts: ArchiveStats['byPurpose']) => {
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
  table('三、按利用目的', '利用目的', s.byPurpose);
  table('四、按档案门类', '门类', s.byCategory);

  // 借阅单位 is a top list (archive.stats keeps the first few), so it has no 合计 to mislead.
  ws.addRow([]);
  line('五、按借阅单位（前列）', { bold: true });
  header(['借阅单位', '件数']);
  for (const u of s.byUnit) {
    const row = ws.addRow([u.label]);
    put(row.getCell(2), u.count, FORMAT.count);
    boxed(row, 2);
  }

  ws.addRow([]);
  line(
    '说明：借阅按申请日期计入月份；现场查阅、借出、复制为本期申请中已实际办理者；不予批准、归还时缺损为本期申请中的件数；逾期未还为导出时已过应还日期仍未归还的借阅。',
  ).height = 45;
}
