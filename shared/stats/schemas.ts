import { z } from 'zod';
import { monthCount } from './months';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' });

/** The longest period one call covers: ten years of monthly figures. */
export const STATS_MAX_MONTHS = 120;

/** One month (每月逐级填报统计) or a range of months, `from` ≤ `to`. */
export const statsInput = z
  .object({ from: month, to: month })
  .strict()
  .refine((p) => p.from <= p.to, { error: '截止月份不能早于起始月份', path: ['to'] })
  .refine((p) => p.from > p.to || monthCount(p.from, p.to) <= STATS_MAX_MONTHS, {
    error: `统计区间最长 ${STATS_MAX_MONTHS / 12} 年（${STATS_MAX_MONTHS} 个月）`,
    path: ['to'],
  });
export type StatsInput = z.infer<typeof statsInput>;

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface PeriodFigures {
  from: string;
  to: string;
  total: number;
  closed: number;
  resolved: number;
  /** resolved / closed, 0–1; null when nothing was closed. */
  successRate: number | null;
  closedOnTime: number;
  onTimeRate: number | null;
  amountTotal: number;
  major: number;
}

/** The case figures of the statistics page and export (domain.md, Module 1 reporting). */
export interface CaseStats {
  period: PeriodFigures;
  previous: PeriodFigures;
  lastYear: PeriodFigures;
  byCategory: Count[];
  bySource: Count[];
  byDifficulty: Count[];
  byRisk: Count[];
  byOutcome: Count[];
  byMonth: { month: string; total: number; closed: number; resolved: number }[];
  /** "零报告": the period had no cases at all. */
  zeroReport: boolean;
}
