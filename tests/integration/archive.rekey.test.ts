import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../electron/core/db/archive';
import { keyringPath, readKeyring } from '../../electron/core/db/keyring';
import { openEncrypted } from '../../electron/core/db/open';
import type { Account } from '../../shared/accounts/schemas';
import type { JobStatus } from '../../shared/jobs/schemas';
import type { RekeyOutput } from '../../shared/maintenance/schemas';
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

describe('更换主密钥 (maintenance.rekey, a job)', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  /** Acts on a job's progress as it is heard (before the job's next message). */
  let listener: ((s: JobStatus) => void) | null = null;
  let staff: Account;
  let operator: Account;
  let oldKeyring: ReturnType<typeof readKeyring>;
  let oldMasterKey: Buffer;
  let rekeyed: RekeyOutput;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, onJobProgress: (s) => listener?.(s) });
    staff = value(await a.call<Account>('accounts:create', STAFF));
    operator = value(await a.call<Account>('accounts:create', OPERATOR));
    value(await a.call('accounts:disable', { id: operator.id }));
    oldKeyring = readKeyring(keyringPath(a.dir));
    oldMasterKey = await masterKeyOf(a.dir);
  });

  afterAll(() => a.cleanup());

  it('refuses a wrong current password before any job starts, without changing anything', async () => {
    const before = restingFiles(a.dir);
    expect(await a.core.api.maintenance.rekey({ currentPassword: 'not-my-password' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD' },
    });
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
  });

  it('cancelled before the swap, leaves the archive, its key and its backups as they were', async () => {
    const before = restingFiles(a.dir);
    let cancelled: Promise<unknown> | undefined;
    let refused: Promise<unknown> | undefined;
    // Cancelled while the copy is re-encrypted; a write asked meanwhile is refused, naming the work.
    listener = (s) => {
      if (s.phase.startsWith('正在用新的主密钥') && !cancelled) {
        refused = a.core.api.accounts.update({ id: staff.id, displayName: '李婷姝二', role: 'staff' });
        cancelled = a.core.api.jobs.cancel({ jobId: s.jobId });
      }
    };
    try {
      const ticket = value(await a.core.api.maintenance.rekey({ currentPassword: DIRECTOR.password }));
      expect((await a.core.settled(ticket.jobId)).state).toBe('cancelled');
      expect(await cancelled).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    } finally {
      listener = null;
    }
    expect(await refused).toEqual({
      ok: false,
      error: { code: 'ARCHIVE_BUSY', message: '档案库正在更换主密钥，请等它完成后再试。' },
    });
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    expect(readdirSync(a.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(value(await a.core.api.maintenance.listBackups({}))).toEqual([]);
    // Still the old key, and the session goes on.
    expect((await masterKeyOf(a.dir)).equals(oldMasterKey)).toBe(true);
    expect(value(await a.core.api.accounts.list({})).find((x) => x.id === staff.id)).toMatchObject({
      displayName: STAFF.displayName,
      disabled: false,
    });
  });

  it('re-encrypts under a new key and gives a new recovery key, reporting its steps in order', async () => {
    const started = a.core.api.maintenance.rekey({ currentPassword: DIRECTOR.password });
    const ticket = value(await started);
    rekeyed = value(await a.core.outcome(started));
    const running = a.core.history(ticket.jobId).filter((s) => s.state === 'running');
    expect(running.map((s) => `${s.done}/${s.total} ${s.phase}`)).toEqual([
      '0/7 更换前备份：正在复制档案库…',
      '1/7 更换前备份：正在校验备份（完整性检查）…',
      '2/7 更换前备份：正在核对备份中的记录条数…',
      '3/7 更换前备份：正在计算备份校验值…',
      '4/7 正在生成新的主密钥与恢复密钥…',
      '5/7 正在用新的主密钥重新加密档案库副本…',
      '6/7 正在校验重新加密的副本…',
    ]);
    expect(value(await a.core.api.session.status({}))).toMatchObject({ state: 'active' });
    expect(isWellFormedRecoveryKey(rekeyed.recoveryKey)).toBe(true);
    expect(rekeyed.recoveryKey).not.toBe(a.recoveryKey);
    // Only the staff account was still enabled besides the director.
    expect(rekeyed.accountsToReset).toBe(1);
    const keyring = readKeyring(keyringPath(a.dir));
    expect(keyring.archiveId).toBe(oldKeyring.archiveId);
    expect(keyring.accounts).toHaveLength(1);
    expect(keyring.recovery).not.toEqual(oldKeyring.recovery);
    expect(value(await a.core.outcome(a.core.api.maintenance.checkIntegrity({})))).toMatchObject({
      ok: true,
    });
    expect(value(await a.core.api.audit.verify({}))).toMatchObject({ ok: true });
    expect(readdirSync(a.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    // The file now carries the salt the keyring records.
    expect(readFileSync(dbPath(a.dir)).subarray(0, 16).toString('hex')).toBe(keyring.dbSalt);
    // The old master key no longer opens the database; the new one (under the director's password) does.
    expect(() => openEncrypted(dbPath(a.dir), oldMasterKey).close()).toThrow(/不是本系统的档案库/);
    const db = await openDirect(a.dir);
    expect(countRows(db, 'accounts')).toBe(3);
    db.close();
  });

  it('took a verified before-rekey backup first, and recorded it and the rekey in the new archive', async () => {
    const backups = value(await a.core.api.maintenance.listBackups({}));
    expect(backups.map((b) => b.reason)).toEqual(['before-rekey']);
    const audit = value(await a.core.api.audit.list({ page: 0, pageSize: 2 }));
    expect(audit.rows.map((r) => r.summary)).toEqual([
      '更换档案库主密钥；1 个账户需由主任重置密码后启用',
      `更换密钥前备份 ${backups[0]!.name}（已校验）`,
    ]);
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
