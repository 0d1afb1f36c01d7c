import { AppError, archiveErrors } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { archiveExists, createArchive } from '../../db/archive';
import { keyringPath, putAccount, sealForAccount, writeKeyring } from '../../db/keyring';
import { acquireLock } from '../../db/lock';
import { recoveryKeySheetPdf } from '../../pdf/recoveryKeySheet.pdf';
import { toCompactStamp, toLocalIso } from '../../../../shared/dates';
import { insertAccount } from '../accounts/accounts.queries';
import { appendAudit } from '../audit/audit.queries';
import { getSettings, putSettings, setFlag } from '../settings/settings.queries';
import { sessionStatus } from '../session/session.service';
import { ensureFailureBox, finishFailureFlush } from '../session/session.failures';

export const setupHandlers: FeatureHandlers<'setup'> = {
  /**
   * First run: a new archive under a fresh master key, the centre's names and
   * the director's account; the director is signed in and shown the recovery key.
   */
  async initialise(ctx, input) {
    const dir = ctx.options.archiveDir;
    if (archiveExists(dir)) throw archiveErrors.alreadyInitialised();
    const { archive, recoveryKey } = await createArchive(dir, { kdf: ctx.options.kdf });
    try {
      const sealed = await sealForAccount(archive.keyring, archive.masterKey, input.director.password);
      const at = toLocalIso(ctx.now());
      const { account: director, box } = archive.db.transaction(() => {
        putSettings(archive.db, {
          centreName: input.centreName,
          committeeName: input.committeeName,
          committeeShortName: input.committeeShortName,
        });
        const account = insertAccount(archive.db, {
          username: input.director.username,
          displayName: input.director.displayName,
          role: 'director',
          createdAt: at,
        });
        appendAudit(
          archive.db,
          at,
          { id: account.id, name: account.displayName },
          {
            action: 'setup.initialise',
            entity: 'archive',
            entityId: archive.keyring.archiveId,
            summary: `建立档案库“${input.centreName}”，主任账户 ${account.displayName}（${account.username}）`,
          },
        );
        const next = putAccount(archive.keyring, account.id, account.username, sealed);
        writeKeyring(keyringPath(dir), next);
        archive.keyring = next;
        return { account, box: ensureFailureBox(archive.db) };
      })();
      // From now on a failed login's name can be sealed for the audit trail (session.guard.ts).
      finishFailureFlush({ dir, ids: [], publicKey: box.publicKey });
      ctx.state.releaseLock ??= acquireLock(dir);
      ctx.state.archive = archive;
      ctx.state.user = {
        id: director.id,
        username: director.username,
        displayName: director.displayName,
        role: 'director',
      };
      ctx.state.locked = false;
      ctx.state.lastActivity = ctx.now().getTime();
      ctx.state.pendingRecoveryKey = recoveryKey;
      return { recoveryKey };
    } catch (err) {
      archive.close();
      throw err;
    }
  },

  async recoveryKeySheet(ctx, { recoveryKey }) {
    // Only the key just shown may be printed: this is not a way to test guesses.
    if (!ctx.state.pendingRecoveryKey || ctx.state.pendingRecoveryKey !== recoveryKey) {
      throw new AppError('FORBIDDEN', '只能打印刚刚生成、尚未确认保管的恢复密钥。');
    }
    const now = ctx.now();
    const centreName = ctx.read((db) => getSettings(db).centreName);
    const pdf = await recoveryKeySheetPdf({ centreName, recoveryKey, date: now });
    return { fileName: `恢复密钥-${toCompactStamp(now)}.pdf`, base64: pdf.toString('base64') };
  },

  confirmRecoveryKept(ctx) {
    ctx.write((db, audit) => {
      setFlag(db, 'recoveryConfirmedAt', toLocalIso(ctx.now()));
      audit({
        action: 'setup.recovery-key-kept',
        entity: 'archive',
        summary: `${ctx.user().displayName} 确认已保管恢复密钥`,
      });
    });
    ctx.state.pendingRecoveryKey = null;
    return sessionStatus(ctx);
  },
};
