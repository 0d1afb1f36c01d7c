import { z } from 'zod';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-11' });

/** One month (每月逐级填报统计) or a range of months. */
export const statsInput = z.object({ from: month, to: month }).strict();
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
