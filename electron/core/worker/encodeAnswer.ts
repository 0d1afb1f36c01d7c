import { randomUUID } from 'node:crypto';
import type { Result } from '../../../shared/api/result';

/** Strings this long are spliced into the answer's bytes rather than passed through JSON.stringify. */
const LARGE = 1 << 16;
/** What JSON would escape (or might, for surrogates): such a string goes through JSON.stringify after all. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * An answer as the bytes of its JSON (read back by shared/api/answer.ts), in a
 * buffer of its own that can be transferred to the serving thread. A large
 * string (an export's base64, 20 MB and more) is not handed to JSON.stringify,
 * which took 0.7–1.3 s over one of 24 MB here: the rest is stringified with a
 * marker in its place and the string's bytes are written in between, as JSON
 * would have written them (base64 needs no escaping; anything that does is
 * stringified as usual).
 */
export function encodeAnswer(result: Result<unknown>): Uint8Array<ArrayBuffer> {
  const large: string[] = [];
  // A fresh marker for each answer: no string of the answer can contain it.
  const mark = randomUUID();
  const skeleton = JSON.stringify(result, (_key, value: unknown) => {
    if (typeof value !== 'string' || value.length < LARGE || NEEDS_ESCAPE.test(value)) return value;
    large.push(value);
    return `${mark}:${large.length - 1}`;
  });
  const encoder = new TextEncoder();
  if (large.length === 0) return encoder.encode(skeleton);
  // Split at the markers (quotes included): text, index, text, index, …, text.
  const pieces = skeleton.split(new RegExp(`"${mark}:(\\d+)"`));
  const parts = pieces.map((piece, i) => (i % 2 === 0 ? piece : `"${large[Number(piece)]!}"`));
  const bytes = new Uint8Array(parts.reduce((n, part) => n + Buffer.byteLength(part, 'utf8'), 0));
  let at = 0;
  for (const part of parts) at += encoder.encodeInto(part, bytes.subarray(at)).written;
  return bytes;
}
