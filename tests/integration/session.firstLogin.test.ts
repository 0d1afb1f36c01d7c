import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { firstLogin } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';

const STAFF = { username: 'litingshu', displayName: '李婷姝', role: 'staff', password: 'chosen-by-director' };
const director = { username: DIRECTOR.username, password: DIRECTOR.password };
const REQUIRED = {
  ok: false,
  error: {
    code: 'PASSWORD_CHANGE_REQUIRED',
    message: '请先设置新密码：当前密码是主任为您设置的初始密码，改为只有您自己知道的密码后才能继续。',
  },
};

/** Issue 9, item 6: a password the director chose must be replaced at the first login. */
describe('首次登录须设置新密码', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let staff: Account;

  beforeEach(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock() });
    staff = value(await a.call<Account>('accounts:create', STAFF));
  });

  afterEach(() => a.cleanup());

  it('refuses every call but the change until the account sets its own password', async () => {
    expect(staff.mustChangePassword).toBe(true);
    expect(
      value(
        await a.call<SessionStatus>('session:login', { username: STAFF.username, password: STAFF.password }),
      ),
    ).toMatchObject({ state: 'active', mustChangePassword: true });
    for (const [channel, input] of [
      ['cases:list', { page: 0, pageSize: 50 }],
      ['settings:get', {}],
      ['cases:dashboard', {}],
    ] as const)
      expect(await a.call(channel, input), channel).toEqual(REQUIRED);
    // The same password again is no change.
    expect(
      await a.call('session:change-password', {
        currentPassword: STAFF.password,
        newPassword: STAFF.password,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { newPassword: '新密码不能与当前密码相同' } },
    });
    value(
      await a.call('session:change-password', {
        currentPassword: STAFF.password,
        newPassword: 'my-own-pass',
      }),
    );
    expect(value(await a.call<SessionStatus>('session:status'))).toMatchObject({ mustChangePassword: false });
    expect((await a.call('cases:list', { page: 0, pageSize: 50 })).ok).toBe(true);
    // The director's password no longer opens the account; the owner's does, without a further change.
    value(await a.call('session:logout'));
    expect(
      await a.call('session:login', { username: STAFF.username, password: STAFF.password }),
    ).toMatchObject({
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(
      value(
        await a.call<SessionStatus>('session:login', { username: STAFF.username, password: 'my-own-pass' }),
      ),
    ).toMatchObject({ mustChangePassword: false });
  });

  it('asks again after the director resets the password, and survives locking', async () => {
    await firstLogin(a.call, STAFF.username, STAFF.password, 'my-own-pass');
    value(await a.call('session:login', director));
    expect(
      value(
        await a.call<Account>('accounts:reset-password', { id: staff.id, newPassword: 'reset-by-director' }),
      ),
    ).toMatchObject({ mustChangePassword: true });
    value(await a.call('session:login', { username: STAFF.username, password: 'reset-by-director' }));
    value(await a.call('session:lock'));
    value(await a.call('session:unlock', { password: 'reset-by-director' }));
    expect(await a.call('cases:list', { page: 0, pageSize: 50 })).toEqual(REQUIRED);
    // Logging out is always possible.
    expect(value(await a.call<SessionStatus>('session:logout'))).toEqual({ state: 'loggedOut' });
  });

  it('does not ask the director who chose their own password (set-up, own reset, recovery key)', async () => {
    value(await a.call('session:logout'));
    expect(value(await a.call<SessionStatus>('session:login', director))).toMatchObject({
      mustChangePassword: false,
    });
    value(await a.call('accounts:reset-password', { id: 1, newPassword: 'director-own-2' }));
    value(await a.call('session:logout'));
    expect(
      value(await a.call<SessionStatus>('session:login', { ...director, password: 'director-own-2' })),
    ).toMatchObject({ mustChangePassword: false });
    value(await a.call('session:logout'));
    expect(
      value(
        await a.call<SessionStatus>('session:recover', {
          recoveryKey: a.recoveryKey,
          username: DIRECTOR.username,
          newPassword: 'recovered-pass-1',
        }),
      ),
    ).toMatchObject({ mustChangePassword: false });
  });

  it('records the change in the audit trail', async () => {
    await firstLogin(a.call, STAFF.username, STAFF.password, 'my-own-pass');
    value(await a.call('session:login', director));
    const audit = value(
      await a.call<{ rows: { actorName: string; summary: string }[] }>('audit:list', {
        page: 0,
        pageSize: 5,
        action: 'account.change-password',
      }),
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        actorName: STAFF.displayName,
        summary: `${STAFF.displayName} 修改了自己的密码`,
      }),
    ]);
  });
});
