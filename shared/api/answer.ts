import type { Result } from './result';

/**
 * An answer as the bytes of its JSON. The core's thread encodes it and hands
 * the buffer over (transferred, not copied), so the thread that serves the
 * window never clones or stringifies a large answer — a 17 MB export
 * cloned as a string stalled it for 50 ms and more — and only the page that
 * asked decodes it.
 */
export const encodeAnswer = (result: Result<unknown>): Uint8Array<ArrayBuffer> =>
  // TextEncoder gives a buffer of its own (Buffer.from may share Node's pool, which must not be transferred).
  new TextEncoder().encode(JSON.stringify(result));

/** The answer again, from its JSON bytes; anything not bytes is an answer already (a refusal made on the way). */
export const decodeAnswer = (answer: unknown): Result<unknown> =>
  ArrayBuffer.isView(answer)
    ? (JSON.parse(
        new TextDecoder().decode(new Uint8Array(answer.buffer, answer.byteOffset, answer.byteLength)),
      ) as Result<unknown>)
    : (answer as Result<unknown>);
