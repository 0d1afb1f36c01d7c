import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { archiveErrors } from '../errors';
import type { KdfParams } from './crypto';
import {
  createKeyring,
  keyringPath,
  newRecoveryKey,
  readKeyring,
  unwrapWithAnyPassword,
  unwrapWithPassword,
  unwrapWithRecovery,
  writeKeyring,
  type Keyring,
} from './keyring';
import { acquireLock, assertNotInUse } from './lock';
import { migrate } from './migrate';
import { checkIntegrity, mapOpenError, openEncrypted, readDbSalt, type Db } from './open';

export const DB_FILE = 'archive.db';

export const dbPath = (dir: string): string => join(dir, DB_FILE);

/** An archive whose master key is in memory. `close()` drops both. */
export interface OpenArchive {
  dir: string;
  db: Db;
  masterKey: Buffer;
  keyring: Keyring;
  close(): void;
}

export interface OpenArchiveOptions {
  /** Hold the in-use lock (the app and writing CLI verbs); verify and backup do not. */
  lock?: boolean;
  /** Runs before a migration changes an existing archive (the automatic backup). */
  beforeUpgrade?: (archive: OpenArchive, from: number, to: number) => void;
}

export function archiveExists(dir: string): boolean {
  return existsSync(keyringPath(dir)) || existsSync(dbPath(dir));
}

/** Opens the database under a key already unwrapped; every check before anything can change. */
export function openWithKey(
  dir: string,
  keyring: Keyring,
  masterKey: Buffer,
  options: OpenArchiveOptions = {},
): OpenArchive {
  if (!existsSync(dbPath(dir))) throw archiveErrors.notAnArchive('档案库文件夹中缺少数据库文件，');
  if (options.lock) assertNotInUse(dir);
  const db = openEncrypted(dbPath(dir), masterKey, { expectedSalt: keyring.dbSalt });
  let release = () => {};
  const archive: OpenArchive = {
    dir,
    db,
    masterKey,
    keyring,
    close() {
      if (db.open) db.close();
      masterKey.fill(0);
      release();
    },
  };
  try {
    const problems = checkIntegrity(db, 'quick');
    if (problems.length) throw archiveErrors.corrupt(problems[0]);
    migrate(db, (from, to) => options.beforeUpgrade?.(archive, from, to));
    if (options.lock) release = acquireLock(dir);
    return archive;
  } catch (err) {
    if (db.open) db.close();
    // a damaged page makes quick_check
    // itself throw SQLITE_CORRUPT (or a short read); map it to the archive's own
    // error instead of letting it surface as INTERNAL.
    throw mapOpenError(err, dbPath(dir), keyring.dbSalt);
  }
}

export async function unlockWithPassword(
  dir: string,
  username: string,
  password: string,
  options?: OpenArchiveOptions,
): Promise<{ archive: OpenArchive; accountId: number }> {
  const keyring = readKeyring(keyringPath(dir));
  const { masterKey, accountId } = await unwrapWithPassword(keyring, username, password);
  return { archive: openWithKey(dir, keyring, masterKey, options), accountId };
}

export async function unlockWithAnyPassword(
  dir: string,
  password: string,
  options?: OpenArchiveOptions,
): Promise<{ archive: OpenArchive; accountId: number }> {
  const keyring = readKeyring(keyringPath(dir));
  const { masterKey, accountId } = await unwrapWithAnyPassword(keyring, password);
  return { archive: openWithKey(dir, keyring, masterKey, options), accountId };
}

export async function unlockWithRecovery(
  dir: string,
  recoveryKey: string,
  options?: OpenArchiveOptions,
): Promise<OpenArchive> {
  const keyring = readKeyring(keyringPath(dir));
  return openWithKey(dir, keyring, await unwrapWithRecovery(keyring, recoveryKey), options);
}

/**
 * Creates an empty, migrated, encrypted archive with a fresh random 256-bit
 * master key. The caller adds the first account (which rewrites the keyring).
 */
export async function createArchive(
  dir: string,
  options: { kdf?: KdfParams; lock?: boolean } = {},
): Promise<{ archive: OpenArchive; recoveryKey: string }> {
  if (archiveExists(dir)) throw archiveErrors.alreadyInitialised();
  // Only this Windows/Linux user may read the archive folder.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const masterKey = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  try {
    const db = openEncrypted(dbPath(dir), masterKey, { create: true });
    migrate(db);
    db.close();
    const keyring = await createKeyring(masterKey, readDbSalt(dbPath(dir)), recoveryKey, options.kdf);
    writeKeyring(keyringPath(dir), keyring);
    return {
      archive: openWithKey(dir, keyring, Buffer.from(masterKey), { lock: options.lock }),
      recoveryKey,
    };
  } catch (err) {
    // A half-made archive is worse than none: remove what this call created.
    for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, 'keyring.json'])
      rmSync(join(dir, f), { force: true });
    throw err;
  }
}
