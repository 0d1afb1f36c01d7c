import { AppError, archiveErrors } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { unlockWithPassword, unlockWithRecovery } from '../../db/archive';
import { keyringPath, sealForAccount, putAccount, unwrapWithPassword, writeKeyring } from '../../db/keyring';
import { findAccountByUsername, setDisabled } from '../accounts/accounts.queries';
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
    if (ctx.state.archive) logoutNow(ctx);
    const { archive, accountId } = await unlockWithPassword(
      ctx.options.archiveDir,
      username,
      password,
      unlockOptions(ctx),
    );
    beginSession(ctx, archive, accountId, 'login');
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
    const { archive, accountId } = await unlockWithPassword(
      ctx.options.archiveDir,
      user.username,
      password,
      unlockOptions(ctx),
    );
    if (accountId !== user.id) {
      archive.close();
      throw archiveErrors.wrongPassword();
    }
    beginSession(ctx, archive, accountId, 'unlock');
    return sessionStatus(ctx);
  },

  async changePassword(ctx, { currentPassword, newPassword }) {
    const archive = ctx.archive();
    const user = ctx.user();
    // The current password must unwrap this user's own entry: proof it is them at the keyboard.
    const { accountId } = await unwrapWithPassword(archive.keyring, user.username, currentPassword);
    if (accountId !== user.id) throw archiveErrors.wrongPassword();
    const sealed = await sealForAccount(archive.keyring, archive.masterKey, newPassword);
    ctx.write((_db, audit) => {
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

  async recover(ctx, { recoveryKey, username, newPassword }) {
    requireArchiveExists(ctx);
    assertFree(ctx);
    if (ctx.state.archive) logoutNow(ctx);
    const archive = await unlockWithRecovery(ctx.options.archiveDir, recoveryKey, unlockOptions(ctx));
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
      return sessionStatus(ctx);
    } catch (err) {
      if (ctx.state.archive !== archive) archive.close();
      throw err;
    }
  },
};

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
