import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Core } from '../app';
import type { WorkerCore } from '../worker/coreWorker';
import type { Logger } from '../logger';

/**
 * The second transport (design.md, rule 3): the same API over HTTP on
 * 127.0.0.1 only, for the browser suite and for machines where the desktop
 * shell cannot run. A per-run secret token guards the API; the Host header is
 * checked against DNS rebinding; no CORS headers are ever sent; files are
 * served only from the built renderer folder.
 */
export interface HttpHostOptions {
  /** A core in its own thread (`callJson`), or one in this thread (tests). */
  core: Core & Partial<Pick<WorkerCore, 'callJson'>>;
  staticDir: string;
  port?: number;
  token?: string;
  log: Logger;
}

export interface HttpHost {
  url: string;
  /** The address to open: the token travels in the fragment, which browsers never send. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

/** A request body at most: the largest upload is a supplementary font (40 MB, about 54 MB as base64). */
const MAX_BODY = 64 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'self' blob:; frame-ancestors 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  // A client that hung up, or a parser error already answered on the socket, leaves nothing to write to.
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), JSON_TYPE);

const badRequest = (res: ServerResponse) => send(res, 400, '请求地址不正确', 'text/plain; charset=utf-8');

/**
 * The path of a request target, or null when it is not an origin-form path
 * (`/…`). `new URL()` threw on `//` and read `//host/x` as another host; the
 * path is all this host needs, so it is cut from the target by hand.
 */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  const end = target.search(/[?#]/);
  return end < 0 ? target : target.slice(0, end);
}

/** Decodes a percent-encoded path; null for a malformed sequence such as `%E0%A4%A`. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Reads a JSON body up to MAX_BODY; null when it is larger. An oversized body
 * is read to its end and thrown away before the 413 is sent: closing a socket
 * that still has unread bytes resets it, and the client never saw the answer.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => done(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Answers once the request's body has been read and thrown away (see readBody: a reset loses the answer). */
function afterBody(req: IncomingMessage, res: ServerResponse, answer: () => void): void {
  req.once('end', answer);
  req.once('error', () => res.destroy());
  req.resume();
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(`Bearer ${token}`);
  const root = resolve(options.staticDir);
  let port = 0;

  const authorised = (req: IncomingMessage) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  async function serveFile(res: ServerResponse, urlPath: string): Promise<void> {
    const rel = decodePath(urlPath);
    if (rel === null) return badRequest(res);
    const file = normalize(join(root, rel === '/' ? 'index.html' : rel));
    if (file !== root && !file.startsWith(root + sep))
      return send(res, 403, '拒绝访问', 'text/plain; charset=utf-8');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      send(
        res,
        200,
        await readFile(file),
        type,
        type.startsWith('text/html') ? { 'content-security-policy': CSP } : {},
      );
    } catch {
      send(res, 404, '未找到', 'text/plain; charset=utf-8');
    }
  }

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const refuse = (answer: () => void) => afterBody(req, res, answer);
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return refuse(() => send(res, 421, '拒绝访问：主机名不正确', 'text/plain; charset=utf-8'));
    }
    const path = requestPath(req.url);
    if (path === null) return refuse(() => badRequest(res));
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(() => send(res, 405, '', 'text/plain', { allow: 'POST' }));
      if (!authorised(req))
        return refuse(() =>
          sendJson(res, 401, {
            ok: false,
            error: { code: 'UNAUTHENTICATED', message: '访问令牌无效，请使用启动时给出的地址打开。' },
          }),
        );
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return refuse(() => send(res, 415, '', 'text/plain'));
      const channel = decodePath(path.slice('/api/'.length));
      if (channel === null)
        return refuse(() =>
          sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求地址不正确。' } }),
        );
      readBody(req)
        .then(
          async (body) => {
            if (body === null)
              return sendJson(res, 413, {
                ok: false,
                error: { code: 'VALIDATION', message: '提交的内容过大。' },
              });
            let input: unknown;
            try {
              input = body.length ? JSON.parse(body) : {};
            } catch {
              return sendJson(res, 400, {
                ok: false,
                error: { code: 'VALIDATION', message: '提交的数据格式不正确。' },
              });
            }
            // A core in its own thread answers with the JSON already encoded there: sent as it is.
            const { core } = options;
            if (core.callJson) {
              const json = await core.callJson(channel, input);
              send(res, 200, Buffer.from(json.buffer, json.byteOffset, json.byteLength), JSON_TYPE);
            } else sendJson(res, 200, await core.call(channel, input));
          },
          (err: unknown) => {
            options.log.error('HTTP body read failed', err);
            res.destroy();
          },
        )
        // The core answers every call with a Result; should it ever reject instead, the host must stay up.
        .catch((err: unknown) => {
          options.log.error(`HTTP API ${channel} failed`, err);
          sendJson(res, 500, {
            ok: false,
            error: { code: 'INTERNAL', message: '操作未能完成：发生了意外错误，详情已记入日志。' },
          });
        });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(() => send(res, 405, '', 'text/plain', { allow: 'GET' }));
    serveFile(res, path).catch((err: unknown) => {
      options.log.error('HTTP file serving failed', err);
      send(res, 500, '服务器内部错误', 'text/plain; charset=utf-8');
    });
  });

  // CONNECT is for proxies; without a listener Node drops the connection without a word.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(
      'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
  });

  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    openUrl: `${base}/#token=${token}`,
    token,
    // A browser keeps idle keep-alive connections open; without dropping them, close() waits for their timeout.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
