import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/core/db/backup';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, tempDir, testClock, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { changedFiles, flipByte, isChinese, restingFiles } from '../support/files';

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

/**
 * 备份到… and 从…恢复 (issue 13, item 10): a backup written to a folder outside
 * the archive (a USB stick), verified there, listed from there, restored from
 * there with the same checks as the archive's own backups.
 */
describe('备份到所选文件夹（U盘）并从中恢复', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let stick: ReturnType<typeof tempDir>;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock('2026-11-24T09:00:00');
    a = await initialisedCore({ kdf: FAST_KDF, clock });
    stick = tempDir('archive-usb-');
    value(await a.api.accounts.create(STAFF));
  });

  afterEach(() => {
    a.cleanup();
    stick.cleanup();
  });

  /** The newest audit record of one of `actions` (a login since is recorded too). */
  const lastAudit = async (actions = ['maintenance.backup', 'maintenance.restore']) => {
    const db = await openDirect(a.dir);
    try {
      return db
        .prepare(
          `SELECT action, summary FROM audit_log WHERE action IN (${actions.map(() => '?').join(',')}) ORDER BY id DESC LIMIT 1`,
        )
        .get(...actions) as {
        action: string;
        summary: string;
      };
    } finally {
      db.close();
    }
  };

  it('backs up to the chosen folder, verified, lists it there and restores from it', async () => {
    clock.advance(1000);
    const info = value(await a.api.maintenance.backupTo({ folder: stick.dir }));
    expect(info).toMatchObject({ name: 'backup-20261124-090001', reason: 'manual' });
    expect(info.path).toBe(join(stick.dir, info.name));
    expect(readdirSync(info.path).sort()).toEqual(['archive.db', 'keyring.json', 'manifest.json']);
    // Only the backup is left in the chosen folder (no probe, no .partial), and none in the archive's own list.
    expect(readdirSync(stick.dir)).toEqual([info.name]);
    expect(value(await a.api.maintenance.listBackups({}))).toEqual([]);
    expect(await lastAudit()).toEqual({
      action: 'maintenance.backup',
      summary: `备份到 ${stick.dir}：${info.name}（已校验）`,
    });

    const { path: _path, ...listed } = info;
    expect(value(await a.api.maintenance.listBackupsIn({ folder: stick.dir }))).toEqual({
      folder: stick.dir,
      backups: [listed],
    });
    // Choosing the backup's own folder finds it too (read in its parent).
    expect(value(await a.api.maintenance.listBackupsIn({ folder: info.path })).folder).toBe(stick.dir);

    value(await a.api.accounts.create(LATE));
    clock.advance(1000);
    const ticket = value(await a.core.api.maintenance.restoreFrom({ folder: stick.dir, name: info.name }));
    expect(await a.core.settled(ticket.jobId)).toMatchObject({
      state: 'done',
      label: '从所选备份恢复档案库',
    });
    // Restoring ends the session (the restored archive may hold other accounts), as from the archive's own list.
    expect(value(await a.api.session.status({}))).toEqual({ state: 'loggedOut' });
    value(await a.api.session.login({ username: DIRECTOR.username, password: DIRECTOR.password }));
    const names = value(await a.api.accounts.list({})).map((x) => x.username);
    expect(names).toEqual([DIRECTOR.username, STAFF.username]);
    expect(await lastAudit()).toEqual({
      action: 'maintenance.restore',
      summary: `从 ${info.path} 恢复档案库（恢复前的档案已另行备份）`,
    });
    // The archive as it was before the restore went to the archive's own list first, as for any restore.
    expect(value(await a.api.maintenance.listBackups({})).map((b) => b.reason)).toEqual(['before-restore']);
    expect(value(await a.api.audit.verify({}))).toMatchObject({ ok: true });
  });

  it('refuses a tampered backup and changes nothing', async () => {
    const info = value(await a.api.maintenance.backupTo({ folder: stick.dir }));
    value(await a.api.accounts.create(LATE));
    flipByte(join(info.path, 'archive.db'), 3 * 4096 + 123);
    const before = restingFiles(a.dir);
    const result = await a.api.maintenance.restoreFrom({ folder: stick.dir, name: info.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    if (!result.ok) expect(isChinese(result.error.message)).toBe(true);
    expect(changedFiles(before, restingFiles(a.dir))).toEqual([]);
    // Still signed in, with the current data.
    expect(value(await a.api.accounts.list({})).map((x) => x.username)).toContain(LATE.username);
  });

  it('refuses a folder that is missing, relative, a file or inside the archive folder, in Chinese, writing nothing', async () => {
    const file = join(stick.dir, 'note.txt');
    writeFileSync(file, 'x');
    const inside = join(a.dir, 'usb');
    mkdirSync(inside);
    const cases: [string, RegExp][] = [
      [join(stick.dir, '没有这个文件夹'), /找不到文件夹/],
      ['档案备份', /完整的文件夹路径/],
      [file, /不是文件夹/],
      [a.dir, /档案库文件夹以外/],
      [inside, /档案库文件夹以外/],
      [backupsDir(a.dir), /档案库文件夹以外/],
    ];
    for (const [folder, message] of cases) {
      const result = await a.api.maintenance.backupTo({ folder });
      expect(result, folder).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
    }
    expect(readdirSync(stick.dir)).toEqual(['note.txt']);
    expect(readdirSync(inside)).toEqual([]);
    expect(
      await a.api.maintenance.restoreFrom({ folder: stick.dir, name: 'backup-20200101-000000' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await a.api.maintenance.listBackupsIn({ folder: 'relative' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses staff: only the director backs up and restores', async () => {
    const info = value(await a.api.maintenance.backupTo({ folder: stick.dir }));
    value(await a.api.session.logout({}));
    value(await a.api.session.login({ username: STAFF.username, password: STAFF.password }));
    value(
      await a.api.session.changePassword({
        currentPassword: STAFF.password,
        newPassword: 'staff-own-pass-2',
      }),
    );
    for (const result of [
      await a.api.maintenance.backupTo({ folder: stick.dir }),
      await a.api.maintenance.listBackupsIn({ folder: stick.dir }),
      await a.api.maintenance.restoreFrom({ folder: stick.dir, name: info.name }),
    ])
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(readdirSync(stick.dir)).toEqual([info.name]);
  });

  it('keeps every backup already in the chosen folder (no rotation there)', async () => {
    value(await a.api.settings.update({ ...CENTRE, idleLockMinutes: 15, backupKeep: 1 }));
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      value(await a.api.maintenance.backupTo({ folder: stick.dir }));
    }
    expect(readdirSync(stick.dir)).toHaveLength(3);
  });
});
