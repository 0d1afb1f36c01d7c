import {
  unlockWithAnyPassword,
  unlockWithPassword,
  unlockWithRecovery,
  type OpenArchive,
  type OpenArchiveOptions,
} from '../core/db/archive';
import { createBackup } from '../core/db/backup';
import { getAccount } from '../core/features/accounts/accounts.queries';
import { getSettings } from '../core/features/settings/settings.queries';
import type { Actor } from '../core/features/audit/audit.queries';
import { AppError } from '../core/errors';
import { secretFromStdin, stringFlag, type Flags } from './io';

const CLI_PASSWORD_CHANGE_REQUIRED =
  '该账户的密码仍是主任设置的初始密码：请先在程序中登录并设置新密码，再使用命令行。';

/**
 * Opens the archive for a CLI verb with `--password-stdin` (optionally
 * `--user NAME`; otherwise any account's password) or `--recovery-key-stdin`.
 * Nothing on disk changes unless the archive fully opened.
 */
export async function unlockFromFlags(
  flags: Flags,
  dir: string,
  options: Pick<OpenArchiveOptions, 'lock'> = {},
): Promise<{ archive: OpenArchive; actor: Actor }> {
  const opts: OpenArchiveOptions = {
    ...options,
    beforeUpgrade: (a) => createBackup(a, 'before-migration', new Date(), getSettings(a.db).backupKeep),
  };
  if (flags.has('recovery-key-stdin')) {
    const key = await secretFromStdin(flags, 'recovery-key-stdin', '恢复密钥');
    return {
      archive: await unlockWithRecovery(dir, key, opts),
      actor: { id: null, name: '命令行（恢复密钥）' },
    };
  }
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const user = stringFlag(flags, 'user');
  const { archive, accountId } = user
    ? await unlockWithPassword(dir, user, password, opts)
    : await unlockWithAnyPassword(dir, password, opts);
  const account = getAccount(archive.db, accountId);
  if (account?.mustChangePassword) {
    // The password is still the one the director chose: the command line may not act
    // under it any more than the app may (issue 9; electron/core/features/session/session.gate.ts).
    archive.close();
    throw new AppError('PASSWORD_CHANGE_REQUIRED', CLI_PASSWORD_CHANGE_REQUIRED);
  }
  return { archive, actor: { id: accountId, name: account ? `${account.displayName}（命令行）` : '命令行' } };
}
