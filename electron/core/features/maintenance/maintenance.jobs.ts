import {
  BACKUP_STEPS,
  backupsDir,
  commitBackup,
  discardBackup,
  writeBackupCopyOverlapped,
} from '../../db/backup';
import { keyringPath, readKeyring } from '../../db/keyring';
import { schemaVersion } from '../../db/migrate';
import { checkIntegrity } from '../../db/open';
import { defineJob } from '../../jobs/types';
import { getSettings } from '../settings/settings.queries';

/**
 * 手动备份 as a job: the copy is written and verified on the job's own read
 * connection; only a copy that verified is named, rotated in and audited.
 */
export const createBackupJob = defineJob<'maintenance', 'createBackup'>()({
  label: () => '备份档案库',
  run(scope) {
    return writeBackupCopyOverlapped(
      {
        db: scope.db,
        dir: scope.dir,
        archiveId: readKeyring(keyringPath(scope.dir)).archiveId,
        masterKey: scope.masterKey,
      },
      'manual',
      scope.now,
      backupsDir(scope.dir),
      { partial: scope.partial, step: (done, phase) => scope.progress(done, BACKUP_STEPS, phase) },
    );
  },
  finish(ctx, _input, copy) {
    try {
      // The record is written only now that the copy verified, with the naming in the same transaction.
      return ctx.write((db, audit) => {
        audit({
          action: 'maintenance.backup',
          entity: 'archive',
          summary: `手动备份 ${copy.name}（已校验）`,
        });
        return commitBackup(copy, getSettings(db).backupKeep);
      });
    } catch (err) {
      discardBackup(copy);
      throw err;
    }
  },
});

/** The full integrity check reads every page: minutes on a large archive, so a job. */
export const checkIntegrityJob = defineJob<'maintenance', 'checkIntegrity'>()({
  label: () => '完整性检查',
  run(scope) {
    scope.progress(0, 1, '正在逐页检查档案库…');
    const messages = checkIntegrity(scope.db, 'full');
    return {
      ok: messages.length === 0,
      mode: 'full' as const,
      messages,
      schemaVersion: schemaVersion(scope.db),
    };
  },
  finish: (_ctx, _input, report) => report,
});
