import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { archiveErrors } from '../errors';
import {
  keyringPath,
  readKeyring,
  unwrapWithAnyPassword,
  unwrapWithPassword,
  unwrapWithRecovery,
  type Keyring,
} from './keyring';
import { acquireLock, assertNotInUse } from './lock';
import { migrate, schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { checkIntegrity, mapOpenError, openEncrypted, type Db } from './open';
import { unfinishedSetup } from './unfinishedSetup';

export const DB_FILE = 'archive.db';

export const dbPath = (dir: string): string => join(dir, DB_FILE);

/** An archive whose master key is in memory. `close()` drops both. */
export interface OpenArchive {
  dir: string;
  db: Db;
  masterKey: Buffer;
  keyring: Keyring;
  /** Opened without its quick_check, which the caller runs off the call path. */
  checkDeferred?: boolean;
  close(): void;
}

export interface OpenArchiveOptions {
  /** Hold the in-use lock (the app and writing CLI verbs); verify and backup do not. */
  lock?: boolean;
  /** Runs before a migration changes an existing archive (the automatic backup). */
  beforeUpgrade?: (archive: OpenArchive, from: number, to: number) => void;
  /**
   * An archive larger than this many pages is opened without its quick_check:
   * the caller runs it beside the session (the app: a job). A pending migration
   * is always checked first. Unset: always checked at open (the command line).
   */
  deferCheckAbovePages?: number;
}

/** True when `dir` holds an archive — not merely what an interrupted set-up left (unfinishedSetup.ts). */
export function archiveExists(dir: string): boolean {
  return (existsSync(keyringPath(dir)) || existsSync(dbPath(dir))) && unfinishedSetup(dir) === null;
}

/** The archive's keyring; the leftovers of an interrupted set-up are named as such, not as a damaged archive. */
function archiveKeyring(dir: string): Keyring {
  if (unfinishedSetup(dir)) throw archiveErrors.unfinishedSetup();
  return readKeyring(keyringPath(dir));
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
    // quick_check reads every page (about 2 s at 100 000 cases): a large archive is checked beside the session.
    const pages = db.pragma('page_count', { simple: true }) as number;
    archive.checkDeferred =
      options.deferCheckAbovePages !== undefined &&
      pages > options.deferCheckAbovePages &&
      schemaVersion(db) === SCHEMA_VERSION;
    if (!archive.checkDeferred) {
      const problems = checkIntegrity(db, 'quick');
      if (problems.length) throw archiveErrors.corrupt(problems[0]);
    }
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
  const keyring = archiveKeyring(dir);
  const { masterKey, accountId } = await unwrapWithPassword(keyring, username, password);
  return { archive: openWithKey(dir, keyring, masterKey, options), accountId };
}

export async function unlockWithAnyPassword(
  dir: string,
  password: string,
  options?: OpenArchiveOptions,
): Promise<{ archive: OpenArchive; accountId: number }> {
  const keyring = archiveKeyring(dir);
  const { masterKey, accountId } = await unwrapWithAnyPassword(keyring, password);
  return { archive: openWithKey(dir, keyring, masterKey, options), accountId };
}

export async function unlockWithRecovery(
  dir: string,
  recoveryKey: string,
  options?: OpenArchiveOptions,
): Promise<OpenArchive> {
  const keyring = archiveKeyring(dir);
  return openWithKey(dir, keyring, await unwrapWithRecovery(keyring, recoveryKey), options);
}
