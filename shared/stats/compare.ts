/**
 * 环比 / 同比 as the statistics page and the export show them: counts and
 * amounts change by a percentage of the earlier figure; rates by percentage
 * points (a rate's percentage of a rate would mislead).
 */

/** (current − base) / base; null when there is no base to compare with (base 0). */
export function relativeChange(current: number, base: number): number | null {
  return base === 0 ? null : (current - base) / base;
}

/** The difference of two rates (0–1) in percentage points; null when either is missing. */
export function pointChange(current: number | null, base: number | null): number | null {
  return current === null || base === null ? null : (current - base) * 100;
}

/** A rate 0–1 as `83.3%`; `—` when there is none (nothing closed). */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A relative change as `+12.5%` / `-3.0%` / `持平`; `—` without a base. */
export function formatRelativeChange(change: number | null): string {
  if (change === null) return '—';
  const pct = (change * 100).toFixed(1);
  if (Number(pct) === 0) return '持平';
  return `${change > 0 ? '+' : ''}${pct}%`;
}

/** A rate change as `+2.5 个百分点` / `持平`; `—` when a rate is missing. */
export function formatPointChange(points: number | null): string {
  if (points === null) return '—';
  const p = points.toFixed(1);
  if (Number(p) === 0) return '持平';
  return `${points > 0 ? '+' : ''}${p} 个百分点`;
}

/** Yuan with thousands separators and two decimals: `12,345.60`. */
export function formatYuan(yuan: number): string {
  return yuan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
