import { createCore } from '../../core/app';
import { AppError } from '../../core/errors';
import { unfinishedSetup } from '../../core/db/unfinishedSetup';
import type { Result } from '../../../shared/api/result';
import { archiveDirOf, out, requiredFlag, secretFromStdin, stringFlag, type Flags } from '../io';

/** Said when set-up found and cleared what an interrupted one left (db/unfinishedSetup.ts). */
export const CLEARED_UNFINISHED = '已清除上次未完成的初始化（断电或程序被强行关闭所致）留下的文件。';

/** `init`: creates an archive for a centre and its director; prints the recovery key once. */
export async function initVerb(flags: Flags): Promise<void> {
  const dir = archiveDirOf(flags);
  const centreName = requiredFlag(flags, 'centre');
  const director = requiredFlag(flags, 'director');
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const unfinished = unfinishedSetup(dir) !== null;
  const core = createCore({ archiveDir: dir });
  try {
    const result = (await core.call('setup:initialise', {
      centreName,
      committeeName: stringFlag(flags, 'committee') ?? `${centreName}人民调解委员会`,
      committeeShortName: stringFlag(flags, 'committee-short') ?? centreName.slice(0, 2),
      director: { username: stringFlag(flags, 'username') ?? director, displayName: director, password },
    })) as Result<{ recoveryKey: string }>;
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    await core.call('setup:confirm-recovery-kept', {});
    if (unfinished) out(CLEARED_UNFINISHED);
    out(`档案库已建立：${dir}`);
    out(`主任账户：${stringFlag(flags, 'username') ?? director}`);
    out('');
    out(`恢复密钥（只显示这一次，请立即抄写或打印，交主任锁入保险柜）：`);
    out(`  ${result.value.recoveryKey}`);
  } finally {
    core.shutdown();
  }
}
