import { describe, expect, it } from 'vitest';
import { decodeAnswer } from '../../shared/api/answer';
import { fail, ok } from '../../shared/api/result';
import { encodeAnswer } from '../../electron/core/worker/encodeAnswer';

/** A string of `n` characters cycling through `alphabet`. */
const long = (n: number, alphabet: string) =>
  Array.from({ length: n }, (_, i) => alphabet[i % alphabet.length]).join('');

describe('answers as JSON bytes (core thread → serving thread → page)', () => {
  it('reads back exactly what JSON would carry, large strings spliced in or escaped as needed', () => {
    const base64 = long(200_000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    const value = {
      fileName: '台账-2026.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64,
      // Large strings that JSON must escape: quotes, backslashes, control characters, an emoji's surrogates.
      escaped: long(70_000, 'a"b\\c\nd\u0001e'),
      chinese: long(70_000, '人民调解委员会'),
      emoji: long(70_000, '卷😀'),
      nested: [{ again: base64 }, null, 3, true, 'short "quoted" \\ text'],
      absent: undefined,
    };
    const bytes = encodeAnswer(ok(value));
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    expect(decodeAnswer(bytes)).toEqual(JSON.parse(JSON.stringify(ok(value))));
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(ok(value)));
  });

  it('encodes small answers and refusals as JSON does, and passes a refusal made on the way through', () => {
    const refusal = fail('FORBIDDEN', '拒绝来自未知页面的请求。');
    expect(new TextDecoder().decode(encodeAnswer(refusal))).toBe(JSON.stringify(refusal));
    expect(decodeAnswer(encodeAnswer(ok({ a: 1 })))).toEqual({ ok: true, value: { a: 1 } });
    expect(decodeAnswer(refusal)).toBe(refusal);
  });
});
