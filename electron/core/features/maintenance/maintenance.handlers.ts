import type { FeatureHandlers } from '../../api/types';
import { listBackups } from '../../db/backup';
import { keyringPath, newRecoveryKey, withRecovery, writeKeyring } from '../../db/keyring';
import {
  checkIntegrityJob,
  confirmPassword,
  createBackupJob,
  rekeyJob,
  restoreBackupJob,
} from './maintenance.jobs';
import { backupToJob, listBackupsIn, restoreFromJob } from './maintenance.external';

export const maintenanceHandlers: FeatureHandlers<'maintenance'> = {
  listBackups: (ctx) => listBackups(ctx.options.archiveDir),

  createBackup: createBackupJob,

  restoreBackup: restoreBackupJob,

  backupTo: backupToJob,

  listBackupsIn,

  restoreFrom: restoreFromJob,

  checkIntegrity: checkIntegrityJob,

  async regenerateRecoveryKey(ctx, { currentPassword }) {
    await confirmPassword(ctx, currentPassword);
    const archive = ctx.archive();
    const recoveryKey = newRecoveryKey();
    const next = await withRecovery(archive.keyring, archive.masterKey, recoveryKey);
    ctx.write((_db, audit) => {
      audit({
        action: 'maintenance.new-recovery-key',
        entity: 'archive',
        summary: '重新生成恢复密钥，旧密钥作废',
      });
      writeKeyring(keyringPath(archive.dir), next);
      archive.keyring = next;
    });
    ctx.state.pendingRecoveryKey = recoveryKey;
    return { recoveryKey };
  },

  rekey: rekeyJob,
};
