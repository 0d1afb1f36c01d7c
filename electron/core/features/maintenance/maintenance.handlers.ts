import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, archiveErrors } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import type { CallContext } from '../../api/context';
import {
  backupsDir,
  createBackup,
  listBackups,
  restoreBackupFolder,
  verifyBackupFolder,
} from '../../db/backup';
import {
  keyringPath,
  newRecoveryKey,
  unwrapWithPassword,
  withRecovery,
  writeKeyring,
} from '../../db/keyring';
import { checkIntegrityJob, createBackupJob } from './maintenance.jobs';
import { rekeyArchive } from '../../db/rekey';
import { sealWithSecret } from '../../db/crypto';
import { getSettings } from '../settings/settings.queries';
import { appendAudit } from '../audit/audit.queries';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import { closeSession, sessionStatus } from '../session/session.service';

const REASON_LABELS = {
  manual: '手动',
  scheduled: '定时',
  'before-migration': '升级前',
  'before-restore': '恢复前',
  'before-rekey': '更换密钥前',
};

/** Re-proves the director's password before a far-reaching action. */
async function confirmPassword(ctx: CallContext, password: string): Promise<void> {
  const user = ctx.user();
  const { accountId } = await unwrapWithPassword(ctx.archive().keyring, user.username, password);
  if (accountId !== user.id) throw archiveErrors.wrongPassword();
}

/** The backup taken before a restore or a rekey; audited only once the copy verified. */
function backupNow(ctx: CallContext, reason: 'before-restore' | 'before-rekey') {
  const archive = ctx.archive();
  const info = createBackup(archive, reason, ctx.now(), getSettings(archive.db).backupKeep);
  ctx.write((_db, audit) =>
    audit({
      action: 'maintenance.backup',
      entity: 'archive',
      summary: `${REASON_LABELS[reason]}备份 ${info.name}（已校验）`,
    }),
  );
  return info;
}

export const maintenanceHandlers: FeatureHandlers<'maintenance'> = {
  listBackups: (ctx) => listBackups(ctx.options.archiveDir),

  createBackup: createBackupJob,

  restoreBackup(ctx, { name }) {
    const archive = ctx.archive();
    const folder = join(backupsDir(archive.dir), name);
    if (!existsSync(folder)) throw new AppError('NOT_FOUND', '找不到该备份。');
    // verify the chosen backup before anything
    // changes, so a damaged one is refused without a "before-restore" backup, an audit
    // record or the end of the session (nothing on disk changes on a failed attempt).
    verifyBackupFolder(folder, archive.masterKey);
    const user = ctx.user();
    backupNow(ctx, 'before-restore');
    const masterKey = Buffer.from(archive.masterKey);
    closeSession(ctx, false);
    // The restored archive may hold other accounts: everyone signs in again.
    const restored = restoreBackupFolder(archive.dir, folder, masterKey, ctx.now());
    try {
      writeTransaction(restored.db, () => {
        appendAudit(
          restored.db,
          toLocalIso(ctx.now()),
          { id: user.id, name: user.displayName },
          {
            action: 'maintenance.restore',
            entity: 'archive',
            summary: `从备份 ${name} 恢复档案库（恢复前的档案已另行备份）`,
          },
        );
      });
    } finally {
      restored.close();
    }
    return sessionStatus(ctx);
  },

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

  async rekey(ctx, { currentPassword }) {
    await confirmPassword(ctx, currentPassword);
    backupNow(ctx, 'before-rekey');
    const archive = ctx.archive();
    const user = ctx.user();
    const { recoveryKey } = await rekeyArchive(archive, user, (key, keyring) =>
      sealWithSecret(key, currentPassword, keyring.kdf),
    );
    // Other accounts' passwords wrapped the old key: they stay disabled until the director resets them.
    const accountsToReset = ctx.write((db, audit) => {
      const info = db.prepare('UPDATE accounts SET disabled = 1 WHERE id <> ? AND disabled = 0').run(user.id);
      audit({
        action: 'maintenance.rekey',
        entity: 'archive',
        summary: `更换档案库主密钥；${info.changes} 个账户需由主任重置密码后启用`,
      });
      return info.changes;
    });
    ctx.state.pendingRecoveryKey = recoveryKey;
    return { recoveryKey, accountsToReset };
  },
};
