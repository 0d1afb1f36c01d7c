import { describe, expect, it } from 'vitest';
import { heatCellOf, heatGrid, median, quantile, weekdayOf } from '../../shared/watch/analysis';

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

  it("turns SQLite's Sunday-first weekdays into a Monday-first 7 × 24 grid", () => {
    const grid = heatGrid([
      { sundayWeekday: 0, hour: 23, count: 2 }, // Sunday 23:00
      { sundayWeekday: 1, hour: 0, count: 5 }, // Monday 00:00
      { sundayWeekday: 6, hour: 12, count: 1 }, // Saturday noon
    ]);
    expect(grid).toHaveLength(7);
    expect(grid.every((row) => row.length === 24)).toBe(true);
    expect(grid[6]![23]).toBe(2);
    expect(grid[0]![0]).toBe(5);
    expect(grid[5]![12]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(8);
    // The same cell as a stored minute maps to.
    const [d, h] = heatCellOf('2026-11-29T23:10');
    expect(grid[d]![h]).toBe(2);
  });
});
