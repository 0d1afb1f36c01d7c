import { resolve } from 'node:path';
import { backupsDir, createBackup } from '../../core/db/backup';
import { appendAudit } from '../../core/features/audit/audit.queries';
import { getSettings } from '../../core/features/settings/settings.queries';
import { toLocalIso } from '../../../shared/dates';
import { writeTransaction } from '../../core/db/tx';
import { archiveDirOf, out, stringFlag, type Flags } from '../io';
import { unlockFromFlags } from '../unlock';

/**
 * `backup [--to <folder>] [--scheduled]`: a verified backup, e.g. from Windows
 * Task Scheduler. Works while the desktop app is running (WAL allows a reader).
 */
export async function backupVerb(flags: Flags): Promise<void> {
  const dir = archiveDirOf(flags);
  const { archive, actor } = await unlockFromFlags(flags, dir);
  try {
    const reason = flags.has('scheduled') ? 'scheduled' : 'manual';
    const to = stringFlag(flags, 'to');
    const info = createBackup(
      archive,
      reason,
      new Date(),
      getSettings(archive.db).backupKeep,
      to ? resolve(to) : backupsDir(dir),
    );
    // Recorded only once the copy verified; IMMEDIATE, so a running app's write is waited for, not failed.
    writeTransaction(archive.db, () =>
      appendAudit(archive.db, toLocalIso(new Date()), actor, {
        action: 'maintenance.backup',
        entity: 'archive',
        summary: `命令行${reason === 'scheduled' ? '定时' : '手动'}备份 ${info.name}（已校验）`,
      }),
    );
    out(`备份完成并已校验：${resolve(to ?? backupsDir(dir), info.name)}`);
    out(
      `记录条数：${Object.entries(info.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join('，')}`,
    );
  } finally {
    archive.close();
  }
}
