// Writing a backup: the consistent copy, its quick check and manifest, then its final name and rotation.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/maintenance/schemas';
import { toCompactStamp, toLocalIso } from '../../../shared/dates';
import { DB_FILE, type OpenArchive } from './archive';
import { sha256 } from './crypto';
import { KEYRING_FILE, keyringPath, readKeyring } from './keyring';
import { schemaVersion } from './migrate';
import { checkIntegrity, openEncrypted, type Db } from './open';
import {
  backupsDir,
  copyFonts,
  fontFiles,
  FONTS_DIR,
  invalidBackup,
  keyCheckOf,
  MANIFEST,
  toInfo,
  type Manifest,
} from './backup.manifest';
import { tableCounts } from './backup.verify';

function uniqueName(root: string, now: Date): string {
  const base = `backup-${toCompactStamp(now)}`;
  let name = base;
  for (let i = 2; existsSync(join(root, name)); i++) name = `${base}-${i}`;
  return name;
}

/** A verified copy not yet given its final name (it carries its `.partial` name until committed). */
export interface BackupCopy {
  folder: string;
  name: string;
  root: string;
  manifest: Manifest;
}

/** The steps of a backup, for a progress bar: four of them, then the commit. */
export const BACKUP_STEPS = 4;

export interface BackupHooks {
  /** Hears the `.partial` folder before anything is written in it. */
  partial?: (path: string) => void;
  step?: (done: number, phase: string) => void;
}

/** The archive as a backup needs it: a connection (any, read-only will do), its folder, keyring and key. */
export interface BackupSource {
  db: Db;
  dir: string;
  archiveId: string;
  masterKey: Buffer;
}

/**
 * Writes a consistent copy (`VACUUM INTO`, a snapshot even while others write)
 * into a `.partial` folder, opens the copy, checks every page (verifyCopy) and
 * counts its rows — the counts of the copy itself, never of the live archive,
 * which may have moved on — and writes the manifest. A cancelled backup's
 * `.partial` folder is removed by whoever heard of it (`hooks.partial`).
 */
export function writeBackupCopy(
  source: BackupSource,
  reason: BackupInfo['reason'],
  now: Date,
  root: string,
  hooks: BackupHooks = {},
): BackupCopy {
  const copy = startCopy(source, now, root, hooks);
  try {
    const checked = verifyCopy(copy, source.masterKey, hooks);
    hooks.step?.(3, '正在计算备份校验值…');
    return sealCopy(copy, source, reason, now, checked, sha256(readFileSync(copy.target)));
  } catch (err) {
    rmSync(copy.folder, { recursive: true, force: true });
    throw err;
  }
}

/**
 * The same as `writeBackupCopy`, for a job: the copy's SHA-256 is computed on
 * libuv's thread pool (WebCrypto) while this thread runs the integrity check,
 * so the two passes over the copy overlap on the PC's second core.
 */
export async function writeBackupCopyOverlapped(
  source: BackupSource,
  reason: BackupInfo['reason'],
  now: Date,
  root: string,
  hooks: BackupHooks = {},
): Promise<BackupCopy> {
  const copy = startCopy(source, now, root, hooks);
  try {
    const digest = webcrypto.subtle.digest('SHA-256', readFileSync(copy.target));
    // Settled either way below; a rejection before then must not go unhandled.
    digest.catch(() => undefined);
    const checked = verifyCopy(copy, source.masterKey, hooks);
    hooks.step?.(3, '正在计算备份校验值…');
    const hash = Buffer.from(await digest).toString('hex');
    return sealCopy(copy, source, reason, now, checked, hash);
  } catch (err) {
    rmSync(copy.folder, { recursive: true, force: true });
    throw err;
  }
}

interface StartedCopy {
  folder: string;
  name: string;
  root: string;
  target: string;
  dbSalt: string;
}

/** The consistent copy (VACUUM INTO) and its keyring, in a fresh `.partial` folder. */
function startCopy(source: BackupSource, now: Date, root: string, hooks: BackupHooks): StartedCopy {
  mkdirSync(root, { recursive: true });
  const name = uniqueName(root, now);
  const folder = join(root, `.${name}.partial`);
  hooks.partial?.(folder);
  hooks.step?.(0, '正在复制档案库…');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  try {
    const target = join(folder, DB_FILE);
    source.db.prepare('VACUUM INTO ?').run(target);
    copyFileSync(keyringPath(source.dir), join(folder, KEYRING_FILE));
    copyFonts(source.dir, folder);
    return { folder, name, root, target, dbSalt: readKeyring(join(folder, KEYRING_FILE)).dbSalt };
  } catch (err) {
    rmSync(folder, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Opens the copy under the key, checks it page by page, then counts its own
 * rows. The check is `quick_check`, not the full `integrity_check` (about a
 * second less at 100 000 cases, of a backup budgeted at 5 s): it walks every
 * b-tree of the copy, so every page is read back and its HMAC checked under
 * the key — a page written wrong, a truncated file or a wrong key all fail
 * here. What it leaves out is matching each index against its table, a
 * property VACUUM INTO takes from the live archive rather than from this
 * write; the full check still runs on every backup before a restore uses it
 * (stageRestore → verifyBackupFolder), and on the live archive from the menu.
 */
function verifyCopy(copy: StartedCopy, masterKey: Buffer, hooks: BackupHooks) {
  hooks.step?.(1, '正在校验备份（完整性检查）…');
  const db = openEncrypted(copy.target, masterKey, { expectedSalt: copy.dbSalt, readonly: true });
  try {
    const problems = checkIntegrity(db, 'quick');
    if (problems.length) throw invalidBackup(`完整性检查未通过（${problems[0]}）`);
    hooks.step?.(2, '正在核对备份中的记录条数…');
    return { counts: tableCounts(db), version: schemaVersion(db) };
  } finally {
    db.close();
  }
}

function sealCopy(
  copy: StartedCopy,
  source: BackupSource,
  reason: BackupInfo['reason'],
  now: Date,
  checked: { counts: Record<string, number>; version: number },
  dbSha256: string,
): BackupCopy {
  const manifest: Manifest = {
    format: 'centre-archive-backup',
    version: 1,
    createdAt: toLocalIso(now),
    reason,
    archiveId: source.archiveId,
    schemaVersion: checked.version,
    counts: checked.counts,
    dbSha256,
    keyCheck: keyCheckOf(source.masterKey),
    fonts: Object.fromEntries(
      fontFiles(copy.folder).map((f) => [f, sha256(readFileSync(join(copy.folder, FONTS_DIR, f)))]),
    ),
  };
  writeFileSync(join(copy.folder, MANIFEST), JSON.stringify(manifest, null, 2));
  return { folder: copy.folder, name: copy.name, root: copy.root, manifest };
}

/** Gives a verified copy its final name (from then on it is listed and offered) and rotates. */
export function commitBackup(copy: BackupCopy, keep: number): BackupInfo {
  const final = join(copy.root, copy.name);
  renameSync(copy.folder, final);
  rotateBackups(copy.root, keep);
  return toInfo(copy.name, copy.manifest, final);
}

/** Removes a copy that will not be committed. */
export const discardBackup = (copy: BackupCopy): void =>
  rmSync(copy.folder, { recursive: true, force: true });

/** Writes, verifies and rotates a backup of an open archive, in one go (before a migration, restore or rekey; the CLI). */
export function createBackup(
  archive: OpenArchive,
  reason: BackupInfo['reason'],
  now: Date,
  keep: number,
  root: string = backupsDir(archive.dir),
): BackupInfo {
  const source = {
    db: archive.db,
    dir: archive.dir,
    archiveId: archive.keyring.archiveId,
    masterKey: archive.masterKey,
  };
  return commitBackup(writeBackupCopy(source, reason, now, root), keep);
}

/** Keeps the newest `keep` backups; older ones are removed. */
export function rotateBackups(root: string, keep: number): void {
  const names = readdirSync(root)
    .filter((n) => n.startsWith('backup-'))
    .sort();
  for (const old of names.slice(0, Math.max(0, names.length - keep)))
    rmSync(join(root, old), { recursive: true, force: true });
}
