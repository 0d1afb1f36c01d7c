import { archiveErrors, AppError } from '../../errors';
import { toLocalIso } from '../../../../shared/dates';
import type { SessionStatus, SessionUser } from '../../../../shared/session/schemas';
import { archiveExists, type OpenArchive } from '../../db/archive';
import { createBackup } from '../../db/backup';
import { unfinishedSetup } from '../../db/unfinishedSetup';
import { writeTransaction } from '../../db/tx';
import { acquireLock, assertNotInUse } from '../../db/lock';
import type { CallContext } from '../../api/context';
import { getAccount, touchLogin } from '../accounts/accounts.queries';
import { appendAudit } from '../audit/audit.queries';
import { startArchiveCheck } from '../../jobs/internal';
import { finishFailureFlush, storePendingFailures } from './session.failures';
import { getFlag, getSettings } from '../settings/settings.queries';

/** The status the renderer drives its screens from. */
export function sessionStatus(ctx: CallContext): SessionStatus {
  const { state } = ctx;
  if (state.user && state.locked) return { state: 'locked', user: state.user };
  if (state.user && state.archive) {
    const settings = getSettings(state.archive.db);
    return {
      state: 'active',
      user: state.user,
      centreName: settings.centreName,
      idleLockMinutes: settings.idleLockMinutes,
      recoveryKeyPending:
        state.pendingRecoveryKey !== null || getFlag(state.archive.db, 'recoveryConfirmedAt') === null,
      mustChangePassword: getAccount(state.archive.db, state.user.id)?.mustChangePassword ?? false,
    };
  }
  const dir = ctx.options.archiveDir;
  if (archiveExists(dir)) return { state: 'loggedOut' };
  return unfinishedSetup(dir)
    ? { state: 'uninitialised', unfinishedSetup: true }
    : { state: 'uninitialised' };
}

/** Closes the archive and forgets the user (logout) or keeps the user (idle lock). */
export function closeSession(ctx: CallContext, keepUser: boolean): void {
  // Jobs hold their own copy of the key and read the archive: they stop first.
  ctx.jobs.cancelAll();
  ctx.state.archive?.close();
  ctx.state.archive = null;
  ctx.state.locked = keepUser && ctx.state.user !== null;
  if (!keepUser) ctx.state.user = null;
}

/** Options for every unlock: the in-use check and the backup before a migration. */
export function unlockOptions(ctx: CallContext) {
  return {
    // Once damage was found, the next unlock checks before it opens (and refuses).
    deferCheckAbovePages: ctx.state.corruption === null ? ctx.options.deferCheckAbovePages : undefined,
    beforeUpgrade: (archive: OpenArchive) => {
      createBackup(archive, 'before-migration', ctx.now(), getSettings(archive.db).backupKeep);
    },
  };
}

export function assertFree(ctx: CallContext): void {
  if (!ctx.state.releaseLock) assertNotInUse(ctx.options.archiveDir);
}

/**
 * Makes an unlocked archive the session's, for the account that unlocked it.
 * A disabled or vanished account closes it again.
 */
export function beginSession(
  ctx: CallContext,
  archive: OpenArchive,
  accountId: number,
  action: 'login' | 'unlock' | 'recover',
): SessionUser {
  const account = getAccount(archive.db, accountId);
  if (!account || account.disabled) {
    archive.close();
    throw account ? archiveErrors.accountDisabled() : archiveErrors.wrongPassword();
  }
  ctx.state.releaseLock ??= acquireLock(ctx.options.archiveDir);
  const user: SessionUser = {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
  };
  ctx.state.archive = archive;
  ctx.state.user = user;
  ctx.state.locked = false;
  ctx.state.lastActivity = ctx.now().getTime();
  ctx.state.corruption = null;
  if (archive.checkDeferred) startArchiveCheck(ctx);
  // A plain transaction rather than ctx.write: the failures' actor is the system, the
  // login's is the account; both land together or not at all.
  const at = toLocalIso(ctx.now());
  const flush = writeTransaction(archive.db, () => {
    const stored = storePendingFailures(archive.db, ctx.options.archiveDir, at);
    if (action !== 'unlock') {
      touchLogin(archive.db, account.id, at);
      appendAudit(
        archive.db,
        at,
        { id: account.id, name: account.displayName },
        {
          action: action === 'login' ? 'session.login' : 'session.recover',
          entity: 'account',
          entityId: account.id,
          summary:
            action === 'login'
              ? `${account.displayName} 登录`
              : `${account.displayName} 使用恢复密钥重设密码并登录`,
        },
      );
    }
    return stored;
  });
  finishFailureFlush(flush);
  return user;
}

export function requireArchiveExists(ctx: CallContext): void {
  if (!archiveExists(ctx.options.archiveDir)) throw archiveErrors.noArchive();
}

export const notLocked = () => new AppError('VALIDATION', '当前没有锁定的会话。');
