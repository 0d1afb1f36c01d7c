import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../electron/core/db/backup';
import type { Db } from '../../electron/core/db/open';
import { allChannels, contract } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { AuditVerification } from '../../shared/audit/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { testClock, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';
import { mutate, prng, refusedBy, type Prng } from '../support/fuzz';
import { hostedCore, rawBody, rawRequest } from '../support/hostedCore';
import { VALID_INPUTS } from '../support/validInputs';

/**
 * Issue 9, item 7: seeded random malformed inputs over every channel of the
 * contract, and random malformed HTTP requests. Each must be refused with a
 * typed error in Chinese (or a 4xx), write nothing, leave the host running and
 * the audit chain whole. The seed is fixed: a failure replays exactly.
 */
const SEED = 20261124;
const REQUESTS = 300;

const routes = allChannels().map((r) => ({
  ...r,
  schema: (contract[r.feature] as Record<string, { input: z.ZodType }>)[r.action]!.input,
  valid: (VALID_INPUTS[r.feature] as Record<string, unknown>)[r.action],
}));
/** Enough calls that every channel gets its share (≥ 5) however many the contract grows to. */
const CALLS = Math.max(1_200, routes.length * 10);

/** A typed refusal: code and a Chinese message, nothing else claimed. */
function expectRefused(result: Result<unknown>, what: string): void {
  expect(result.ok, what).toBe(false);
  if (result.ok) return;
  expect(result.error.code, what).toBe('VALIDATION');
  expect(typeof result.error.message, what).toBe('string');
  expect(isChinese(result.error.message), `${what}: ${result.error.message}`).toBe(true);
}

describe('fuzz: malformed input never gets through, never crashes, never writes', () => {
  let h: Awaited<ReturnType<typeof hostedCore>>;
  let db: Db;
  beforeAll(async () => {
    h = await hostedCore(testClock(), { index: false });
    db = await openDirect(h.dir);
  });
  afterAll(async () => {
    db.close();
    await h.close();
  });

  const alive = async () =>
    expect(value(await h.api<SessionStatus>('session:status'))).toMatchObject({ state: 'active' });

  it(`refuses ${CALLS} seeded malformed inputs over every channel, in-process and over HTTP`, async () => {
    const rnd = prng(SEED);
    const perChannel = new Map<string, number>();
    const kinds = new Map<string, number>();
    let sent = 0;
    for (let i = 0; sent < CALLS; i++) {
      const route = routes[i % routes.length]!;
      const { kind, input, certain } = mutate(rnd, route.valid);
      // Only what the contract refuses is malformed; a mutation that happens to stay valid is drawn
      // again — except an impossible date, which must be refused whatever the schema says.
      if (!certain && !refusedBy(route.schema, input)) continue;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const what = `#${sent} ${route.channel} (${kind})`;
      // Every tenth goes over HTTP, as JSON: NaN becomes null there, and the wire form must still be refused.
      const wire =
        i % 10 === 0 && input !== undefined ? (JSON.parse(JSON.stringify(input)) as unknown) : undefined;
      const overHttp = wire !== undefined && refusedBy(route.schema, wire);
      const before = tableCounts(db);
      // The core itself, not the test helper, which fills in a missing input with {}.
      const result = overHttp
        ? await h.api(route.channel, wire)
        : ((await h.core.call(route.channel, input)) as Result<unknown>);
      expectRefused(result, what);
      expect(tableCounts(db), what).toEqual(before);
      perChannel.set(route.channel, (perChannel.get(route.channel) ?? 0) + 1);
      sent++;
    }
    for (const route of routes)
      expect(perChannel.get(route.channel) ?? 0, route.channel).toBeGreaterThanOrEqual(5);
    // Every kind of malformation was tried, impossible dates and `__proto__` keys included.
    for (const kind of ['whole', 'extra', 'missing', 'wrongType', 'huge', 'deep', 'proto', 'date', 'number'])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(20);
    // No `__proto__` key reached a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await alive();
    const verification = value(await h.call<AuditVerification>('audit:verify'));
    expect(verification.ok, verification.problem).toBe(true);
  });

  /** One random HTTP request that cannot succeed: bad lines, paths, headers, tokens or bodies. */
  function randomRequest(rnd: Prng): { bytes: string; api: boolean } {
    const junk = (n: number) =>
      Array.from({ length: n }, () =>
        rnd.pick([
          'a',
          'Z',
          '%',
          '%E0',
          '%A4',
          '%2e',
          '.',
          '/',
          '\\',
          '字',
          '?',
          '#',
          ';',
          ':',
          '~',
          '\u0001',
          ' ',
          '%00',
          '%ZZ',
          '%%',
        ]),
      ).join('');
    const method = rnd.pick([
      'GET',
      'POST',
      'HEAD',
      'PUT',
      'DELETE',
      'OPTIONS',
      'TRACE',
      'CONNECT',
      'G\u0000T',
      'get',
      '',
      junk(3),
    ]);
    const target = rnd.pick([
      `/${junk(rnd.int(30))}`,
      `//${junk(rnd.int(10))}`,
      `/api/${junk(rnd.int(20))}`,
      `/api/%E0%A4%A`,
      `/api/session:status`,
      `/../../${junk(5)}`,
      `/%2e%2e/%2e%2e/etc/passwd`,
      `*`,
      `http://127.0.0.1:${h.port}/`,
      junk(rnd.int(10)),
      `/${'a'.repeat(rnd.pick([10, 9_000]))}`,
    ]);
    const version = rnd.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', 'FOO', '']);
    const headers: string[] = [];
    if (rnd.chance(0.85))
      headers.push(
        `Host: ${rnd.pick([h.hostHeader, h.hostHeader, 'evil.example', `localhost:${h.port}`, '', junk(4)])}`,
      );
    if (rnd.chance(0.5))
      headers.push(`Authorization: ${rnd.pick([`Bearer ${h.host.token}`, 'Bearer wrong', '', junk(8)])}`);
    if (rnd.chance(0.5))
      headers.push(`Content-Type: ${rnd.pick(['application/json', 'text/plain', junk(4)])}`);
    if (rnd.chance(0.15))
      headers.push(
        rnd.pick([
          'no colon here',
          ': empty name',
          'X-Bad\u0000: 1',
          `X-Big: ${'b'.repeat(20_000)}`,
          'Content-Length: -1',
          'Content-Length: abc',
          'Transfer-Encoding: chunked',
          'Upgrade: websocket',
          'Expect: 100-continue',
          'Expect: nothing',
        ]),
      );
    const body = rnd.pick([
      '',
      '{',
      '{"a":',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"polluted":true}}',
      junk(20),
      '{}',
    ]);
    // A complete message (the body as long as declared), so that no request leaves the host waiting for more.
    headers.push(`Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close');
    return {
      bytes: `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n${body}`,
      api: target.startsWith('/api/'),
    };
  }

  it(`answers ${REQUESTS} seeded malformed HTTP requests with a 4xx or a typed refusal, and stays up`, async () => {
    const rnd = prng(SEED + 1);
    const before = tableCounts(db);
    for (let i = 0; i < REQUESTS; i++) {
      const { bytes, api } = randomRequest(rnd);
      const what = `#${i} ${JSON.stringify(bytes.slice(0, 120))}`;
      const answer = await rawRequest(h.port, bytes);
      expect(answer.status, what).not.toBeNull();
      if (answer.status === 200 && api) {
        // An authorised call with a well-formed body reaches the core: it must be a typed refusal.
        const result = JSON.parse(rawBody(answer)) as Result<unknown>;
        expect(result.ok, what).toBe(false);
        if (!result.ok) expect(isChinese(result.error.message), what).toBe(true);
      } else {
        expect(answer.status, what).toBeGreaterThanOrEqual(400);
        expect(answer.status, what).toBeLessThan(500);
      }
    }
    expect(tableCounts(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await alive();
    expect(value(await h.call<AuditVerification>('audit:verify')).ok).toBe(true);
  });
});
