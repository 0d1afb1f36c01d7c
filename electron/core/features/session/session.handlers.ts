import { AppError, archiveErrors } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { unlockWithPassword, unlockWithRecovery } from '../../db/archive';
import { keyringPath, sealForAccount, putAccount, unwrapWithPassword, writeKeyring } from '../../db/keyring';
import { findAccountByUsername, setDisabled, setMustChangePassword } from '../accounts/accounts.queries';
import type { LoginFailureKind } from '../../../../shared/accounts/schemas';
import {
  assertMayTry,
  clearFailures,
  isWrongSecret,
  nameKey,
  recordFailure,
  recoveryKeyCounter,
  type GuardKey,
} from './session.guard';
import { loginFailuresSince } from './session.failures';
import { appendAudit } from '../audit/audit.queries';
import { toLocalIso } from '../../../../shared/dates';
import {
  assertFree,
  beginSession,
  closeSession,
  notLocked,
  requireArchiveExists,
  sessionStatus,
  unlockOptions,
} from './session.service';
import { writeTransaction } from '../../db/tx';

export const sessionHandlers: FeatureHandlers<'session'> = {
  status: (ctx) => sessionStatus(ctx),

  heartbeat: (ctx) => sessionStatus(ctx),

  async login(ctx, { username, password }) {
    requireArchiveExists(ctx);
    assertFree(ctx);
    const dir = ctx.options.archiveDir;
    const key = nameKey(dir, username);
    assertMayTry(dir, key, ctx.now());
    if (ctx.state.archive) logoutNow(ctx);
    const { archive, accountId } = await counted(ctx, key, 'login', username, () =>
      unlockWithPassword(dir, username, password, unlockOptions(ctx)),
    );
    beginSession(ctx, archive, accountId, 'login');
    clearFailures(dir, key);
    return sessionStatus(ctx);
  },

  logout(ctx) {
    logoutNow(ctx);
    return sessionStatus(ctx);
  },

  async lock(ctx) {
    closeSession(ctx, true);
    await ctx.jobs.settled();
    return sessionStatus(ctx);
  },

  async unlock(ctx, { password }) {
    const user = ctx.state.user;
    if (!user || !ctx.state.locked) throw notLocked();
    const dir = ctx.options.archiveDir;
    const key = nameKey(dir, user.username);
    assertMayTry(dir, key, ctx.now());
    const { archive, accountId } = await counted(ctx, key, 'unlock', user.username, async () => {
      const opened = await unlockWithPassword(dir, user.username, password, unlockOptions(ctx));
      if (opened.accountId !== user.id) {
        opened.archive.close();
        throw archiveErrors.wrongPassword();
      }
      return opened;
    });
    beginSession(ctx, archive, accountId, 'unlock');
    clearFailures(dir, key);
    return sessionStatus(ctx);
  },

  async changePassword(ctx, { currentPassword, newPassword }) {
    const archive = ctx.archive();
    const user = ctx.user();
    // The current password must unwrap this user's own entry: proof it is them at the keyboard.
    const { accountId } = await unwrapWithPassword(archive.keyring, user.username, currentPassword);
    if (accountId !== user.id) throw archiveErrors.wrongPassword();
    const sealed = await sealForAccount(archive.keyring, archive.masterKey, newPassword);
    ctx.write((db, audit) => {
      setMustChangePassword(db, user.id, false);
      const next = putAccount(archive.keyring, user.id, user.username, sealed);
      audit({
        action: 'account.change-password',
        entity: 'account',
        entityId: user.id,
        summary: `${user.displayName} 修改了自己的密码`,
      });
      writeKeyring(keyringPath(archive.dir), next);
      archive.keyring = next;
    });
    return null;
  },

  loginFailures: (ctx) => ctx.read((db) => loginFailuresSince(db, ctx.user().id)),

  async recover(ctx, { recoveryKey, username, newPassword }) {
    requireArchiveExists(ctx);
    assertFree(ctx);
    const dir = ctx.options.archiveDir;
    assertMayTry(dir, recoveryKeyCounter, ctx.now());
    if (ctx.state.archive) logoutNow(ctx);
    const archive = await counted(ctx, recoveryKeyCounter, 'recover', username, () =>
      unlockWithRecovery(dir, recoveryKey, unlockOptions(ctx)),
    );
    try {
      const account = findAccountByUsername(archive.db, username);
      if (!account || account.role !== 'director') {
        throw new AppError('VALIDATION', '恢复密钥只能为主任账户重设密码，请输入主任的用户名。', {
          username: '不是主任账户的用户名',
        });
      }
      const sealed = await sealForAccount(archive.keyring, archive.masterKey, newPassword);
      writeTransaction(archive.db, () => {
        setDisabled(archive.db, account.id, false);
        // The director chose this password themselves: nothing to change at the next login.
        setMustChangePassword(archive.db, account.id, false);
        appendAudit(
          archive.db,
          toLocalIso(ctx.now()),
          { id: account.id, name: account.displayName },
          {
            action: 'account.recover-password',
            entity: 'account',
            entityId: account.id,
            summary: `使用恢复密钥为主任 ${account.displayName} 重设密码`,
          },
        );
        const next = putAccount(archive.keyring, account.id, account.username, sealed);
        writeKeyring(keyringPath(archive.dir), next);
        archive.keyring = next;
      });
      beginSession(ctx, archive, account.id, 'recover');
      clearFailures(dir, recoveryKeyCounter, nameKey(dir, username));
      return sessionStatus(ctx);
    } catch (err) {
      if (ctx.state.archive !== archive) archive.close();
      throw err;
    }
  },
};

/** Runs one try of a secret; a wrong one is counted and kept for the audit trail (session.guard.ts). */
async function counted<T>(
  ctx: Parameters<FeatureHandlers<'session'>['login']>[0],
  key: GuardKey,
  kind: LoginFailureKind,
  typedName: string,
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (isWrongSecret(err)) recordFailure(ctx.options.archiveDir, key, ctx.now(), kind, typedName);
    throw err;
  }
}

function logoutNow(ctx: Parameters<FeatureHandlers<'session'>['logout']>[0]): void {
  const { archive, user } = ctx.state;
  if (archive && user && !ctx.state.locked) {
    ctx.write((_db, audit) =>
      audit({
        action: 'session.logout',
        entity: 'account',
        entityId: user.id,
        summary: `${user.displayName} 退出登录`,
      }),
    );
  }
  ctx.state.pendingRecoveryKey = null;
  closeSession(ctx, false);
}
