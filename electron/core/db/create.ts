import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { archiveErrors } from '../errors';
import { DB_FILE, archiveExists, dbPath, openWithKey, type OpenArchive } from './archive';
import type { KdfParams } from './crypto';
import { createKeyring, keyringPath, newRecoveryKey, writeKeyring, type Keyring } from './keyring';
import { acquireLock } from './lock';
import { migrate } from './migrate';
import { openEncrypted, readDbSalt } from './open';
import { clearUnfinishedSetup, SETUP_PREFIX } from './unfinishedSetup';

/**
 * Points in a set-up where a power cut leaves a different state on disk. The
 * kill-during-set-up tests stop the process at each; the app observes none.
 */
export type SetupStage = 'staged-empty' | 'staged' | 'db-moved' | 'committed';

export interface CreateArchiveOptions {
  kdf?: KdfParams;
  /**
   * Writes the first account into the staged archive (settings, account, audit)
   * and returns the keyring with that account's entry. Set-up commits only
   * after it, so no archive is ever left that no account can open.
   */
  populate: (staged: OpenArchive) => Promise<Keyring>;
  /** Test-only observation of the stages (tests/support/setupChild.ts). */
  onStage?: (stage: SetupStage) => void;
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; its renames are durable there.
  }
}

/**
 * Creates an archive atomically under a fresh random 256-bit master key.
 *
 * The whole archive — database migrated and populated, keyring holding the
 * director's entry — is built in `<dir>/.setup-<random>/` and then moved in
 * file by file, the keyring last: its rename is the commit point, and an
 * archive is a folder with a keyring (unfinishedSetup.ts). Why files and not a
 * folder: `dir` may already exist and hold other things (backups/, the lock,
 * the user's own choice of folder), and Windows cannot rename a directory over
 * an existing one; a staging folder inside `dir` also keeps the renames on one
 * volume. The in-use lock is held from before the leftovers of an earlier,
 * interrupted set-up are cleared until the caller releases it, so a second
 * program cannot set up the same folder at once nor clear a set-up still
 * running. Returns the archive open in `dir` and the lock's release function.
 */
export async function createArchive(
  dir: string,
  options: CreateArchiveOptions,
): Promise<{ archive: OpenArchive; recoveryKey: string; releaseLock: () => void }> {
  // Refused before the lock too: a folder whose archive another program has open says so plainly.
  if (archiveExists(dir)) throw archiveErrors.alreadyInitialised();
  // Only this Windows/Linux user may read the archive folder.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const releaseLock = acquireLock(dir);
  const stage = join(dir, `${SETUP_PREFIX}${randomBytes(6).toString('hex')}`);
  const masterKey = randomBytes(32);
  let dbMoved = false;
  let committed = false;
  try {
    clearUnfinishedSetup(dir);
    if (archiveExists(dir)) throw archiveErrors.alreadyInitialised();
    mkdirSync(stage, { mode: 0o700 });
    const recoveryKey = newRecoveryKey();
    const db = openEncrypted(dbPath(stage), masterKey, { create: true });
    migrate(db);
    db.close();
    const empty = await createKeyring(masterKey, readDbSalt(dbPath(stage)), recoveryKey, options.kdf);
    writeKeyring(keyringPath(stage), empty);
    options.onStage?.('staged-empty');

    const staged = openWithKey(stage, empty, Buffer.from(masterKey));
    let keyring: Keyring;
    try {
      keyring = await options.populate(staged);
      if (keyring.accounts.length === 0) throw new Error('set-up populated no account');
      writeKeyring(keyringPath(stage), keyring);
      // Everything into the database file itself, so it moves as one file.
      staged.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      staged.close();
    }
    options.onStage?.('staged');

    if (archiveExists(dir)) throw archiveErrors.alreadyInitialised();
    // Companions of a database no longer there would be replayed into the new one.
    for (const f of [`${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`])
      rmSync(join(dir, f), { force: true });
    renameSync(dbPath(stage), dbPath(dir));
    dbMoved = true;
    fsyncDir(dir);
    options.onStage?.('db-moved');
    renameSync(keyringPath(stage), keyringPath(dir));
    committed = true;
    fsyncDir(dir);
    options.onStage?.('committed');
    rmSync(stage, { recursive: true, force: true });

    return { archive: openWithKey(dir, keyring, masterKey), recoveryKey, releaseLock };
  } catch (err) {
    // Before the commit, nothing of this set-up may stay in `dir`: a lone database would
    // read as an archive that lost its keyring. After it, the archive is whole and stays.
    if (dbMoved && !committed) rmSync(dbPath(dir), { force: true });
    rmSync(stage, { recursive: true, force: true });
    masterKey.fill(0);
    releaseLock();
    throw err;
  }
}
