import { describe, expect, it } from 'vitest';
import {
  ageOn,
  idCheckChar,
  isValidPhone,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
} from '../../shared/privacy/identity';

describe('身份证号 (GB 11643)', () => {
  it('accepts the standard example and derives birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: { birthDate: '1949-12-31', sex: 'female' },
    });
    // A lower-case x and surrounding spaces are the same number.
    expect(parseIdNumber(' 11010519491231002x ').ok).toBe(true);
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('derives male from an odd 17th digit', () => {
    const first17 = '44030519800101001';
    expect(parseIdNumber(first17 + idCheckChar(first17))).toEqual({
      ok: true,
      value: { birthDate: '1980-01-01', sex: 'male' },
    });
  });

  it('refuses a wrong check character, a bad birth date and a wrong shape, each with its own message', () => {
    expect(parseIdNumber('110105194912310021')).toEqual({
      ok: false,
      message: '身份证号校验位不正确，请逐位核对',
    });
    const feb30 = '11010519490230002';
    expect(parseIdNumber(feb30 + idCheckChar(feb30))).toEqual({
      ok: false,
      message: '身份证号中的出生日期不正确',
    });
    for (const bad of ['', '11010519491231002', '1101051949123100XX', '11010519491231002Y'])
      expect(parseIdNumber(bad)).toEqual({
        ok: false,
        message: '身份证号应为 18 位，最后一位可以是数字或 X',
      });
  });

  it('masks ID numbers in lists: 110105********002X', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber(null)).toBe('');
    expect(maskIdNumber('12345')).toBe('*****');
  });

  it('computes the age on a day', () => {
    expect(ageOn('1949-12-31', '2026-11-24')).toBe(76);
    expect(ageOn('1949-12-31', '2026-12-31')).toBe(77);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('联系电话', () => {
  it('accepts mobiles and landlines with or without an area code', () => {
    for (const ok of ['13812345678', '199 1234 5678', '010-62345678', '0755-12345678', '62345678', '6234567'])
      expect(isValidPhone(ok), ok).toBe(true);
    for (const bad of ['12812345678', '1381234567', '138123456789', 'abc', '123456', '+8613812345678'])
      expect(isValidPhone(bad), bad).toBe(false);
  });

  it('masks phones as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('010-62345678')).toBe('010****5678');
    expect(maskPhone('0755-12345678')).toBe('075*****5678');
    // Local numbers without an area code keep only their last four digits.
    expect(maskPhone('6234567')).toBe('***4567');
    expect(maskPhone('62345678')).toBe('****5678');
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone(null)).toBe('');
  });
});
