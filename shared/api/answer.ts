import type { Result } from './result';

/**
 * Answers cross from the core's thread as the bytes of their JSON
 * (electron/core/worker/encodeAnswer.ts), their buffer transferred rather than
 * copied, so the thread that serves the window never clones or stringifies a
 * large answer — a 17 MB export cloned as a string stalled it for 50 ms and
 * more — and only the page that asked decodes it: here, from those bytes.
 * Anything not bytes is an answer already (a refusal made on the way).
 */
export const decodeAnswer = (answer: unknown): Result<unknown> =>
  ArrayBuffer.isView(answer)
    ? (JSON.parse(
        new TextDecoder().decode(new Uint8Array(answer.buffer, answer.byteOffset, answer.byteLength)),
      ) as Result<unknown>)
    : (answer as Result<unknown>);
