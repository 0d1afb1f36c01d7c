import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, AuditVerification } from '../../shared/audit/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';

const update = (n: number) => ({ ...CENTRE, idleLockMinutes: n, backupKeep: 10 });

describe('操作日志：系统时钟回拨', () => {
  const clock = testClock('2026-11-24T10:00:00');
  let a: Awaited<ReturnType<typeof initialisedCore>>;

  beforeEach(async () => {
    clock.set('2026-11-24T10:00:00');
    a = await initialisedCore({ kdf: FAST_KDF, clock });
  });

  afterEach(() => a.cleanup());

  const trail = async () =>
    value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 20 })).rows.map((r) => ({
      action: r.action,
      at: r.at,
      actorName: r.actorName,
      summary: r.summary,
    }));

  it('records the jump once, with both times, before the first write after it; the chain still verifies', async () => {
    clock.set('2026-11-24T10:05:00');
    value(await a.call('settings:update', update(11)));
    // The same second again is not a jump.
    value(await a.call('settings:update', update(12)));
    clock.set('2026-11-20T08:00:00');
    value(await a.call('settings:update', update(13)));
    clock.advance(60_000);
    value(await a.call('settings:update', update(14)));

    const rows = await trail();
    expect(rows.map((r) => [r.action, r.at])).toEqual([
      ['settings.update', '2026-11-20T08:01:00'],
      ['settings.update', '2026-11-20T08:00:00'],
      // Decision (audit.queries.ts): the notice carries the clock's own (earlier) time.
      ['audit.clock-rollback', '2026-11-20T08:00:00'],
      ['settings.update', '2026-11-24T10:05:00'],
      ['settings.update', '2026-11-24T10:05:00'],
      ['setup.initialise', '2026-11-24T10:00:00'],
    ]);
    const notice = rows[2]!;
    expect(notice.actorName).toBe('系统');
    expect(notice.summary).toContain('系统时钟回拨');
    expect(notice.summary).toContain('2026-11-20 08:00:00');
    expect(notice.summary).toContain('2026-11-24 10:05:00');
    expect(value(await a.call<AuditVerification>('audit:verify'))).toEqual({ ok: true, checked: 6 });
  });

  it('notes a jump noticed by the write that signs in again', async () => {
    value(await a.call('session:logout'));
    clock.set('2026-11-23T09:00:00');
    value(await a.call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));
    const [login, notice] = await trail();
    expect([login!.action, notice!.action]).toEqual(['session.login', 'audit.clock-rollback']);
  });
});
