import { isAfterNow } from '../../../shared/dates';
import { AppError } from '../errors';

/** One time to check: the field path the form shows it under, its Chinese label, its value. */
export type TimeCheck = readonly [field: string, label: string, value: string | null | undefined];

/**
 * Registration and event times record what has happened, so none may lie
 * after the core's clock (ctx.now(), never the wall clock: tests and the
 * browser suite pin it) beyond the small tolerance of shared/dates. The
 * schema already made sure each value is a real date or time; this is the
 * one place that compares it with "now".
 */
export function refuseFutureTimes(now: Date, checks: readonly TimeCheck[]): void {
  const fields: Record<string, string> = {};
  for (const [field, label, value] of checks) {
    if (value && isAfterNow(value, now))
      fields[field] = `${label}不能晚于${value.length > 10 ? '现在' : '今天'}`;
  }
  const first = Object.values(fields)[0];
  if (first !== undefined) throw new AppError('VALIDATION', `输入有误：${first}`, fields);
}
