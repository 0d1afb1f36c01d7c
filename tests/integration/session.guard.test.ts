import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../support/jobs';
import { GUARD_FILE } from '../../electron/core/features/session/session.guardFile';
import type { LoginFailureReport } from '../../shared/accounts/schemas';
import type { AuditPage } from '../../shared/audit/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { createAccountInUse } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { countRows, openDirect } from '../support/directDb';
import { WELL_FORMED_WRONG_KEY } from '../support/validInputs';

const STAFF = { username: 'litingshu', displayName: '李婷姝', role: 'staff', password: 'staff-pass-1' };
const director = { username: DIRECTOR.username, password: DIRECTOR.password };
const staff = { username: STAFF.username, password: STAFF.password };
const wrong = (username: string) => ({ username, password: 'not-the-password' });

/** Issue 9, item 5: failed logins are throttled by the core and recorded in the audit trail. */
describe('登录失败：限速与记录', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock('2026-11-24T09:00:00');
    a = await initialisedCore({ kdf: FAST_KDF, clock });
    await createAccountInUse(a.call, STAFF);
    value(await a.call('session:logout'));
  });

  afterEach(() => a.cleanup());

  const failTimes = async (n: number, username: string) => {
    for (let i = 0; i < n; i++)
      expect(await a.call('session:login', wrong(username))).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSWORD' },
      });
  };

  it('lets five wrong passwords through, then makes each further try wait longer', async () => {
    await failTimes(5, DIRECTOR.username);
    // Even the right password is refused while waiting: the core did not try it.
    expect(await a.call('session:login', director)).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', message: '密码错误次数过多，请于 09:00:30 后再试。' },
    });
    clock.advance(29_000);
    expect(await a.call('session:login', director)).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS' } });
    clock.advance(1_000);
    await failTimes(1, DIRECTOR.username);
    // The sixth failure doubles the wait: 60 s from 09:00:30.
    expect(await a.call('session:login', director)).toMatchObject({
      error: { message: '密码错误次数过多，请于 09:01:30 后再试。' },
    });
    // Other names are not held up by it.
    expect(value(await a.call<SessionStatus>('session:login', staff))).toMatchObject({ state: 'active' });
    clock.set('2026-11-24T09:01:30');
    expect(value(await a.call<SessionStatus>('session:login', director))).toMatchObject({ state: 'active' });
    // A success ends the run: the next wrong password is free again.
    value(await a.call('session:logout'));
    await failTimes(1, DIRECTOR.username);
    expect(value(await a.call<SessionStatus>('session:login', director))).toMatchObject({ state: 'active' });
  });

  it('keeps the count across a restart, and counts the login name in any case', async () => {
    await failTimes(3, 'WangZR');
    await failTimes(2, DIRECTOR.username);
    a.core.shutdown();
    const restarted = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock });
    try {
      expect(await restarted.call('session:login', director)).toMatchObject({
        ok: false,
        error: { code: 'TOO_MANY_ATTEMPTS', message: '密码错误次数过多，请于 09:00:30 后再试。' },
      });
      // A quiet day forgets the run (shared/session/throttle.ts).
      clock.set('2026-11-25T09:00:01');
      expect(await restarted.call('session:login', director)).toMatchObject({ ok: true });
    } finally {
      restarted.shutdown();
    }
  });

  it('names the day when the wait ends on another day', async () => {
    clock.set('2026-11-24T23:59:50');
    await failTimes(5, 'nobody');
    expect(await a.call('session:login', wrong('nobody'))).toMatchObject({
      error: { message: '密码错误次数过多，请于 11月25日 00:00:20 后再试。' },
    });
  });

  it('throttles the lock screen for the same name, and the recovery key on its own', async () => {
    value(await a.call('session:login', staff));
    value(await a.call('session:lock'));
    for (let i = 0; i < 5; i++)
      expect(await a.call('session:unlock', { password: 'wrong-one' })).toMatchObject({
        error: { code: 'WRONG_PASSWORD' },
      });
    expect(await a.call('session:unlock', { password: STAFF.password })).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS', message: '密码错误次数过多，请于 09:00:30 后再试。' },
    });
    const recover = {
      recoveryKey: WELL_FORMED_WRONG_KEY,
      username: DIRECTOR.username,
      newPassword: 'new-pass-1',
    };
    for (let i = 0; i < 5; i++)
      expect(await a.call('session:recover', recover)).toMatchObject({
        error: { code: 'WRONG_RECOVERY_KEY' },
      });
    expect(await a.call('session:recover', { ...recover, recoveryKey: a.recoveryKey })).toEqual({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', message: '恢复密钥错误次数过多，请于 09:00:30 后再试。' },
    });
    clock.advance(30_000);
    expect(
      value(await a.call<SessionStatus>('session:recover', { ...recover, recoveryKey: a.recoveryKey })),
    ).toMatchObject({ state: 'active', mustChangePassword: false });
  });

  it('writes every failure into the audit trail at the next login by anyone, in its transaction', async () => {
    clock.set('2026-11-24T09:10:05');
    await failTimes(2, 'zhangsan');
    value(await a.call('session:login', staff));
    value(await a.call('session:lock'));
    clock.set('2026-11-24T09:12:00');
    expect((await a.call('session:unlock', { password: 'wrong-one' })).ok).toBe(false);
    // The names wait sealed: the sidecar names no one.
    const sidecar = readFileSync(join(a.dir, GUARD_FILE), 'utf8');
    expect(sidecar).not.toContain('zhangsan');
    expect(sidecar).not.toContain(STAFF.username);

    clock.set('2026-11-24T09:20:00');
    value(await a.call('session:unlock', { password: STAFF.password }));
    value(await a.call('session:logout'));
    value(await a.call('session:login', director));
    const audit = value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 10 }));
    const rows = audit.rows
      .slice()
      .reverse()
      .map((r) => [r.at, r.actorName, r.action, r.summary]);
    expect(rows.slice(-6)).toEqual([
      [
        '2026-11-24T09:10:05',
        '系统',
        'session.login-failed',
        '登录失败：用户名“zhangsan”，时间 2026-11-24 09:10:05',
      ],
      [
        '2026-11-24T09:10:05',
        '系统',
        'session.login-failed',
        '登录失败：用户名“zhangsan”，时间 2026-11-24 09:10:05',
      ],
      ['2026-11-24T09:10:05', STAFF.displayName, 'session.login', `${STAFF.displayName} 登录`],
      [
        '2026-11-24T09:20:00',
        '系统',
        'session.unlock-failed',
        `解锁失败：用户名“${STAFF.username}”，时间 2026-11-24 09:12:00`,
      ],
      ['2026-11-24T09:20:00', STAFF.displayName, 'session.logout', `${STAFF.displayName} 退出登录`],
      ['2026-11-24T09:20:00', DIRECTOR.displayName, 'session.login', `${DIRECTOR.displayName} 登录`],
    ]);
    expect(value(await a.call('audit:verify'))).toMatchObject({ ok: true });
    // Written once: the sidecar has handed them over.
    a.core.shutdown();
    const db = await openDirect(a.dir);
    try {
      expect(countRows(db, 'login_failures')).toBe(3);
    } finally {
      db.close();
    }
    expect(JSON.parse(readFileSync(join(a.dir, GUARD_FILE), 'utf8')).pending).toEqual([]);
  });

  it('shows the director the failures since their previous login, and only the director', async () => {
    value(await a.call('session:login', director));
    value(await a.call('session:logout'));
    clock.set('2026-11-24T12:00:00');
    await failTimes(1, DIRECTOR.username);
    clock.set('2026-11-24T12:00:07');
    await failTimes(1, 'wangzhuren');
    clock.set('2026-11-24T12:05:00');
    value(await a.call('session:login', staff));
    expect(await a.call('session:login-failures')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    clock.set('2026-11-24T13:00:00');
    value(await a.call('session:login', director));
    expect(value(await a.call<LoginFailureReport>('session:login-failures'))).toEqual({
      since: '2026-11-24T09:00:00',
      total: 2,
      recent: [
        { at: '2026-11-24T12:00:07', kind: 'login', username: 'wangzhuren' },
        { at: '2026-11-24T12:00:00', kind: 'login', username: DIRECTOR.username },
      ],
    });
    // Seen once: at the director's next login they are behind them.
    value(await a.call('session:logout'));
    value(await a.call('session:login', director));
    expect(value(await a.call<LoginFailureReport>('session:login-failures'))).toMatchObject({
      since: '2026-11-24T13:00:00',
      total: 0,
    });
  });
});
