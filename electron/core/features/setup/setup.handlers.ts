import { AppError } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { writeTransaction } from '../../db/tx';
import { unfinishedSetup } from '../../db/unfinishedSetup';
import { recoveryKeySheetPdf } from '../../pdf/recoveryKeySheet.pdf';
import { toCompactStamp, toLocalIso } from '../../../../shared/dates';
import { getSettings, setFlag } from '../settings/settings.queries';
import { sessionStatus } from '../session/session.service';
import { ensureFailureBox, finishFailureFlush } from '../session/session.failures';
import { initialiseArchive } from './setup.service';

export const setupHandlers: FeatureHandlers<'setup'> = {
  /**
   * First run: a new archive under a fresh master key, the centre's names and
   * the director's account; the director is signed in and shown the recovery key.
   */
  async initialise(ctx, input) {
    const dir = ctx.options.archiveDir;
    const unfinished = unfinishedSetup(dir) !== null;
    const { archive, recoveryKey, director, releaseLock } = await initialiseArchive(dir, input, {
      now: ctx.now(),
      kdf: ctx.options.kdf,
    });
    if (unfinished) ctx.options.log.warn('setup: cleared the leftovers of an interrupted set-up', { dir });
    // From now on a failed login's name can be sealed for the audit trail (session.guard.ts).
    const box = writeTransaction(archive.db, () => ensureFailureBox(archive.db));
    finishFailureFlush({ dir, ids: [], publicKey: box.publicKey });
    // The set-up's lock becomes the session's: one lock file per program, released at shutdown.
    ctx.state.releaseLock ??= releaseLock;
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
