import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  recoveryKeyRows,
  isWellFormedRecoveryKey,
  normaliseRecoveryKey,
  RECOVERY_ALPHABET,
  RECOVERY_BODY_CHARS,
  recoveryBodyFromBytes,
} from '../../shared/recoveryKey';

const BODY = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789A';
const KEY = formatRecoveryKey(BODY);

/** Replaces the character at `i` of a normalised key by the next one in the alphabet. */
const changeAt = (key: string, i: number): string => {
  const next = RECOVERY_ALPHABET[(RECOVERY_ALPHABET.indexOf(key[i]!) + 1) % RECOVERY_ALPHABET.length]!;
  return key.slice(0, i) + next + key.slice(i + 1);
};
const swapAt = (key: string, i: number): string => key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);

describe('恢复密钥格式', () => {
  it('prints 9 groups of 4 characters from the alphabet, the last a checksum', () => {
    expect(KEY).toMatch(/^([2-9A-HJKMNP-Z]{4}-){8}[2-9A-HJKMNP-Z]{4}$/);
    expect(KEY.replace(/-/g, '').slice(0, RECOVERY_BODY_CHARS)).toBe(BODY);
    expect(isWellFormedRecoveryKey(KEY)).toBe(true);
  });

  it('has no look-alike characters in its alphabet', () => {
    for (const ch of '01OIL') expect(RECOVERY_ALPHABET).not.toContain(ch);
  });

  it('accepts lowercase, missing dashes and spaces', () => {
    expect(isWellFormedRecoveryKey(KEY.toLowerCase())).toBe(true);
    expect(isWellFormedRecoveryKey(KEY.replace(/-/g, ''))).toBe(true);
    expect(isWellFormedRecoveryKey(` ${KEY.replace(/-/g, ' ')} \n`)).toBe(true);
    expect(normaliseRecoveryKey(KEY.toLowerCase().replace(/-/g, ' '))).toBe(KEY.replace(/-/g, ''));
  });

  it('detects every single changed character', () => {
    const n = normaliseRecoveryKey(KEY);
    for (let i = 0; i < n.length; i++)
      expect(isWellFormedRecoveryKey(changeAt(n, i)), `position ${i}`).toBe(false);
  });

  it('detects every swap of two different neighbours', () => {
    const n = normaliseRecoveryKey(KEY);
    for (let i = 0; i < n.length - 1; i++) {
      if (n[i] === n[i + 1]) continue;
      expect(isWellFormedRecoveryKey(swapAt(n, i)), `swap at ${i}`).toBe(false);
    }
  });

  it('detects changes and swaps in many random keys', () => {
    for (let k = 0; k < 200; k++) {
      const n = normaliseRecoveryKey(formatRecoveryKey(recoveryBodyFromBytes(randomBytes(96))));
      expect(isWellFormedRecoveryKey(n)).toBe(true);
      const i = k % n.length;
      expect(isWellFormedRecoveryKey(changeAt(n, i))).toBe(false);
      const j = k % (n.length - 1);
      if (n[j] !== n[j + 1]) expect(isWellFormedRecoveryKey(swapAt(n, j))).toBe(false);
    }
  });

  it('refuses wrong lengths and foreign characters', () => {
    const n = normaliseRecoveryKey(KEY);
    expect(isWellFormedRecoveryKey('')).toBe(false);
    expect(isWellFormedRecoveryKey(n.slice(0, -1))).toBe(false);
    expect(isWellFormedRecoveryKey(`${n}2`)).toBe(false);
    expect(isWellFormedRecoveryKey(`0${n.slice(1)}`)).toBe(false);
    expect(isWellFormedRecoveryKey(`${n.slice(0, 10)}_${n.slice(11)}`)).toBe(false);
  });

  it('builds bodies only from the alphabet, skipping biased byte values', () => {
    // 248 = 8 × 31 is the first value rejection sampling must skip.
    const bytes = [255, 248, ...Array.from({ length: 40 }, (_, i) => i)];
    const body = recoveryBodyFromBytes(bytes);
    expect(body).toHaveLength(RECOVERY_BODY_CHARS);
    expect(body[0]).toBe(RECOVERY_ALPHABET[0]);
    expect([...body].every((ch) => RECOVERY_ALPHABET.includes(ch))).toBe(true);
    expect(() => recoveryBodyFromBytes([1, 2, 3])).toThrow();
    expect(() => recoveryBodyFromBytes(Array.from({ length: 100 }, () => 250))).toThrow();
  });

  it('lays the key out in rows of whole groups, three to a row', () => {
    const key = 'WWWW-8992-TEQM-MMMM-ABCD-EFGH-JKMN-PQRS-2345';
    expect(recoveryKeyRows(key)).toEqual([
      ['WWWW', '8992', 'TEQM'],
      ['MMMM', 'ABCD', 'EFGH'],
      ['JKMN', 'PQRS', '2345'],
    ]);
    expect(recoveryKeyRows(key).flat().join('-')).toBe(key);
  });
});
