import { describe, expect, it } from 'vitest';
import { partiesShown } from '../../shared/cases/partyMatch';

describe('台账当事人：搜索命中的当事人排在前面并标出命中的字 (issue 13, item 15)', () => {
  it('moves the party whose name holds the term first, the others in their order, and gives the span', () => {
    expect(partiesShown('王建国、欧阳明华、司马建国', '司马建')).toEqual({
      names: ['司马建国', '王建国', '欧阳明华'],
      match: { start: 0, end: 3 },
    });
    expect(partiesShown('王建国、欧阳明华', '明华')).toEqual({
      names: ['欧阳明华', '王建国'],
      match: { start: 2, end: 4 },
    });
  });

  it('takes the first party that matches when several do', () => {
    expect(partiesShown('李建军、王建国、张建国', '建国')).toEqual({
      names: ['王建国', '李建军', '张建国'],
      match: { start: 1, end: 3 },
    });
  });

  it('folds case as the search index does, and trims the term', () => {
    expect(partiesShown('张三、Zhang Wei', '  zhang ')).toEqual({
      names: ['Zhang Wei', '张三'],
      match: { start: 0, end: 5 },
    });
  });

  it('counts a rare character outside the BMP by its UTF-16 offsets, so the mark covers it whole', () => {
    const shown = partiesShown('王五、𠮷大明', '𠮷大');
    expect(shown.names[0]).toBe('𠮷大明');
    const { start, end } = shown.match!;
    expect(shown.names[0]!.slice(start, end)).toBe('𠮷大');
  });

  it('moves and marks nothing when the term matched elsewhere (the summary, a place) or there is none', () => {
    expect(partiesShown('王建国、欧阳明华', '漏水')).toEqual({ names: ['王建国', '欧阳明华'], match: null });
    expect(partiesShown('王建国、欧阳明华', '')).toEqual({ names: ['王建国', '欧阳明华'], match: null });
    expect(partiesShown('王建国', undefined)).toEqual({ names: ['王建国'], match: null });
    expect(partiesShown('', '王')).toEqual({ names: [], match: null });
  });

  it('does not match across two names', () => {
    expect(partiesShown('王建国、欧阳明华', '国、欧')).toEqual({
      names: ['王建国', '欧阳明华'],
      match: null,
    });
  });
});
