import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allChannels, contract, type Access } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/accounts/roles';
import type { Result } from '../../shared/api/result';
import type { AuditPage } from '../../shared/audit/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import type { Settings } from '../../shared/settings/schemas';
import { createAccountInUse } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { isChinese } from '../support/files';
import { validInputOf } from '../support/validInputs';

const accessOf = (channel: string): Access => {
  const route = allChannels().find((c) => c.channel === channel)!;
  return (contract[route.feature] as Record<string, { access: Access }>)[route.action]!.access;
};
const CHANNELS = allChannels().map((c) => c.channel);
const ROLE_LISTED = CHANNELS.filter((c) => Array.isArray(accessOf(c)));
const SIGNED_IN_ONLY = CHANNELS.filter((c) => accessOf(c) !== 'public');

/** One account per role (the director exists already). */
const PEOPLE: Record<Role, { username: string; password: string }> = {
  director: { username: DIRECTOR.username, password: DIRECTOR.password },
  staff: { username: 'staff01', password: 'staff-pass-1' },
  operator: { username: 'operator01', password: 'operator-pass-1' },
  archivist: { username: 'archivist01', password: 'archivist-pass-1' },
};

describe('角色权限矩阵', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  const auditTotal = async () => {
    value(await a.call('session:login', PEOPLE.director));
    return value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1 })).total;
  };

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    for (const role of ROLES.filter((r) => r !== 'director')) {
      await createAccountInUse(
        a.call,
        { ...PEOPLE[role], displayName: `${role}人员`, role },
        PEOPLE.director,
      );
    }
  });

  afterAll(() => a.cleanup());

  it('has role-listed channels to check, and every one allows the director', () => {
    expect(ROLE_LISTED.length).toBeGreaterThan(10);
    for (const channel of ROLE_LISTED) expect(accessOf(channel)).toContain('director');
  });

  it.each(ROLES.filter((r) => r !== 'director'))(
    'refuses %s every channel not listed for its role',
    async (role) => {
      value(await a.call('session:login', PEOPLE[role]));
      const refused: string[] = [];
      for (const channel of ROLE_LISTED) {
        if ((accessOf(channel) as readonly Role[]).includes(role)) continue;
        const result = (await a.call(channel, validInputOf(channel))) as Result<unknown>;
        expect(result, `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        if (!result.ok) expect(isChinese(result.error.message)).toBe(true);
        refused.push(channel);
      }
      expect(refused.length).toBeGreaterThan(0);
      // Still signed in, and the channels open to every user work.
      expect(value(await a.call<SessionStatus>('session:status'))).toMatchObject({
        state: 'active',
        user: { role },
      });
      expect(value(await a.call('settings:get'))).toMatchObject({ idleLockMinutes: 10 });
    },
  );

  it('refuses every channel that needs a session with UNAUTHENTICATED when logged out', async () => {
    const before = await auditTotal();
    value(await a.call('session:logout'));
    for (const channel of SIGNED_IN_ONLY) {
      expect(await a.call(channel, validInputOf(channel)), channel).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    // Access is checked before validation: even a wrong input gets UNAUTHENTICATED.
    expect(await a.call('settings:get', { x: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    // Only the logout and the login of auditTotal() itself were recorded.
    expect(await auditTotal()).toBe(before + 2);
  });
});

describe('空闲自动锁定', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let clock: ReturnType<typeof testClock>;
  const MINUTE = 60_000;

  beforeEach(async () => {
    clock = testClock('2026-11-24T09:00:00');
    a = await initialisedCore({ kdf: FAST_KDF, clock });
    // Default: 10 minutes.
    expect(value(await a.call<SessionStatus>('session:status'))).toMatchObject({
      state: 'active',
      idleLockMinutes: 10,
    });
  });

  afterEach(() => a.cleanup());

  it('stays active up to the limit', async () => {
    clock.advance(10 * MINUTE);
    expect(value(await a.call('settings:get'))).toBeTruthy();
  });

  it('locks after the idle limit: LOCKED, status locked, unlock with the password restores it', async () => {
    clock.advance(10 * MINUTE + 1);
    expect(await a.call('settings:get')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(value(await a.call<SessionStatus>('session:status'))).toEqual({
      state: 'locked',
      user: { id: 1, username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director' },
    });
    // A director-only channel is LOCKED too, not FORBIDDEN or UNAUTHENTICATED.
    expect(await a.call('accounts:list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await a.call('session:unlock', { password: 'wrong-password' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(value(await a.call<SessionStatus>('session:status'))).toMatchObject({ state: 'locked' });
    expect(
      value(await a.call<SessionStatus>('session:unlock', { password: DIRECTOR.password })),
    ).toMatchObject({
      state: 'active',
      user: { username: DIRECTOR.username },
    });
    expect(value(await a.call('settings:get'))).toBeTruthy();
  });

  it('locks when asked (session:lock), and only the same user can unlock', async () => {
    value(
      await a.call('accounts:create', {
        username: 'staff01',
        displayName: '李婷姝',
        role: 'staff',
        password: 'staff-pass-1',
      }),
    );
    expect(value(await a.call<SessionStatus>('session:lock'))).toMatchObject({ state: 'locked' });
    expect(await a.call('session:unlock', { password: 'staff-pass-1' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    value(await a.call('session:unlock', { password: DIRECTOR.password }));
    expect(await a.call('session:unlock', { password: DIRECTOR.password })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('keeps the session alive with heartbeats', async () => {
    for (let i = 0; i < 5; i++) {
      clock.advance(9 * MINUTE);
      expect(value(await a.call<SessionStatus>('session:heartbeat'))).toMatchObject({ state: 'active' });
    }
    clock.advance(9 * MINUTE);
    expect(value(await a.call('settings:get'))).toBeTruthy();
  });

  it('follows a changed idle limit', async () => {
    const settings = value(await a.call<Settings>('settings:get'));
    value(await a.call('settings:update', { ...settings, idleLockMinutes: 2 }));
    clock.advance(2 * MINUTE + 1);
    expect(await a.call('settings:get')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
