import { describe, expect, it } from 'vitest';
import { figuresOf, type FigureSpec } from '../../renderer/src/features/stats/FigureCards';
import { lastYearPeriod, previousPeriod, sameRange, type MonthRange } from '../../shared/stats/months';

type P = MonthRange & { total: number };
const SPECS: FigureSpec<P>[] = [{ label: '受理', format: 'count', of: (p) => p.total }];
const stats = (period: MonthRange) => ({
  period: { ...period, total: 12 },
  previous: { ...previousPeriod(period), total: 10 },
  lastYear: { ...lastYearPeriod(period), total: 8 },
});

/** Issue 13, item 14: a year's 环比 is its 同比 — shown once, as 同比. */
describe('comparisons of the statistics page', () => {
  it('shows 环比 and 同比 for a month', () => {
    expect(figuresOf(SPECS, stats({ from: '2026-11', to: '2026-11' }))).toEqual([
      { label: '受理', format: 'count', value: 12, previous: 10, lastYear: 8 },
    ]);
  });

  it('shows only 同比 for a whole year, whose period before is the year before', () => {
    const year = { from: '2026-01', to: '2026-12' };
    expect(sameRange(previousPeriod(year), lastYearPeriod(year))).toBe(true);
    const [figure] = figuresOf(SPECS, stats(year));
    expect(figure).toEqual({ label: '受理', format: 'count', value: 12, lastYear: 8 });
    expect('previous' in figure!).toBe(false);
  });
});
