import { createCore } from '../../core/app';
import { AppError } from '../../core/errors';
import { archiveExists } from '../../core/db/archive';
import { pinnedClock } from '../../core/host/pinnedClock';
import type { Result } from '../../../shared/api/result';
import type { Account } from '../../../shared/accounts/schemas';
import type { Role } from '../../../shared/accounts/roles';
import { archiveDirOf, out, secretFromStdin, stringFlag, type Flags } from '../io';

/** The demo centre: fixed names so every seeded archive looks the same. */
export const DEMO_CENTRE = {
  centreName: '示范社区综治中心',
  committeeName: '示范社区人民调解委员会',
  committeeShortName: '示范',
};
export const DEMO_DIRECTOR = { username: 'wangzr', displayName: '王建国' };
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role }[] = [
  { username: 'lits', displayName: '李婷姝', role: 'staff' },
  { username: 'chenyan', displayName: '陈䶮', role: 'staff' },
  { username: 'zhangzb', displayName: '张志斌', role: 'operator' },
  { username: 'liuk', displayName: '刘堃', role: 'operator' },
  { username: 'zhaoda', displayName: '赵德安', role: 'archivist' },
];

function must<T>(r: Result<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value as T;
}

/**
 * `seed`: a deterministic demo archive (accounts now; each module extends it).
 * Every demo account gets the password read from standard input. Idempotent:
 * an existing archive gains only what it lacks.
 */
export async function seedVerb(flags: Flags): Promise<void> {
  const dir = archiveDirOf(flags);
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const core = createCore({ archiveDir: dir, clock: pinnedClock(stringFlag(flags, 'now')) });
  try {
    if (!archiveExists(dir)) {
      const { recoveryKey } = must<{ recoveryKey: string }>(
        await core.call('setup:initialise', { ...DEMO_CENTRE, director: { ...DEMO_DIRECTOR, password } }),
      );
      must(await core.call('setup:confirm-recovery-kept', {}));
      out(`已建立示范档案库：${dir}`);
      out(`恢复密钥：${recoveryKey}`);
    } else {
      must(await core.call('session:login', { username: DEMO_DIRECTOR.username, password }));
    }
    const existing = new Set(must<Account[]>(await core.call('accounts:list', {})).map((a) => a.username));
    let added = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (existing.has(account.username)) continue;
      must(await core.call('accounts:create', { ...account, password }));
      added++;
    }
    out(`示范账户：新增 ${added} 个，共 ${DEMO_ACCOUNTS.length + 1} 个（主任 ${DEMO_DIRECTOR.username}）`);
    must(await core.call('session:logout', {}));
  } finally {
    core.shutdown();
  }
}
