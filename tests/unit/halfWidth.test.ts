import { describe, expect, it } from 'vitest';
import { idNumber, phone } from '../../shared/cases/schemas';
import { halfWidth, parseYuan } from '../../shared/halfWidth';
import { isValidPhone, parseIdNumber } from '../../shared/privacy/identity';

/** Issue 13, item 8: what a full-width input method types is accepted as staff mean it. */
describe('full-width input', () => {
  it('folds full-width digits, letters and punctuation, and leaves Chinese alone', () => {
    expect(halfWidth('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(halfWidth('锦绣花园３栋１０１室')).toBe('锦绣花园3栋101室');
  });

  it('accepts an ID number and a phone typed in full-width mode, stored half-width', () => {
    expect(parseIdNumber('１１０１０５１９４９１２３１００２ｘ')).toMatchObject({ ok: true });
    expect(idNumber.parse('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(isValidPhone('１３８１２３４５６７８')).toBe(true);
    expect(phone.parse('０１０－６２３４５６７８')).toBe('010-62345678');
    expect(idNumber.safeParse('１１０１０５１９４９１２３１００２１').error?.issues[0]?.message).toBe(
      '身份证号校验位不正确，请逐位核对',
    );
  });

  it('reads amounts with full-width digits and separators', () => {
    expect(parseYuan('１２，０００．５０')).toBe(12000.5);
    expect(parseYuan('12,000')).toBe(12000);
    expect(parseYuan('  ')).toBeUndefined();
    expect(parseYuan('十二元')).toBeNaN();
    expect(parseYuan('1e3')).toBeNaN();
  });
});
