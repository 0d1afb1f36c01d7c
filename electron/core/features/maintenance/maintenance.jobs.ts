import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CallContext } from '../../api/context';
import { openWithKey } from '../../db/archive';
import {
  BACKUP_STEPS,
  backupsDir,
  commitBackup,
  discardBackup,
  RESTORE_STAGE_STEPS,
  stageRestore,
  swapInStaged,
  writeBackupCopyOverlapped,
  type BackupCopy,
} from '../../db/backup';
import { keyringPath, readKeyring, unwrapWithPassword } from '../../db/keyring';
import { schemaVersion } from '../../db/migrate';
import { checkIntegrity } from '../../db/open';
import { rekeyedCopy, REKEY_STEPS } from '../../db/rekey';
import { writeTransaction } from '../../db/tx';
import { AppError, archiveErrors } from '../../errors';
import { defineJob, type JobScope } from '../../jobs/types';
import { toLocalIso } from '../../../../shared/dates';
import { appendAudit } from '../audit/audit.queries';
import { closeSession, sessionStatus } from '../session/session.service';
import { getSettings } from '../settings/settings.queries';
import type { SessionStatus } from '../../../../shared/session/schemas';

/** The archive as a backup in a job's thread reads it: the job's own read connection. */
export const sourceOf = (scope: JobScope) => ({
  db: scope.db,
  dir: scope.dir,
  archiveId: readKeyring(keyringPath(scope.dir)).archiveId,
  masterKey: scope.masterKey,
});

/**
 * 手动备份 as a job: the copy is written and verified on the job's own read
 * connection; only a copy that verified is named, rotated in and audited.
 */
export const createBackupJob = defineJob<'maintenance', 'createBackup'>()({
  label: () => '备份档案库',
  run(scope) {
    return writeBackupCopyOverlapped(sourceOf(scope), 'manual', scope.now, backupsDir(scope.dir), {
      partial: scope.partial,
      step: (done, phase) => scope.progress(done, BACKUP_STEPS, phase),
    });
  },
  finish(ctx, _input, copy) {
    try {
      // The record is written only now that the copy verified, with the naming in the same transaction.
      return ctx.write((db, audit) => {
        audit({
          action: 'maintenance.backup',
          entity: 'archive',
          summary: `手动备份 ${copy.name}（已校验）`,
        });
        return commitBackup(copy, getSettings(db).backupKeep);
      });
    } catch (err) {
      discardBackup(copy);
      throw err;
    }
  },
});

/** The full integrity check reads every page: minutes on a large archive, so a job. */
export const checkIntegrityJob = defineJob<'maintenance', 'checkIntegrity'>()({
  label: () => '完整性检查',
  run(scope) {
    scope.progress(0, 1, '正在逐页检查档案库…');
    const messages = checkIntegrity(scope.db, 'full');
    return {
      ok: messages.length === 0,
      mode: 'full' as const,
      messages,
      schemaVersion: schemaVersion(scope.db),
    };
  },
  finish: (_ctx, _input, report) => report,
});

/** The steps of a restore: staging the chosen backup, then the backup of the archive it replaces. */
const RESTORE_STEPS = RESTORE_STAGE_STEPS + BACKUP_STEPS;
/** The steps of a rekey: its backup, then the re-encrypted copy. */
const REKEY_TOTAL = BACKUP_STEPS + REKEY_STEPS;

/**
 * The archive as the job's copy saw it is the archive now: every write adds an
 * audit record, and calls of this app are refused while the job runs, so a
 * different count means another program (the command line's scheduled
 * backup) wrote meanwhile — swapping the copy in would lose that.
 */
function requireUnchangedSince(ctx: CallContext, copy: BackupCopy, what: string): void {
  const live = ctx.read((db) => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
  if (live !== copy.manifest.counts.audit_log)
    throw new AppError(
      'ARCHIVE_BUSY',
      `${what}期间另一个程序（如命令行的定时备份）写入了档案库；为免丢失这些记录，档案库未作改动，请重试。`,
    );
}

/**
 * 恢复到此备份, as a job that holds the archive to itself: the chosen backup is
 * copied beside the archive and verified there, the archive as it is now is
 * backed up (and verified), all in the job's thread; only then, back in the
 * core's queue, is the old archive closed and the staged copy renamed into
 * its place. Cancelled or failed before that, nothing of the archive changed
 * and the staging and backup folders are removed. The restored archive may
 * hold other accounts: the session ends and everyone signs in again.
 */
export const restoreBackupJob = defineJob<'maintenance', 'restoreBackup'>()({
  label: () => '从备份恢复档案库',
  exclusive: '从备份恢复',
  prepare(ctx, { name }) {
    if (!existsSync(join(backupsDir(ctx.archive().dir), name)))
      throw new AppError('NOT_FOUND', '找不到该备份。');
  },
  run: (scope, { name }) => stageWithBackup(scope, join(backupsDir(scope.dir), name)),
  finish: (ctx, { name }, result) =>
    swapInRestored(ctx, result, `从备份 ${name} 恢复档案库（恢复前的档案已另行备份）`),
});

/** What a restore's thread hands back: the verified staging folder and the backup of the archive it replaces. */
export interface StagedWithBackup {
  staged: string;
  before: BackupCopy;
}

/**
 * A restore's work in its thread, from any backup folder (the archive's own
 * list or a folder the director chose): the chosen backup is verified before
 * anything else, so a damaged one is refused without a before-restore backup,
 * an audit record or the end of the session; then the archive as it is now is
 * backed up and verified.
 */
export async function stageWithBackup(scope: JobScope, backupFolder: string): Promise<StagedWithBackup> {
  const step = (offset: number, prefix: string) => (done: number, phase: string) =>
    scope.progress(offset + done, RESTORE_STEPS, `${prefix}${phase}`);
  const staged = stageRestore(scope.dir, backupFolder, scope.masterKey, scope.now, {
    partial: scope.partial,
    step: step(0, ''),
  });
  const before = await writeBackupCopyOverlapped(
    sourceOf(scope),
    'before-restore',
    scope.now,
    backupsDir(scope.dir),
    { partial: scope.partial, step: step(RESTORE_STAGE_STEPS, '恢复前备份当前档案库：') },
  );
  return { staged: staged.folder, before };
}

/**
 * A restore's write part, in the core's queue: the before-restore backup is
 * committed and audited, the session ends, the staged copy takes the
 * archive's place and `summary` is the restored archive's first record.
 */
export function swapInRestored(
  ctx: CallContext,
  { staged, before }: StagedWithBackup,
  summary: string,
): SessionStatus {
  // Synchronous from here on: a lock arriving meanwhile waits until the swap is whole.
  requireUnchangedSince(ctx, before, '恢复');
  ctx.write((db, audit) => {
    audit({
      action: 'maintenance.backup',
      entity: 'archive',
      summary: `恢复前备份 ${before.name}（已校验）`,
    });
    return commitBackup(before, getSettings(db).backupKeep);
  });
  const archive = ctx.archive();
  const user = ctx.user();
  const masterKey = Buffer.from(archive.masterKey);
  closeSession(ctx, false);
  try {
    swapInStaged(archive.dir, staged, masterKey, ctx.now(), (restored) => {
      try {
        writeTransaction(restored.db, () => {
          appendAudit(
            restored.db,
            toLocalIso(ctx.now()),
            { id: user.id, name: user.displayName },
            { action: 'maintenance.restore', entity: 'archive', summary },
          );
        });
      } finally {
        restored.close();
      }
    });
  } finally {
    masterKey.fill(0);
  }
  return sessionStatus(ctx);
}

/** Re-proves the director's password before a far-reaching action. */
export async function confirmPassword(ctx: CallContext, password: string): Promise<void> {
  const user = ctx.user();
  const { accountId } = await unwrapWithPassword(ctx.archive().keyring, user.username, password);
  if (accountId !== user.id) throw archiveErrors.wrongPassword();
}

/**
 * 更换档案主密钥, as a job that holds the archive to itself: the before-rekey
 * backup is written and verified, a copy of it re-encrypted under a new key
 * and checked, and the new keyring sealed, all in the job's thread (the
 * password travels there with the input, as the master key does). Back in the
 * core's queue the archive is closed, the copy and keyring renamed into place
 * and the archive reopened under the new key; the session goes on. Cancelled
 * before that, the archive and its key are as they were.
 */
export const rekeyJob = defineJob<'maintenance', 'rekey'>()({
  label: () => '更换档案主密钥',
  exclusive: '更换主密钥',
  prepare: (ctx, { currentPassword }) => confirmPassword(ctx, currentPassword),
  async run(scope, { currentPassword }) {
    const before = await writeBackupCopyOverlapped(
      sourceOf(scope),
      'before-rekey',
      scope.now,
      backupsDir(scope.dir),
      {
        partial: scope.partial,
        step: (done, phase) => scope.progress(done, REKEY_TOTAL, `更换前备份：${phase}`),
      },
    );
    const copy = await rekeyedCopy(
      { dir: scope.dir, masterKey: scope.masterKey },
      before,
      { id: scope.user.id, username: scope.user.username, password: currentPassword },
      scope.now,
      {
        partial: scope.partial,
        step: (done, phase) => scope.progress(BACKUP_STEPS + done, REKEY_TOTAL, phase),
      },
    );
    return { before, copy };
  },
  finish(ctx, _input, { before, copy }) {
    // Synchronous from here on: a lock arriving meanwhile waits until the swap is whole.
    requireUnchangedSince(ctx, before, '更换主密钥');
    const archive = ctx.archive();
    const user = ctx.user();
    commitBackup(before, getSettings(archive.db).backupKeep);
    const oldKey = Buffer.from(archive.masterKey);
    const newKey = Buffer.from(copy.newKey);
    copy.newKey.fill(0);
    archive.close();
    try {
      const { rekeyed, accountsToReset } = swapInStaged(
        archive.dir,
        copy.folder,
        newKey,
        ctx.now(),
        (rekeyed) => {
          // The copy was taken before these records: they are written into it, in one transaction.
          const at = toLocalIso(ctx.now());
          const actor = { id: user.id, name: user.displayName };
          const accountsToReset = writeTransaction(rekeyed.db, () => {
            appendAudit(rekeyed.db, at, actor, {
              action: 'maintenance.backup',
              entity: 'archive',
              summary: `更换密钥前备份 ${before.name}（已校验）`,
            });
            // Other accounts' passwords wrapped the old key: they stay disabled until the director resets them.
            const info = rekeyed.db
              .prepare('UPDATE accounts SET disabled = 1 WHERE id <> ? AND disabled = 0')
              .run(user.id);
            appendAudit(rekeyed.db, at, actor, {
              action: 'maintenance.rekey',
              entity: 'archive',
              summary: `更换档案库主密钥；${info.changes} 个账户需由主任重置密码后启用`,
            });
            return info.changes;
          });
          return { rekeyed, accountsToReset };
        },
      );
      ctx.state.archive = rekeyed;
      ctx.state.pendingRecoveryKey = copy.recoveryKey;
      return { recoveryKey: copy.recoveryKey, accountsToReset };
    } catch (err) {
      // The old files are back in place (swapInStaged): the session goes on with them, or ends.
      try {
        ctx.state.archive = openWithKey(archive.dir, readKeyring(keyringPath(archive.dir)), oldKey, {
          deferCheckAbovePages: 0,
        });
      } catch (reopen) {
        ctx.options.log.error('the archive did not reopen after a failed rekey', reopen);
        closeSession(ctx, false);
      }
      throw err;
    } finally {
      newKey.fill(0);
    }
  },
});
