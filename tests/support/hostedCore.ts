import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { startHttpHost, type HttpHost } from '../../electron/core/host/httpHost';
import { silentLogger } from '../../electron/core/logger';
import type { Result } from '../../shared/api/result';
import type { Clock } from '../../shared/clock';
import { FAST_KDF, initialisedCore, tempDir } from './archive';

/**
 * The real HTTP host over a fresh archive (director signed in), serving a
 * one-page static folder, or an empty one (then no request can find a file).
 */
export async function hostedCore(clock?: Clock, { index = true }: { index?: boolean } = {}) {
  const a = await initialisedCore({ kdf: FAST_KDF, clock });
  const statics = tempDir('host-static-');
  if (index) writeFileSync(join(statics.dir, 'index.html'), '<!doctype html><title>综治中心</title>');
  const host: HttpHost = await startHttpHost({
    core: a.core,
    staticDir: statics.dir,
    log: silentLogger,
  });
  const port = Number(new URL(host.url).port);
  return {
    ...a,
    host,
    port,
    /** The Host header the host accepts (it refuses any other, against DNS rebinding). */
    hostHeader: `127.0.0.1:${port}`,
    /** One API call the way the browser client makes it. */
    async api<T = unknown>(channel: string, input: unknown = {}): Promise<Result<T>> {
      const res = await fetch(`${host.url}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Result<T>;
    },
    async close() {
      await host.close();
      a.cleanup();
      statics.cleanup();
    },
  };
}

/** What the host answered on a raw socket: the status (null when it sent nothing) and the whole text. */
export interface RawAnswer {
  status: number | null;
  text: string;
}

/**
 * Writes bytes to the host on a raw socket (for request lines and headers the
 * http client refuses to send) and collects the answer until the host closes
 * the connection. Requests that parse should carry `Connection: close`; the
 * socket is never half-closed, which Node's server treats as an abort.
 */
export function rawRequest(port: number, bytes: string | Buffer): Promise<RawAnswer> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A reset after the answer arrived still leaves the answer to check.
    socket.on('error', (err) => (chunks.length ? undefined : reject(err)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      // Skip an interim answer (100 Continue): the final one is what counts.
      const final = text.replace(/^HTTP\/1\.1 1\d\d [^\r]*\r\n\r\n/, '');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(final)?.[1];
      done({ status: status ? Number(status) : null, text: final });
    });
  });
}

/** The body of a raw HTTP answer (after the blank line), chunked transfer coding undone. */
export function rawBody(answer: RawAnswer): string {
  const split = answer.text.indexOf('\r\n\r\n');
  const head = answer.text.slice(0, split).toLowerCase();
  const rest = answer.text.slice(split + 4);
  if (!head.includes('transfer-encoding: chunked')) return rest;
  let body = '';
  // Chunk sizes count bytes, so the chunks are cut from the UTF-8 bytes, not the text.
  let bytes = Buffer.from(rest, 'utf8');
  for (;;) {
    const line = bytes.indexOf('\r\n');
    const size = parseInt(bytes.subarray(0, line).toString('latin1'), 16);
    if (!size) return body;
    body += bytes.subarray(line + 2, line + 2 + size).toString('utf8');
    bytes = bytes.subarray(line + 2 + size + 2);
  }
}
