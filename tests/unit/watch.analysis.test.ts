import { describe, expect, it } from 'vitest';
import { heatCellOf, median, quantile, weekdayOf } from '../../shared/watch/analysis';

describe('分析汇总的纯计算：中位数、九十百分位、热力图分格', () => {
  it('takes the median as the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([13, 19, 45])).toBe(19);
    expect(median([13, 19])).toBe(16);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('takes the 90th percentile by nearest rank: always a minute that was observed', () => {
    expect(quantile([], 0.9)).toBeNull();
    expect(quantile([5], 0.9)).toBe(5);
    expect(quantile([13, 19, 45], 0.9)).toBe(45);
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // rank ⌈0.9 × 10⌉ = 9
    expect(quantile(ten, 0.9)).toBe(9);
    expect(quantile([...ten, 11], 0.9)).toBe(10);
    expect(quantile(ten, 0.5)).toBe(5);
    expect(quantile(ten, 1)).toBe(10);
  });

  it('reads the weekday Monday first and the hour from a local minute', () => {
    expect(weekdayOf('2026-11-23T00:00')).toBe(0); // 星期一
    expect(weekdayOf('2026-11-29T23:59')).toBe(6); // 星期日
    expect(heatCellOf('2026-11-24T08:05')).toEqual([1, 8]);
    expect(heatCellOf('2026-11-29T23:59')).toEqual([6, 23]);
    expect(heatCellOf('2026-03-01T00:00')).toEqual([6, 0]);
  });

  it('buckets the hours of a month across its end and a leap day', () => {
    expect(heatCellOf('2026-11-30T23')).toEqual([0, 23]); // 星期一 23时 (the hour prefix the analysis groups by)
    expect(heatCellOf('2026-12-01T00')).toEqual([1, 0]);
    expect(heatCellOf('2028-02-29T12')).toEqual([1, 12]);
  });
});
