import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CODE_PATTERN,
  formatArchiveCode,
  isRetentionExpired,
  parseArchiveCode,
  patternProblem,
  retentionEndYear,
  scanCode,
} from '../../shared/archive/codes';

const parts = { fonds: 'J001', category: 'TJ', year: 2026, retention: 'D30' as const, serial: 15 };

describe('档号 (DA/T 22 / DA/T 13)', () => {
  it('writes the standard form: 全宗号-门类·年度-期限-件号, serial four digits', () => {
    expect(formatArchiveCode(DEFAULT_CODE_PATTERN, parts)).toBe('J001-TJ·2026-D30-0015');
    expect(formatArchiveCode(DEFAULT_CODE_PATTERN, { ...parts, retention: 'Y', serial: 12345 })).toBe(
      'J001-TJ·2026-Y-12345',
    );
  });

  it('follows a pattern the director reordered', () => {
    const p = '{门类}-{年度}-{期限}-{件号}';
    expect(patternProblem(p)).toBeNull();
    expect(formatArchiveCode(p, parts)).toBe('TJ-2026-D30-0015');
    expect(parseArchiveCode(p, 'TJ-2026-D30-0015')).toEqual({
      category: 'TJ',
      year: 2026,
      retention: 'D30',
      serial: 15,
    });
  });

  it('parses what it writes, for each retention', () => {
    for (const retention of ['Y', 'D30', 'D10'] as const) {
      const code = formatArchiveCode(DEFAULT_CODE_PATTERN, { ...parts, retention });
      expect(parseArchiveCode(DEFAULT_CODE_PATTERN, code)).toEqual({ ...parts, retention });
    }
  });

  it('parses the scanner form and full-width typing of the same code', () => {
    expect(parseArchiveCode(DEFAULT_CODE_PATTERN, 'J001-TJ.2026-D30-0015')).toMatchObject({ serial: 15 });
    expect(
      parseArchiveCode(DEFAULT_CODE_PATTERN, 'ｊ００１－ＴＪ・２０２６－Ｄ３０－００１５'),
    ).toMatchObject({
      fonds: 'J001',
      serial: 15,
    });
    expect(parseArchiveCode(DEFAULT_CODE_PATTERN, 'J001-TJ·2026-D20-0015')).toBeNull();
    expect(parseArchiveCode(DEFAULT_CODE_PATTERN, 'J001-TJ·26-D30-0015')).toBeNull();
  });

  it('gives a scanner-typable ASCII form', () => {
    expect(scanCode('J001-TJ·2026-D30-0015')).toBe('J001-TJ.2026-D30-0015');
    expect(scanCode(' j001-tj•2026-d30-0015 ')).toBe('J001-TJ.2026-D30-0015');
    expect(/^[\x20-\x7e]+$/.test(scanCode('J001-TJ·2026-D30-0015'))).toBe(true);
  });

  it('refuses a pattern that could not keep codes unique, or is ambiguous', () => {
    expect(patternProblem('{全宗号}-{门类}-{件号}')).toContain('{年度}');
    expect(patternProblem('{门类}-{年度}-{件号}')).toContain('{期限}');
    expect(patternProblem('{门类}{年度}-{期限}-{件号}')).toContain('之间需要分隔符');
    expect(patternProblem('{门类}-{年度}-{期限}-{件号}-{件号}')).toContain('两次');
    expect(patternProblem('{门类}号{年度}-{期限}-{件号}')).toContain('分隔符');
    expect(patternProblem('{部门}-{门类}-{年度}-{期限}-{件号}')).toContain('{部门}');
    expect(() => formatArchiveCode('{门类}', parts)).toThrow();
  });
});

describe('保管期限', () => {
  it('ends the retention years after the 年度; 永久 never', () => {
    expect(retentionEndYear(2016, 'D10')).toBe(2026);
    expect(retentionEndYear(2016, 'D30')).toBe(2046);
    expect(retentionEndYear(2016, 'Y')).toBeNull();
  });

  it('is due for appraisal only once its last year has passed', () => {
    expect(isRetentionExpired(2016, 'D10', 2026)).toBe(false);
    expect(isRetentionExpired(2016, 'D10', 2027)).toBe(true);
    expect(isRetentionExpired(1990, 'Y', 2100)).toBe(false);
  });
});
