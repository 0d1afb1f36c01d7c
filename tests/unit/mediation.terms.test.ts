import { describe, expect, it } from 'vitest';
import { numberedTerm, termNumber } from '../../shared/mediation/terms';

describe('协议条款编号：屏幕与纸面一致', () => {
  it('numbers terms 一、二、… as the agreement prints them', () => {
    expect([0, 1, 9, 10, 19].map(termNumber)).toEqual(['一、', '二、', '十、', '十一、', '二十、']);
  });

  it('does not number twice a term the user already numbered', () => {
    expect(numberedTerm('二、张三赔偿三千元。', 1)).toBe('二、张三赔偿三千元。');
    expect(numberedTerm('  按第一项所列款项支付。 ', 1)).toBe('二、按第一项所列款项支付。');
  });
});
