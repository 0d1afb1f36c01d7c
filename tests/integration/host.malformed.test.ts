import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../shared/session/schemas';
import { testClock, value } from '../support/archive';
import { isChinese } from '../support/files';
import { hostedCore, rawBody, rawRequest } from '../support/hostedCore';

/**
 * Issue 9, item 1: the HTTP host answers every malformed request line, header
 * and body with a 4xx and stays up. Any web page the staff open could send
 * `GET //` with an <img> once it finds the port; it used to kill the host.
 */
describe('HTTP host on malformed requests', () => {
  let h: Awaited<ReturnType<typeof hostedCore>>;
  beforeAll(async () => {
    h = await hostedCore(testClock());
  });
  afterAll(() => h.close());

  const alive = async () =>
    expect(value(await h.api<SessionStatus>('session:status'))).toMatchObject({
      state: 'active',
      user: { username: 'wangzr' },
    });

  const get = (target: string, extra = '') =>
    rawRequest(
      h.port,
      `GET ${target} HTTP/1.1\r\nHost: ${h.hostHeader}\r\n${extra}Connection: close\r\n\r\n`,
    );

  it('answers a bare GET // (no token needed) with a 4xx and keeps serving', async () => {
    const answer = await get('//');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    // Not read as a request for another host either.
    expect((await get('//evil.example/index.html')).status).toBe(404);
    expect((await get('/index.html')).status).toBe(200);
    await alive();
  });

  it('answers a malformed percent sequence in an API path with a typed 400', async () => {
    const answer = await rawRequest(
      h.port,
      `POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${h.hostHeader}\r\nAuthorization: Bearer ${h.host.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(answer.status).toBe(400);
    const body = JSON.parse(rawBody(answer)) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(isChinese(body.error.message)).toBe(true);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    await alive();
  });

  it('answers an 80 MB body (over the 64 MB limit a supplementary font needs) with 413 that reaches the client, and keeps serving', async () => {
    const body = Buffer.alloc(80 * 1024 * 1024, 0x20);
    const head =
      `POST /api/session:status HTTP/1.1\r\nHost: ${h.hostHeader}\r\nAuthorization: Bearer ${h.host.token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const answer = await rawRequest(h.port, Buffer.concat([Buffer.from(head), body]));
    expect(answer.status).toBe(413);
    const json = JSON.parse(rawBody(answer)) as { ok: boolean; error: { message: string } };
    expect(json.ok).toBe(false);
    expect(isChinese(json.error.message)).toBe(true);
    await alive();
  });

  it('answers broken request lines and headers with a 4xx', async () => {
    const host = `Host: ${h.hostHeader}\r\n`;
    const broken = [
      'GARBAGE\r\n\r\n',
      'GET\r\n\r\n',
      `GET * HTTP/1.1\r\n${host}Connection: close\r\n\r\n`,
      // Absolute-form is for proxies; this host serves paths only.
      `GET http://127.0.0.1/ HTTP/1.1\r\n${host}Connection: close\r\n\r\n`,
      `GET /\u0000 HTTP/1.1\r\n${host}\r\n`,
      `GET / HTTP/9.9\r\n${host}\r\n`,
      `GET / HTTP/1.1\r\n${host}no colon here\r\n\r\n`,
      `GET / HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
      `POST /api/session:status HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`,
      `POST /api/session:status HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\nzz\r\n`,
      `POST /api/session:status HTTP/1.1\r\n${host}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n`,
      `GET /index.html HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
      `GET /index.html HTTP/1.1\r\nConnection: close\r\n\r\n`,
    ];
    for (const request of broken) {
      const answer = await rawRequest(h.port, request);
      expect(answer.status, JSON.stringify(request.slice(0, 60))).toBeGreaterThanOrEqual(400);
      expect(answer.status, JSON.stringify(request.slice(0, 60))).toBeLessThan(500);
    }
    await alive();
  });
});
