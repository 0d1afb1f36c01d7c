import { describe, expect, it } from 'vitest';
import { joinClauses, partiesPhrase, sentence } from '../../shared/wording';

/** Issue 13, item 13: the Chinese the app writes reads as a clerk would write it. */
describe('generated wording', () => {
  it('names one or two parties in full and three or more as 「甲、乙等N人」', () => {
    expect(partiesPhrase(['张三'])).toBe('张三');
    expect(partiesPhrase(['张三', '李四'])).toBe('张三与李四');
    expect(partiesPhrase(['陆桂超', '潘超国', '易建', '彭平丽'])).toBe('陆桂超、潘超国等4人');
    expect(partiesPhrase([' 甲 ', '', '乙', '丙'])).toBe('甲、乙等3人');
  });

  it('joins clauses with one 「；」 whatever mark each was typed with', () => {
    expect(joinClauses(['已履行完毕。', '风险：无'])).toBe('已履行完毕；风险：无');
    expect(joinClauses(['回访（电话）：满意', null, '  ', '对方已付款；'])).toBe(
      '回访（电话）：满意；对方已付款',
    );
    expect(joinClauses([])).toBe('');
  });

  it('closes a sentence with exactly one 「。」', () => {
    expect(sentence('双方分歧过大')).toBe('双方分歧过大。');
    expect(sentence('双方分歧过大。')).toBe('双方分歧过大。');
    expect(sentence('双方分歧过大；')).toBe('双方分歧过大。');
  });
});
