import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CallContext } from '../../api/context';
import { commitBackup, discardBackup, listBackups, writeBackupCopyOverlapped } from '../../db/backup';
import { AppError } from '../../errors';
import { defineJob } from '../../jobs/types';
import type { ExternalBackups } from '../../../../shared/maintenance/schemas';
import { BACKUP_STEPS } from '../../db/backup';
import { sourceOf, stageWithBackup, swapInRestored } from './maintenance.jobs';

/**
 * 备份到… and 从…恢复: the command line's `backup --to` and `restore --from`
 * from the settings page, for a USB stick or another disk. The backup is the
 * same verified file set as in the archive's own `backups/`; a restore from
 * it is staged and verified exactly as one from that list (stageWithBackup),
 * so a damaged or foreign backup is refused before anything changes.
 */

const invalidFolder = (message: string) => new AppError('VALIDATION', message, { folder: message });

/** The chosen folder as a full path that exists and is a folder; the messages name it as typed. */
function existingFolder(folder: string): string {
  if (!isAbsolute(folder))
    throw invalidFolder('请填写完整的文件夹路径，例如 E:\\档案备份 或 /media/u盘/档案备份。');
  const path = resolve(folder);
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw invalidFolder(`找不到文件夹「${folder}」，请确认U盘已插好、路径无误。`);
  }
  if (!isFolder) throw invalidFolder(`「${folder}」是一个文件，不是文件夹。`);
  return path;
}

/**
 * A folder a backup may be written to: outside the archive folder (a copy
 * beside the archive is lost with its disk — that is what the archive's own
 * list is for) and writable, proven by making and removing a probe folder,
 * since a read-only stick or a share without rights answers "exists" too.
 */
export function writableFolder(folder: string, archiveDir: string): string {
  const path = existingFolder(folder);
  const inside = relative(resolve(archiveDir), path);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside)))
    throw invalidFolder(
      '请选择档案库文件夹以外的位置（如U盘或另一块硬盘）：备份与档案库放在一起，磁盘损坏时会一起丢失。',
    );
  let probe: string;
  try {
    probe = mkdtempSync(join(path, '.archive-write-test-'));
  } catch {
    throw invalidFolder(`无法写入文件夹「${folder}」：它是只读的，或当前账户没有写入权限。`);
  }
  rmSync(probe, { recursive: true, force: true });
  return path;
}

/** A backup folder chosen itself (it holds a manifest) is read in its parent, where its siblings are. */
export function listBackupsIn(_ctx: CallContext, { folder }: { folder: string }): ExternalBackups {
  const path = existingFolder(folder);
  const root = existsSync(join(path, 'manifest.json')) ? dirname(path) : path;
  return { folder: root, backups: listBackups(root, root) };
}

/**
 * 备份到…: written and verified in the job's thread, named and audited only
 * once it verified. Nothing in the chosen folder is rotated away: it is the
 * director's folder (a stick may hold older backups kept on purpose).
 */
export const backupToJob = defineJob<'maintenance', 'backupTo'>()({
  label: () => '备份到所选文件夹',
  prepare(ctx, { folder }) {
    writableFolder(folder, ctx.archive().dir);
  },
  run: (scope, { folder }) =>
    writeBackupCopyOverlapped(sourceOf(scope), 'manual', scope.now, resolve(folder), {
      partial: scope.partial,
      step: (done, phase) => scope.progress(done, BACKUP_STEPS, phase),
    }),
  finish(ctx, { folder }, copy) {
    try {
      return ctx.write((_db, audit) => {
        audit({
          action: 'maintenance.backup',
          entity: 'archive',
          summary: `备份到 ${resolve(folder)}：${copy.name}（已校验）`,
        });
        const info = commitBackup(copy, Number.POSITIVE_INFINITY);
        return { ...info, path: join(resolve(folder), info.name) };
      });
    } catch (err) {
      discardBackup(copy);
      throw err;
    }
  },
});

/** 从…恢复: holds the archive to itself, as 恢复到此备份 does; the session ends once it is in place. */
export const restoreFromJob = defineJob<'maintenance', 'restoreFrom'>()({
  label: () => '从所选备份恢复档案库',
  exclusive: '从备份恢复',
  prepare(_ctx, { folder, name }) {
    const path = join(existingFolder(folder), name);
    if (!existsSync(join(path, 'manifest.json')))
      throw new AppError('NOT_FOUND', `在「${folder}」中找不到备份 ${name}。`);
  },
  run: (scope, { folder, name }) => stageWithBackup(scope, join(resolve(folder), name)),
  finish: (ctx, { folder, name }, staged) =>
    swapInRestored(ctx, staged, `从 ${join(resolve(folder), name)} 恢复档案库（恢复前的档案已另行备份）`),
});
