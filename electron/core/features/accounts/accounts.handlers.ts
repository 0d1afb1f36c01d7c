import { AppError } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import type { CallContext } from '../../api/context';
import {
  keyringPath,
  putAccount,
  sealForAccount,
  withoutAccount,
  writeKeyring,
  type Keyring,
} from '../../db/keyring';
import { toLocalIso } from '../../../../shared/dates';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import type { Account } from '../../../../shared/accounts/schemas';
import {
  countActiveDirectors,
  findAccountByUsername,
  getAccount,
  insertAccount,
  listAccounts,
  setDisabled,
  setMustChangePassword,
  updateAccount,
} from './accounts.queries';
import type { Db } from '../../db/open';

const notFound = () => new AppError('NOT_FOUND', '找不到该账户。');

function mustGet(db: Db, id: number): Account {
  const account = getAccount(db, id);
  if (!account) throw notFound();
  return account;
}

/** Writes the keyring inside the caller's transaction: if it fails, the database change rolls back too. */
function saveKeyring(ctx: CallContext, next: Keyring): void {
  const archive = ctx.archive();
  writeKeyring(keyringPath(archive.dir), next);
  archive.keyring = next;
}

export const accountsHandlers: FeatureHandlers<'accounts'> = {
  list: (ctx) => ctx.read(listAccounts),

  async create(ctx, input) {
    const archive = ctx.archive();
    if (ctx.read((db) => findAccountByUsername(db, input.username))) {
      throw new AppError('CONFLICT', `用户名“${input.username}”已被使用。`, { username: '该用户名已被使用' });
    }
    const sealed = await sealForAccount(archive.keyring, archive.masterKey, input.password);
    return ctx.write((db, audit) => {
      const created = insertAccount(db, { ...input, createdAt: toLocalIso(ctx.now()) });
      // The director chose this password: its owner sets their own at the first login.
      setMustChangePassword(db, created.id, true);
      const account = mustGet(db, created.id);
      audit({
        action: 'account.create',
        entity: 'account',
        entityId: account.id,
        summary: `新建账户 ${account.displayName}（${account.username}，${ROLE_LABELS[account.role]}）`,
      });
      saveKeyring(ctx, putAccount(archive.keyring, account.id, account.username, sealed));
      return account;
    });
  },

  update(ctx, { id, displayName, role }) {
    return ctx.write((db, audit) => {
      const before = mustGet(db, id);
      if (
        before.role === 'director' &&
        role !== 'director' &&
        !before.disabled &&
        countActiveDirectors(db) <= 1
      ) {
        throw new AppError('CONFLICT', '这是唯一在用的主任账户，不能改为其他角色。', {
          role: '至少保留一名主任',
        });
      }
      updateAccount(db, id, { displayName, role });
      const changes = [
        before.displayName !== displayName ? `姓名 ${before.displayName} → ${displayName}` : '',
        before.role !== role ? `角色 ${ROLE_LABELS[before.role]} → ${ROLE_LABELS[role]}` : '',
      ].filter(Boolean);
      audit({
        action: 'account.update',
        entity: 'account',
        entityId: id,
        summary: `修改账户 ${before.username}：${changes.join('；') || '无变化'}`,
      });
      return mustGet(db, id);
    });
  },

  disable(ctx, { id }) {
    return ctx.write((db, audit) => {
      const account = mustGet(db, id);
      if (id === ctx.user().id) throw new AppError('CONFLICT', '不能停用自己正在使用的账户。');
      if (account.role === 'director' && !account.disabled && countActiveDirectors(db) <= 1) {
        throw new AppError('CONFLICT', '这是唯一在用的主任账户，不能停用。');
      }
      setDisabled(db, id, true);
      audit({
        action: 'account.disable',
        entity: 'account',
        entityId: id,
        summary: `停用账户 ${account.displayName}（${account.username}）`,
      });
      // A disabled account's wrapped key is removed: its password no longer opens anything.
      saveKeyring(ctx, withoutAccount(ctx.archive().keyring, id));
      return mustGet(db, id);
    });
  },

  async resetPassword(ctx, { id, newPassword }) {
    const archive = ctx.archive();
    const account = ctx.read((db) => mustGet(db, id));
    const sealed = await sealForAccount(archive.keyring, archive.masterKey, newPassword);
    return ctx.write((db, audit) => {
      setDisabled(db, id, false);
      // A password the director chose is known to two people until its owner changes it.
      setMustChangePassword(db, id, id !== ctx.user().id);
      audit({
        action: 'account.reset-password',
        entity: 'account',
        entityId: id,
        summary: `重置账户 ${account.displayName}（${account.username}）的密码${account.disabled ? '并重新启用' : ''}`,
      });
      // Re-wraps the same master key for this account; the database is never re-encrypted for it.
      saveKeyring(ctx, putAccount(archive.keyring, id, account.username, sealed));
      return mustGet(db, id);
    });
  },
};
