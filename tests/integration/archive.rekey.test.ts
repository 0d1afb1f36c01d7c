import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../electron/core/db/archive';
import { keyringPath, readKeyring } from '../../electron/core/db/keyring';
import { openEncrypted } from '../../electron/core/db/open';
import type { Account } from '../../shared/accounts/schemas';
import type { BackupInfo, RekeyOutput } from '../../shared/maintenance/schemas';
import { isWellFormedRecoveryKey } from '../../shared/recoveryKey';
import { DIRECTOR, FAST_KDF, initialisedCore, value } from '../support/archive';
import { countRows, masterKeyOf, openDirect } from '../support/directDb';
import { changedFiles, restingFiles } from '../support/files';

const STAFF = {
  username: 'litingshu',
  displayName: '李婷姝',
  role: 'staff',
  password: 'staff-pass-1',
} as const;
const OPERATOR = {
  username: 'zhangzb01',
  displayName: '张志斌',
  role: 'operator',
  password: 'operator-pass-1',
} as const;
const directorLogin = { username: DIRECTOR.username, password: DIRECTOR.password };

describe('更换主密钥 (maintenance:rekey)', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let staff: Account;
  let operator: Account;
  let oldKeyring: ReturnType<typeof readKeyring>;
  let oldMasterKey: Buffer;
  let rekeyed: RekeyOutput;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    staff = value(await a.call<Account>('accounts:create', STAFF));
    operator = value(await a.call<Account>('accounts:create', OPERATOR));
    value(await a.call('accounts:disable', { id: operator.id }));
    oldKeyring = readKeyring(keyringPath(a.dir));
    oldMasterKey = await masterKeyOf(a.dir);
  });

  afterAll(() => a.cleanup());

  it('refuses a wrong current password without changing anything', async () => {
    const before = restingFiles(a.dir);
    expect(await a.call('maintenance:rekey', { currentPassword: 'not-my-password' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
  });

  it('re-encrypts under a new key and gives a new recovery key', async () => {
    rekeyed = value(await a.call<RekeyOutput>('maintenance:rekey', { currentPassword: DIRECTOR.password }));
    expect(isWellFormedRecoveryKey(rekeyed.recoveryKey)).toBe(true);
    expect(rekeyed.recoveryKey).not.toBe(a.recoveryKey);
    // Only the staff account was still enabled besides the director.
    expect(rekeyed.accountsToReset).toBe(1);
    const keyring = readKeyring(keyringPath(a.dir));
    expect(keyring.archiveId).toBe(oldKeyring.archiveId);
    expect(keyring.accounts).toHaveLength(1);
    expect(keyring.recovery).not.toEqual(oldKeyring.recovery);
    expect(value(await a.call('maintenance:check-integrity'))).toMatchObject({ ok: true });
    expect(value(await a.call('audit:verify'))).toMatchObject({ ok: true });
    // The file now carries the salt the keyring records.
    expect(readFileSync(dbPath(a.dir)).subarray(0, 16).toString('hex')).toBe(keyring.dbSalt);
    // The old master key no longer opens the database; the new one (under the director's password) does.
    expect(() => openEncrypted(dbPath(a.dir), oldMasterKey).close()).toThrow(/不是本系统的档案库/);
    const db = await openDirect(a.dir);
    expect(countRows(db, 'accounts')).toBe(3);
    db.close();
  });

  it('took a verified before-rekey backup first', async () => {
    const backups = value(await a.call<BackupInfo[]>('maintenance:list-backups'));
    expect(backups.map((b) => b.reason)).toContain('before-rekey');
  });

  it('lets the director in with the same password', async () => {
    value(await a.call('session:logout'));
    expect(value(await a.call('session:login', directorLogin))).toMatchObject({ state: 'active' });
  });

  it('refuses the old recovery key and accepts the new one', async () => {
    value(await a.call('session:logout'));
    const recover = { username: DIRECTOR.username, newPassword: 'recovered-pass-1' };
    expect(await a.call('session:recover', { ...recover, recoveryKey: a.recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_KEY' },
    });
    expect(
      value(await a.call('session:recover', { ...recover, recoveryKey: rekeyed.recoveryKey })),
    ).toMatchObject({
      state: 'active',
    });
    value(
      await a.call('session:change-password', {
        currentPassword: 'recovered-pass-1',
        newPassword: DIRECTOR.password,
      }),
    );
  });

  it('disables the other accounts until the director resets their passwords', async () => {
    const accounts = value(await a.call<Account[]>('accounts:list'));
    expect(accounts.find((x) => x.id === staff.id)).toMatchObject({ disabled: true });
    expect(accounts.find((x) => x.id === operator.id)).toMatchObject({ disabled: true });
    value(await a.call('session:logout'));
    // Their wrapped keys were not carried over: the password itself no longer unwraps anything.
    expect(
      await a.call('session:login', { username: STAFF.username, password: STAFF.password }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    value(await a.call('session:login', directorLogin));
    value(await a.call('accounts:reset-password', { id: staff.id, newPassword: 'staff-pass-2' }));
    value(await a.call('accounts:reset-password', { id: operator.id, newPassword: 'operator-pass-2' }));
    value(await a.call('session:logout'));
    expect(
      value(await a.call('session:login', { username: STAFF.username, password: 'staff-pass-2' })),
    ).toMatchObject({
      state: 'active',
      user: { role: 'staff' },
    });
    expect(
      value(await a.call('session:login', { username: OPERATOR.username, password: 'operator-pass-2' })),
    ).toMatchObject({
      state: 'active',
      user: { role: 'operator' },
    });
  });
});
