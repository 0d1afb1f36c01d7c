import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir, createBackup, listBackups, tableCounts } from '../../electron/core/db/backup';
import { keyringPath, readKeyring } from '../../electron/core/db/keyring';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openEncrypted } from '../../electron/core/db/open';
import type { Account } from '../../shared/accounts/schemas';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import type { JobStatus } from '../../shared/jobs/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { countRows, masterKeyOf, openDirect } from '../support/directDb';
import { changedFiles, flipByte, isChinese, restingFiles } from '../support/files';

const directorLogin = { username: DIRECTOR.username, password: DIRECTOR.password };
const STAFF = {
  username: 'litingshu',
  displayName: '李婷姝',
  role: 'staff',
  password: 'staff-pass-1',
} as const;
const LATE = {
  username: 'houlai01',
  displayName: '后来者',
  role: 'operator',
  password: 'operator-pass-1',
} as const;

/** What the archive folder holds besides the archive itself: no staging or half-made folder may stay. */
const leftovers = (dir: string) =>
  [...readdirSync(dir), ...(existsSync(backupsDir(dir)) ? readdirSync(backupsDir(dir)) : [])].filter(
    (n) => n.includes('.partial') || n.startsWith('.aside-') || n.startsWith('.restore-'),
  );

describe('备份与恢复', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let clock: ReturnType<typeof testClock>;
  /** Acts on a job's progress as it is heard (before the job's next message). */
  let listener: ((s: JobStatus) => void) | null = null;

  beforeEach(async () => {
    clock = testClock('2026-11-24T09:00:00');
    listener = null;
    a = await initialisedCore({ kdf: FAST_KDF, clock, onJobProgress: (s) => listener?.(s) });
    value(await a.call('accounts:create', STAFF));
    value(await a.call('settings:update', { ...CENTRE, idleLockMinutes: 15, backupKeep: 3 }));
  });

  afterEach(() => a.cleanup());

  /** A backup a second later than the previous one, so names follow the clock. */
  async function backupNow(): Promise<BackupInfo> {
    clock.advance(1000);
    return value(await a.call<BackupInfo>('maintenance:create-backup'));
  }

  it('writes a verified backup that lists with its counts and opens with the same key', async () => {
    const info = await backupNow();
    expect(info).toMatchObject({
      name: 'backup-20261124-090001',
      reason: 'manual',
      schemaVersion: SCHEMA_VERSION,
    });
    // settings: the five written above and the login guard's key pair (two flags, session.failures.ts).
    expect(info.counts).toMatchObject({ accounts: 2, settings: 7 });
    expect(value(await a.call<BackupInfo[]>('maintenance:list-backups'))).toEqual([info]);
    const folder = join(backupsDir(a.dir), info.name);
    expect(readdirSync(folder).sort()).toEqual(['archive.db', 'keyring.json', 'manifest.json']);
    const copy = openEncrypted(join(folder, 'archive.db'), await masterKeyOf(a.dir), { readonly: true });
    try {
      expect(tableCounts(copy)).toEqual(info.counts);
    } finally {
      copy.close();
    }
  });

  it('restores the data as it was at the backup, with identical row counts', async () => {
    const info = await backupNow();
    value(await a.call('accounts:create', LATE));
    value(
      await a.call('settings:update', {
        ...CENTRE,
        centreName: '改名后的中心',
        idleLockMinutes: 30,
        backupKeep: 3,
      }),
    );

    clock.advance(1000);
    const ticket = value(await a.core.api.maintenance.restoreBackup({ name: info.name }));
    // Six steps: the chosen backup copied and checked, then the four of the before-restore backup.
    expect(await a.core.settled(ticket.jobId)).toMatchObject({
      state: 'done',
      label: '从备份恢复档案库',
      done: 6,
      total: 6,
    });
    const running = a.core.history(ticket.jobId).filter((s) => s.state === 'running');
    expect(running.map((s) => s.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(running.map((s) => s.phase)).toEqual([
      '正在复制所选备份…',
      '正在校验所选备份（完整性检查）…',
      '恢复前备份当前档案库：正在复制档案库…',
      '恢复前备份当前档案库：正在校验备份（完整性检查）…',
      '恢复前备份当前档案库：正在核对备份中的记录条数…',
      '恢复前备份当前档案库：正在计算备份校验值…',
    ]);
    // Restoring ends the session: the restored archive may hold other accounts.
    expect(value(await a.core.api.session.status({}))).toEqual({ state: 'loggedOut' });
    expect(leftovers(a.dir)).toEqual([]);
    const db = await openDirect(a.dir);
    try {
      const counts = tableCounts(db);
      // The same rows as in the copy, plus the one audit record of the restore itself.
      expect({ ...counts, audit_log: counts.audit_log! - 1 }).toEqual(info.counts);
      expect(db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(
        'maintenance.restore',
      );
    } finally {
      db.close();
    }

    value(await a.call('session:login', directorLogin));
    const names = value(await a.call<Account[]>('accounts:list')).map((x) => x.username);
    expect(names).toEqual([DIRECTOR.username, STAFF.username]);
    expect(value(await a.call('settings:get'))).toMatchObject({
      centreName: CENTRE.centreName,
      idleLockMinutes: 15,
    });
    expect(await a.call('session:login', { username: LATE.username, password: LATE.password })).toMatchObject(
      {
        ok: false,
        error: { code: 'WRONG_PASSWORD' },
      },
    );
    value(await a.call('session:login', directorLogin));
    expect(value(await a.call('audit:verify'))).toMatchObject({ ok: true });
    expect(value(await a.call('maintenance:check-integrity'))).toMatchObject({ ok: true });
    // The archive as it was before the restore was backed up first.
    const reasons = value(await a.call<BackupInfo[]>('maintenance:list-backups')).map((b) => b.reason);
    expect(reasons).toContain('before-restore');
  });

  it('holds the archive to itself while restoring: other calls are refused with the work named', async () => {
    const info = await backupNow();
    let during: Promise<unknown[]> | undefined;
    // Asked as the first progress is heard: the calls join the core's queue well before the job's write part.
    listener = (s) => {
      if (s.state === 'running' && !during)
        during = Promise.all([
          a.core.api.accounts.list({}),
          a.core.api.settings.update({ ...CENTRE, idleLockMinutes: 20, backupKeep: 3 }),
          a.core.api.maintenance.createBackup({}),
          a.core.api.jobs.status({ jobId: s.jobId }),
        ]);
    };
    const ticket = value(await a.core.api.maintenance.restoreBackup({ name: info.name }));
    expect((await a.core.settled(ticket.jobId)).state).toBe('done');
    const [list, update, backup, status] = (await during!) as Awaited<
      ReturnType<typeof a.core.api.accounts.list>
    >[];
    const busy = {
      ok: false,
      error: { code: 'ARCHIVE_BUSY', message: '档案库正在从备份恢复，请等它完成后再试。' },
    };
    expect([list, update, backup]).toEqual([busy, busy, busy]);
    expect(status).toMatchObject({ ok: true, value: { state: 'running' } });
    value(await a.call('session:login', directorLogin));
    // The refused settings change is not in the restored archive, nor was it written before.
    expect(value(await a.call('settings:get'))).toMatchObject({ idleLockMinutes: 15 });
  });

  it('does not start a restore while another job runs, naming it', async () => {
    const info = await backupNow();
    let refused: Promise<unknown> | undefined;
    listener = (s) => {
      if (s.state === 'running' && !refused)
        refused = a.core.api.maintenance.restoreBackup({ name: info.name });
    };
    const ticket = value(await a.core.api.maintenance.checkIntegrity({}));
    expect((await a.core.settled(ticket.jobId)).state).toBe('done');
    expect(await refused).toEqual({
      ok: false,
      error: {
        code: 'ARCHIVE_BUSY',
        message: '「完整性检查」正在进行，请等它完成或将其取消后再从备份恢复档案库。',
      },
    });
  });

  it('cancelled before the swap, a restore leaves the archive, its backups and the session untouched', async () => {
    const info = await backupNow();
    value(await a.call('accounts:create', LATE));
    const before = restingFiles(a.dir);
    let cancelled: Promise<unknown> | undefined;
    // Cancelled while the before-restore backup is being verified: the chosen backup is staged by then.
    listener = (s) => {
      if (s.phase.startsWith('恢复前备份当前档案库：正在校验') && !cancelled)
        cancelled = a.core.api.jobs.cancel({ jobId: s.jobId });
    };
    const ticket = value(await a.core.api.maintenance.restoreBackup({ name: info.name }));
    expect((await a.core.settled(ticket.jobId)).state).toBe('cancelled');
    expect(await cancelled).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    expect(leftovers(a.dir)).toEqual([]);
    expect(value(await a.core.api.session.status({}))).toMatchObject({ state: 'active' });
    expect(value(await a.core.api.accounts.list({})).map((x) => x.username)).toContain(LATE.username);
    expect(value(await a.core.api.maintenance.listBackups({})).map((b) => b.name)).toEqual([info.name]);
  });

  it('keeps only the newest backups (backupKeep = 3)', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await backupNow()).name);
    const listed = value(await a.call<BackupInfo[]>('maintenance:list-backups')).map((b) => b.name);
    expect(listed).toEqual(made.slice(2).reverse());
    expect(readdirSync(backupsDir(a.dir)).sort()).toEqual(made.slice(2));
  });

  it('gives distinct names to backups made in the same second', async () => {
    clock.advance(1000);
    const first = value(await a.call<BackupInfo>('maintenance:create-backup'));
    const second = value(await a.call<BackupInfo>('maintenance:create-backup'));
    expect(second.name).toBe(`${first.name}-2`);
  });

  it('refuses a tampered backup with BACKUP_INVALID and leaves the current archive untouched', async () => {
    const info = await backupNow();
    value(await a.call('accounts:create', LATE));
    flipByte(join(backupsDir(a.dir), info.name, 'archive.db'), 3 * 4096 + 123);
    const before = restingFiles(a.dir);
    const result = await a.core.outcome(a.core.api.maintenance.restoreBackup({ name: info.name }));
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    if (!result.ok) expect(isChinese(result.error.message)).toBe(true);
    // No before-restore backup either: the chosen one is checked first.
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    // Still signed in, with the current data.
    expect(value(await a.call<Account[]>('accounts:list')).map((x) => x.username)).toContain(LATE.username);
  });

  it('answers NOT_FOUND for a backup that does not exist, and refuses names that are paths', async () => {
    expect(await a.core.api.maintenance.restoreBackup({ name: 'backup-20200101-000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const name of [
      '../backup-20200101-000000',
      'backup-20200101-000000/../../x',
      '/tmp/backup-20200101-000000',
    ]) {
      expect(await a.core.api.maintenance.restoreBackup({ name })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  it('does not list folders that are not backups', async () => {
    const info = await backupNow();
    flipByte(join(backupsDir(a.dir), info.name, 'manifest.json'), 0);
    expect(listBackups(a.dir)).toEqual([]);
  });
});

describe('迁移前自动备份', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;

  beforeEach(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    a.core.shutdown();
  });

  afterEach(() => a.cleanup());

  const NEXT = [...MIGRATIONS, 'CREATE TABLE t_extra (x TEXT) STRICT;'];

  it('calls the hook with (from, to) before migrating an existing archive, and the hook can back it up', async () => {
    const db = await openDirect(a.dir);
    const keyring = readKeyring(keyringPath(a.dir));
    const archive = { dir: a.dir, db, masterKey: await masterKeyOf(a.dir), keyring, close: () => db.close() };
    const calls: [number, number][] = [];
    let backup: BackupInfo | undefined;
    try {
      const result = migrate(
        db,
        (from, to) => {
          calls.push([from, to]);
          // What the core's unlock does in this hook (session.service unlockOptions).
          backup = createBackup(archive, 'before-migration', new Date(2026, 10, 24, 9, 0, 0), 10);
        },
        NEXT,
      );
      expect(result).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
      expect(calls).toEqual([[SCHEMA_VERSION, SCHEMA_VERSION + 1]]);
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 1);
      expect(countRows(db, 't_extra')).toBe(0);
      // Migrating again is a no-op without the hook.
      expect(migrate(db, () => calls.push([-1, -1]), NEXT)).toEqual({
        from: SCHEMA_VERSION + 1,
        to: SCHEMA_VERSION + 1,
      });
      expect(calls).toHaveLength(1);
    } finally {
      db.close();
    }
    // The backup holds the archive as it was before the migration.
    expect(backup).toMatchObject({ reason: 'before-migration', schemaVersion: SCHEMA_VERSION });
    expect(listBackups(a.dir).map((b) => b.reason)).toEqual(['before-migration']);
    const copy = openEncrypted(join(backupsDir(a.dir), backup!.name, 'archive.db'), archive.masterKey, {
      readonly: true,
    });
    try {
      expect(schemaVersion(copy)).toBe(SCHEMA_VERSION);
      expect(Object.keys(tableCounts(copy))).not.toContain('t_extra');
    } finally {
      copy.close();
    }
  });

  it('does not call the hook when creating a new archive from version 0', async () => {
    const db = openEncrypted(join(a.dir, 'fresh.db'), await masterKeyOf(a.dir), { create: true });
    try {
      const calls: number[] = [];
      expect(migrate(db, (from) => calls.push(from))).toEqual({ from: 0, to: SCHEMA_VERSION });
      expect(calls).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('refuses a newer schema without calling the hook or changing it', async () => {
    const db = await openDirect(a.dir);
    try {
      db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
      const calls: number[] = [];
      expect(() => migrate(db, (from) => calls.push(from))).toThrow(
        expect.objectContaining({ code: 'ARCHIVE_TOO_NEW' }) as Error,
      );
      expect(calls).toEqual([]);
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 5);
    } finally {
      db.close();
    }
  });

  it('rolls back a failing migration as a whole', async () => {
    const db = await openDirect(a.dir);
    try {
      expect(() =>
        migrate(db, undefined, [...MIGRATIONS, 'CREATE TABLE t_half (x) STRICT; SELECT no_such_function();']),
      ).toThrow();
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't_half'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
