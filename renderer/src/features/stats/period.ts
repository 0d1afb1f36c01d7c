import { toLocalDate } from '../../../../shared/dates';
import { addMonths, monthCount, monthOf, type MonthRange } from '../../../../shared/stats/months';
import { STATS_MAX_MONTHS } from '../../../../shared/stats/schemas';

/** The quick choices of the period bar; 自定义 opens the two month fields. */
export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'thisYear' | 'custom';

export const PRESET_LABELS: Record<PeriodPreset, string> = {
  thisMonth: '本月',
  lastMonth: '上月',
  thisYear: '本年',
  custom: '自定义',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The range of a quick choice on `today`; 本年 runs from January to the current month. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: Date): MonthRange {
  const month = monthOf(toLocalDate(today));
  switch (preset) {
    case 'thisMonth':
      return { from: month, to: month };
    case 'lastMonth': {
      const last = addMonths(month, -1);
      return { from: last, to: last };
    }
    case 'thisYear':
      return { from: `${month.slice(0, 4)}-01`, to: month };
  }
}

/** The problem of a typed range, in the words of the server's own check (shared/stats/schemas.ts); null when fine. */
export function rangeProblem({ from, to }: MonthRange): { from?: string; to?: string } | null {
  if (!MONTH.test(from)) return { from: '请选择起始月份' };
  if (!MONTH.test(to)) return { to: '请选择截止月份' };
  if (to < from) return { to: '截止月份不能早于起始月份' };
  if (monthCount(from, to) > STATS_MAX_MONTHS) return { to: `统计区间最长 ${STATS_MAX_MONTHS / 12} 年` };
  return null;
}
