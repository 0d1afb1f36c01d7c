import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { restoreBackupFolder } from '../../core/db/backup';
import { assertNotInUse } from '../../core/db/lock';
import { readKeyring, unwrapWithAnyPassword, unwrapWithRecovery } from '../../core/db/keyring';
import { appendAudit } from '../../core/features/audit/audit.queries';
import { toCompactStamp, toLocalIso } from '../../../shared/dates';
import { archiveDirOf, out, requiredFlag, secretFromStdin, type Flags } from '../io';
import { writeTransaction } from '../../core/db/tx';

/**
 * `restore --from <backup folder>`: the backup is unlocked with a password
 * valid when it was made (or the recovery key of that time), verified, and
 * only then put in place; the current archive is set aside until it opens.
 */
export async function restoreVerb(flags: Flags): Promise<void> {
  const dir = archiveDirOf(flags);
  const folder = resolve(requiredFlag(flags, 'from'));
  if (!existsSync(join(folder, 'manifest.json')))
    throw new AppError('BACKUP_INVALID', `备份无法使用：${folder} 不是备份文件夹。`);
  assertNotInUse(dir);
  const keyring = readKeyring(join(folder, 'keyring.json'));
  const masterKey = flags.has('recovery-key-stdin')
    ? await unwrapWithRecovery(keyring, await secretFromStdin(flags, 'recovery-key-stdin', '恢复密钥'))
    : (await unwrapWithAnyPassword(keyring, await secretFromStdin(flags, 'password-stdin', '密码')))
        .masterKey;
  const replaced = join(dir, `replaced-${toCompactStamp(new Date())}`);
  const archive = restoreBackupFolder(dir, folder, masterKey, new Date(), replaced);
  try {
    writeTransaction(archive.db, () =>
      appendAudit(
        archive.db,
        toLocalIso(new Date()),
        { id: null, name: '命令行' },
        {
          action: 'maintenance.restore',
          entity: 'archive',
          summary: `从备份 ${folder} 恢复档案库`,
        },
      ),
    );
    out(`已从备份恢复并通过完整性检查：${dir}`);
    if (existsSync(replaced)) out(`被替换的原档案文件保留在：${replaced}（确认无误后可删除）`);
  } finally {
    archive.close();
  }
}
