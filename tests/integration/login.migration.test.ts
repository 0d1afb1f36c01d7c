import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { createTestCore } from '../support/jobs';
import { schemaVersion, SCHEMA_VERSION } from '../../electron/core/db/migrate';
import type { Result } from '../../shared/api/result';
import type { Account } from '../../shared/accounts/schemas';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import type { SessionStatus } from '../../shared/session/schemas';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { countRows, openDirect } from '../support/directDb';
import { revertLoginSafety } from '../support/schema';

const director = { username: DIRECTOR.username, password: DIRECTOR.password };

/**
 * Migration 006 (login safety) on an archive of schema 5 with accounts in use:
 * the accounts still on a password the director chose must change it, those
 * whose owners changed it keep working, and the director is never asked.
 */
describe('迁移 006：登录安全（在已有账户的第 5 版档案库上）', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: Core;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core.call(channel, input) as Promise<Result<T>>;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock() });
    const create = (username: string, password: string) =>
      a.call('accounts:create', { username, displayName: username, role: 'staff', password });
    value(await create('untouched', 'given-pass-1'));
    value(await create('changedit', 'given-pass-2'));
    value(await create('resetlater', 'given-pass-3'));
    // On the old program none of these was forced; this one changed its password anyway…
    a.core.shutdown();
    let db = await openDirect(a.dir);
    db.exec('UPDATE accounts SET must_change_password = 0');
    db.close();
    const again = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock: testClock() });
    value(await again.call('session:login', { username: 'changedit', password: 'given-pass-2' }));
    value(
      await again.call('session:change-password', {
        currentPassword: 'given-pass-2',
        newPassword: 'own-pass-2',
      }),
    );
    value(await again.call('session:login', { username: 'resetlater', password: 'given-pass-3' }));
    value(
      await again.call('session:change-password', {
        currentPassword: 'given-pass-3',
        newPassword: 'own-pass-3',
      }),
    );
    // …and this one's was reset by the director afterwards.
    value(await again.call('session:login', director));
    value(await again.call('accounts:reset-password', { id: 4, newPassword: 'reset-pass-3' }));
    value(await again.call('accounts:reset-password', { id: 1, newPassword: 'director-own-2' }));
    again.shutdown();
    db = await openDirect(a.dir, DIRECTOR.username, 'director-own-2');
    revertLoginSafety(db);
    expect(schemaVersion(db)).toBe(5);
    db.close();
    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock: testClock('2026-11-25T08:30:00') });
  });

  afterAll(() => {
    core.shutdown();
    a.cleanup();
  });

  it('backs up, migrates, and asks only the accounts still on a password someone else chose', async () => {
    expect(
      value(await call<SessionStatus>('session:login', { ...director, password: 'director-own-2' })),
    ).toMatchObject({ mustChangePassword: false });
    const backups = value(await call<BackupInfo[]>('maintenance:list-backups'));
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['before-migration', 5]]);
    const accounts = value(await call<Account[]>('accounts:list'));
    expect(accounts.map((x) => [x.username, x.mustChangePassword])).toEqual([
      [DIRECTOR.username, false],
      ['untouched', true],
      ['changedit', false],
      ['resetlater', true],
    ]);
    value(await call('session:login', { username: 'changedit', password: 'own-pass-2' }));
    expect((await call('settings:get')).ok).toBe(true);
    value(await call('session:login', { username: 'untouched', password: 'given-pass-1' }));
    expect(await call('settings:get')).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    core.shutdown();
    const db = await openDirect(a.dir, DIRECTOR.username, 'director-own-2');
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(countRows(db, 'login_failures')).toBe(0);
    } finally {
      db.close();
    }
  });
});
