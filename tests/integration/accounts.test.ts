import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbPath } from '../../electron/core/db/archive';
import { keyringPath, readKeyring } from '../../electron/core/db/keyring';
import type { Account } from '../../shared/accounts/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { firstLogin } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';

const STAFF = {
  username: 'litingshu',
  displayName: '李婷姝',
  role: 'staff',
  password: 'staff-pass-1',
} as const;
const directorLogin = { username: DIRECTOR.username, password: DIRECTOR.password };

describe('账户管理', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let staff: Account;

  beforeEach(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock('2026-11-24T09:00:00') });
    staff = value(await a.call<Account>('accounts:create', STAFF));
  });

  afterEach(() => a.cleanup());

  const loginAs = (username: string, password: string) =>
    a.call<SessionStatus>('session:login', { username, password });

  it('creates an account that can log in with its own role', async () => {
    expect(staff).toEqual({
      id: 2,
      username: STAFF.username,
      displayName: STAFF.displayName,
      role: 'staff',
      disabled: false,
      createdAt: '2026-11-24T09:00:00',
      lastLoginAt: null,
      // The director chose the password: its owner must set their own first (session.firstLogin.test.ts).
      mustChangePassword: true,
    });
    const accounts = value(await a.call<Account[]>('accounts:list'));
    expect(accounts.map((x) => x.username)).toEqual([DIRECTOR.username, STAFF.username]);
    expect(value(await loginAs(STAFF.username, STAFF.password))).toMatchObject({
      state: 'active',
      user: { id: staff.id, role: 'staff', displayName: STAFF.displayName },
      mustChangePassword: true,
    });
  });

  it('refuses a user name already in use, in any case', async () => {
    const result = await a.call('accounts:create', {
      ...STAFF,
      username: 'LiTingShu',
      displayName: '另一人',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { username: expect.any(String) } },
    });
    expect(value(await a.call<Account[]>('accounts:list'))).toHaveLength(2);
  });

  it('updates name and role; the new role applies at the next login', async () => {
    const updated = value(
      await a.call<Account>('accounts:update', { id: staff.id, displayName: '李婷', role: 'archivist' }),
    );
    expect(updated).toMatchObject({
      id: staff.id,
      displayName: '李婷',
      role: 'archivist',
      username: STAFF.username,
    });
    expect(value(await loginAs(STAFF.username, STAFF.password))).toMatchObject({
      user: { displayName: '李婷', role: 'archivist' },
    });
  });

  it('answers NOT_FOUND for an unknown account', async () => {
    for (const [channel, input] of [
      ['accounts:update', { id: 99, displayName: '无名', role: 'staff' }],
      ['accounts:disable', { id: 99 }],
      ['accounts:reset-password', { id: 99, newPassword: 'whatever-1' }],
    ] as const) {
      expect(await a.call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  it('disables an account: its key entry is removed, so its password is simply wrong', async () => {
    const before = readKeyring(keyringPath(a.dir)).accounts.length;
    expect(value(await a.call<Account>('accounts:disable', { id: staff.id }))).toMatchObject({
      disabled: true,
    });
    expect(readKeyring(keyringPath(a.dir)).accounts).toHaveLength(before - 1);
    // Not ACCOUNT_DISABLED: without its wrapped key the password opens nothing, and the
    // answer does not reveal that the account exists.
    expect(await loginAs(STAFF.username, STAFF.password)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
  });

  it('re-enables a disabled account by resetting its password', async () => {
    value(await a.call('accounts:disable', { id: staff.id }));
    const reset = value(
      await a.call<Account>('accounts:reset-password', { id: staff.id, newPassword: 'staff-pass-2' }),
    );
    expect(reset).toMatchObject({ disabled: false });
    expect(await loginAs(STAFF.username, STAFF.password)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(value(await loginAs(STAFF.username, 'staff-pass-2'))).toMatchObject({ state: 'active' });
  });

  it('does not let the director disable the account in use', async () => {
    const result = await a.call('accounts:disable', { id: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(value(await a.call<Account[]>('accounts:list'))[0]).toMatchObject({ id: 1, disabled: false });
  });

  it('keeps at least one active director', async () => {
    // The only director cannot be given another role.
    expect(
      await a.call('accounts:update', { id: 1, displayName: DIRECTOR.displayName, role: 'staff' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { role: expect.any(String) } },
    });
    // With a second director, the first may step down; the second is then the last one.
    const second = value(
      await a.call<Account>('accounts:create', {
        username: 'zhoufzr',
        displayName: '周副主任',
        role: 'director',
        password: 'deputy-pass-1',
      }),
    );
    value(await a.call('accounts:update', { id: 1, displayName: DIRECTOR.displayName, role: 'staff' }));
    // Roles are checked against the account as it is now: the demotion takes effect at once.
    expect(await a.call('accounts:list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The second director is now the last one: they cannot step down.
    await firstLogin(a.call, 'zhoufzr', 'deputy-pass-1', 'deputy-own-1');
    expect(
      await a.call('accounts:update', { id: second.id, displayName: '周副主任', role: 'staff' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await a.call('accounts:disable', { id: second.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // The former director, now staff, can be disabled; their password then opens nothing.
    value(await a.call('accounts:disable', { id: 1 }));
    expect(await a.call('session:login', directorLogin)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
  });

  it('changes the own password by re-wrapping: old fails, new works, the database is not re-encrypted', async () => {
    const keyringBefore = readKeyring(keyringPath(a.dir));
    const headerBefore = readFileSync(dbPath(a.dir)).subarray(0, 16);
    expect(
      await a.call('session:change-password', {
        currentPassword: 'wrong-pass',
        newPassword: 'director-pass-2',
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    value(
      await a.call('session:change-password', {
        currentPassword: DIRECTOR.password,
        newPassword: 'director-pass-2',
      }),
    );
    const keyringAfter = readKeyring(keyringPath(a.dir));
    expect(keyringAfter.dbSalt).toBe(keyringBefore.dbSalt);
    expect(keyringAfter.recovery).toEqual(keyringBefore.recovery);
    expect(readFileSync(dbPath(a.dir)).subarray(0, 16).equals(headerBefore)).toBe(true);
    value(await a.call('session:logout'));
    expect(await a.call('session:login', directorLogin)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(
      value(await a.call('session:login', { ...directorLogin, password: 'director-pass-2' })),
    ).toMatchObject({
      state: 'active',
    });
  });

  it('resets another account’s password by re-wrapping only its entry', async () => {
    const keyringBefore = readKeyring(keyringPath(a.dir));
    const headerBefore = readFileSync(dbPath(a.dir)).subarray(0, 16);
    value(await a.call('accounts:reset-password', { id: staff.id, newPassword: 'staff-pass-2' }));
    const keyringAfter = readKeyring(keyringPath(a.dir));
    expect(keyringAfter.dbSalt).toBe(keyringBefore.dbSalt);
    expect(readFileSync(dbPath(a.dir)).subarray(0, 16).equals(headerBefore)).toBe(true);
    const entry = (k: typeof keyringBefore, id: number) => k.accounts.find((x) => x.accountId === id);
    expect(entry(keyringAfter, 1)).toEqual(entry(keyringBefore, 1));
    expect(entry(keyringAfter, staff.id)).not.toEqual(entry(keyringBefore, staff.id));
    expect(await loginAs(STAFF.username, STAFF.password)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(value(await loginAs(STAFF.username, 'staff-pass-2'))).toMatchObject({ state: 'active' });
    // The staff member changes it again, as they should after a reset.
    value(
      await a.call('session:change-password', {
        currentPassword: 'staff-pass-2',
        newPassword: 'staff-pass-3',
      }),
    );
    expect(value(await loginAs(STAFF.username, 'staff-pass-3'))).toMatchObject({ state: 'active' });
  });

  it('records the last login time from the injected clock', async () => {
    value(await loginAs(STAFF.username, STAFF.password));
    value(await a.call('session:login', directorLogin));
    const accounts = value(await a.call<Account[]>('accounts:list'));
    expect(accounts.find((x) => x.id === staff.id)?.lastLoginAt).toBe('2026-11-24T09:00:00');
  });
});
