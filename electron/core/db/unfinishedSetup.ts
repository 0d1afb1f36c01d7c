import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KEYRING_FILE, keyringPath, readKeyring, type Keyring } from './keyring';
import { readDbSalt } from './open';

/**
 * What an interrupted first set-up can leave in an archive folder, told apart
 * from an archive. Set-up (create.ts) builds the archive in a staging folder
 * `<dir>/.setup-<random>/` and commits by renaming the keyring into place, so:
 * - a staging folder beside no keyring is a set-up that never committed;
 * - `archive.db` without a keyring is that set-up's only when a staging folder
 *   holds the keyring sealed for that very file (same SQLCipher salt): the
 *   kill fell between the two renames. Any other lone database is an archive
 *   that lost its keyring and is never touched (the user restores a backup);
 * - a keyring with no account at all was left by set-ups of earlier versions,
 *   which wrote it before the director's account. A used archive always keeps
 *   one (the last active director cannot be disabled), and nobody was ever
 *   shown its recovery key, so nothing could open it.
 */
export const SETUP_PREFIX = '.setup-';

// The database file's name, as in archive.ts (which imports this module, so it is not imported back).
const DB_FILE = 'archive.db';
/** SQLite's companions of the database file; without the database they belong to nothing. */
const DB_SIDE_FILES = [`${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`];

export function stagingFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(SETUP_PREFIX))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory());
}

function keyringOrNull(dir: string): Keyring | null {
  try {
    return readKeyring(keyringPath(dir));
  } catch {
    return null;
  }
}

function saltOrNull(dir: string): string | null {
  try {
    return readDbSalt(join(dir, DB_FILE));
  } catch {
    return null;
  }
}

/** Keyring write temp files (`keyring.json.<pid>.tmp`) a kill mid-write leaves. */
function keyringTemps(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${KEYRING_FILE}.`) && name.endsWith('.tmp'))
    .map((name) => join(dir, name));
}

/**
 * The files and folders an unfinished set-up left in `dir` (to be removed),
 * or null when there is none: the folder is empty of archives or holds one.
 * Other contents of the folder (backups/, the lock file) are never listed.
 */
export function unfinishedSetup(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  const stages = stagingFolders(dir);
  const hasDb = existsSync(join(dir, DB_FILE));
  const dbFiles = [DB_FILE, ...DB_SIDE_FILES].map((f) => join(dir, f));
  const sideFiles = DB_SIDE_FILES.map((f) => join(dir, f)).filter((p) => existsSync(p));
  if (existsSync(keyringPath(dir))) {
    const keyring = keyringOrNull(dir);
    const accountless = keyring !== null && keyring.accounts.length === 0;
    if (accountless && (!hasDb || saltOrNull(dir) === keyring.dbSalt))
      return [...dbFiles.filter((p) => existsSync(p)), keyringPath(dir), ...keyringTemps(dir), ...stages];
    return null;
  }
  if (hasDb) {
    const salt = saltOrNull(dir);
    const staged = stages.some((s) => salt !== null && keyringOrNull(s)?.dbSalt === salt);
    return staged ? [...dbFiles.filter((p) => existsSync(p)), ...keyringTemps(dir), ...stages] : null;
  }
  const debris = [...stages, ...sideFiles, ...keyringTemps(dir)];
  return stages.length ? debris : null;
}

/** Removes what an unfinished set-up left; call only while holding the folder's lock. Returns whether there was any. */
export function clearUnfinishedSetup(dir: string): boolean {
  const leftover = unfinishedSetup(dir);
  if (!leftover) return false;
  for (const path of leftover) rmSync(path, { recursive: true, force: true });
  return true;
}
