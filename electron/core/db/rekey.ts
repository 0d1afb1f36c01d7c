import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toCompactStamp } from '../../../shared/dates';
import { AppError } from '../errors';
import { DB_FILE } from './archive';
import { tableCounts, type BackupCopy, type BackupHooks } from './backup';
import { sealWithSecret } from './crypto';
import {
  KEYRING_FILE,
  keyringPath,
  newRecoveryKey,
  putAccount,
  readKeyring,
  withRecovery,
  writeKeyring,
  type Keyring,
} from './keyring';
import { checkIntegrity, openEncrypted, readDbSalt } from './open';

/** A re-encrypted copy of the archive and its new keyring, staged beside the archive, not yet in its place. */
export interface RekeyedCopy {
  /** The `.rekey-….partial` folder holding `archive.db` (under the new key) and `keyring.json`. */
  folder: string;
  /** The new master key: it crosses back to the core's thread, which opens the archive with it. */
  newKey: Uint8Array;
  recoveryKey: string;
}

/** The steps of a rekeyed copy after its backup, for a progress bar. */
export const REKEY_STEPS = 3;

/**
 * Re-encrypts the archive under a new random master key (a separate, explicit
 * director action; design.md) without touching it: the verified before-rekey
 * backup copy is copied again, re-encrypted (`PRAGMA rekey`, every page
 * rewritten) and checked under the new key, and a keyring is built with only
 * the acting director's entry and a new recovery key — other passwords wrapped
 * the old key and must be reset. Swapping it in is the caller's (swapInStaged).
 */
export async function rekeyedCopy(
  source: { dir: string; masterKey: Buffer },
  backup: BackupCopy,
  director: { id: number; username: string; password: string },
  now: Date,
  hooks: BackupHooks = {},
): Promise<RekeyedCopy> {
  const folder = join(source.dir, `.rekey-${toCompactStamp(now)}.partial`);
  hooks.partial?.(folder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const target = join(folder, DB_FILE);
  const newKey = randomBytes(32);
  try {
    hooks.step?.(0, '正在生成新的主密钥与恢复密钥…');
    const recoveryKey = newRecoveryKey();
    const live = readKeyring(keyringPath(source.dir));
    const base: Keyring = { ...live, accounts: [] };
    const sealed = await sealWithSecret(newKey, director.password, base.kdf);
    const next = await withRecovery(
      putAccount(base, director.id, director.username, sealed),
      newKey,
      recoveryKey,
    );

    hooks.step?.(1, '正在用新的主密钥重新加密档案库副本…');
    // The backup's copy was verified a moment ago; its bytes are what the archive holds.
    copyFileSync(join(backup.folder, DB_FILE), target);
    const db = openEncrypted(target, source.masterKey, { expectedSalt: live.dbSalt });
    try {
      // Rekeying is done in rollback-journal mode; the archive's open turns WAL on again.
      db.pragma('journal_mode = DELETE');
      db.pragma(`rekey = "x'${newKey.toString('hex')}'"`);
    } finally {
      db.close();
    }

    hooks.step?.(2, '正在校验重新加密的副本…');
    const dbSalt = readDbSalt(target);
    const check = openEncrypted(target, newKey, { expectedSalt: dbSalt, readonly: true });
    try {
      // quick_check reads every page under the new key, each page's HMAC with it.
      const problems = checkIntegrity(check, 'quick');
      if (problems.length) throw new AppError('INTERNAL', `重新加密后的副本未通过检查（${problems[0]}）。`);
      if (JSON.stringify(tableCounts(check)) !== JSON.stringify(backup.manifest.counts))
        throw new AppError('INTERNAL', '重新加密后的副本记录条数与备份不一致。');
    } finally {
      check.close();
    }
    writeKeyring(join(folder, KEYRING_FILE), { ...next, dbSalt });
    return { folder, newKey: new Uint8Array(newKey), recoveryKey };
  } catch (err) {
    rmSync(folder, { recursive: true, force: true });
    throw err;
  } finally {
    newKey.fill(0);
  }
}
