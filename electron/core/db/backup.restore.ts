// Restoring: a backup staged and verified beside the archive, then swapped in by renames.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toCompactStamp } from '../../../shared/dates';
import { DB_FILE, dbPath, openWithKey, type OpenArchive } from './archive';
import { KEYRING_FILE, keyringPath, readKeyring } from './keyring';
import { FONTS_DIR, invalidBackup, MANIFEST, readManifestChecked, type Manifest } from './backup.manifest';
import { verifyBackupFolder } from './backup.verify';
import type { BackupHooks } from './backup.write';

/** A backup's files copied beside the archive and verified there, ready to take its place. */
export interface StagedRestore {
  /** The `.restore-….partial` folder inside the archive folder (same disk: the swap is renames). */
  folder: string;
  manifest: Manifest;
}

/** The steps of staging a restore, for a progress bar. */
export const RESTORE_STAGE_STEPS = 2;

const ARCHIVE_FILES = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEYRING_FILE];

/**
 * Copies a backup into a `.restore-….partial` folder beside the archive and
 * verifies the copy itself (checksum against the manifest, open with the key,
 * full integrity check, row counts): the bytes that will become the archive
 * are the bytes that were checked, and nothing of the archive changes yet. A
 * cancelled restore's staging folder is removed by whoever heard of it.
 */
export function stageRestore(
  dir: string,
  backupFolder: string,
  masterKey: Buffer,
  now: Date,
  hooks: BackupHooks = {},
): StagedRestore {
  // The manifest's own refusals (missing, another key) come before any copying.
  const { fonts } = readManifestChecked(backupFolder, masterKey);
  const folder = join(dir, `.restore-${toCompactStamp(now)}.partial`);
  hooks.partial?.(folder);
  hooks.step?.(0, '正在复制所选备份…');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  try {
    for (const f of [DB_FILE, KEYRING_FILE, MANIFEST]) {
      if (!existsSync(join(backupFolder, f))) throw invalidBackup('备份文件不完整');
      copyFileSync(join(backupFolder, f), join(folder, f));
    }
    // Only the fonts the manifest lists (and checks, below); always a `fonts/`, so the swap replaces the archive's.
    mkdirSync(join(folder, FONTS_DIR));
    for (const f of Object.keys(fonts ?? {})) {
      if (!/^[\w.-]+$/.test(f) || f.startsWith('.')) throw invalidBackup('备份说明中的字体文件名无效');
      if (!existsSync(join(backupFolder, FONTS_DIR, f))) throw invalidBackup('备份中的字体文件缺失');
      copyFileSync(join(backupFolder, FONTS_DIR, f), join(folder, FONTS_DIR, f));
    }
    hooks.step?.(1, '正在校验所选备份（完整性检查）…');
    return { folder, manifest: verifyBackupFolder(folder, masterKey) };
  } catch (err) {
    rmSync(folder, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Puts staged files (`archive.db` and `keyring.json`, already verified, and
 * `fonts/` when the staging folder has one: a restore's always does, even
 * empty; a rekey's does not, as the archive keeps its fonts) in the archive's
 * place, opens them under `masterKey` and hands the open archive to `then`
 * (the audit record of the swap). The archive must be closed by the
 * caller before. The current files are set aside first and put back if the
 * new ones do not open or `then` fails; the staging folder is removed either way.
 */
export function swapInStaged<T>(
  dir: string,
  staged: string,
  masterKey: Buffer,
  now: Date,
  then: (archive: OpenArchive) => T,
  /** Where to keep the replaced files after success (the CLI, which could not back them up first). */
  keepReplacedIn?: string,
): T {
  const aside = join(dir, `.aside-${toCompactStamp(now)}`);
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside);
  const moved: string[] = [];
  const bringsFonts = existsSync(join(staged, FONTS_DIR));
  const replaced = bringsFonts ? [...ARCHIVE_FILES, FONTS_DIR] : ARCHIVE_FILES;
  let archive: OpenArchive | null = null;
  let value: T;
  try {
    for (const f of replaced) {
      if (existsSync(join(dir, f))) {
        renameSync(join(dir, f), join(aside, f));
        moved.push(f);
      }
    }
    renameSync(join(staged, DB_FILE), dbPath(dir));
    renameSync(join(staged, KEYRING_FILE), keyringPath(dir));
    if (bringsFonts) renameSync(join(staged, FONTS_DIR), join(dir, FONTS_DIR));
    const keyring = readKeyring(keyringPath(dir));
    // These very bytes were checked in the staging folder a moment ago and only
    // renamed since: the open skips its quick_check (seconds on a large
    // archive). An older schema is still checked before it is migrated.
    archive = openWithKey(dir, keyring, Buffer.from(masterKey), { deferCheckAbovePages: 0 });
    value = then(archive);
  } catch (err) {
    archive?.close();
    for (const f of replaced) rmSync(join(dir, f), { recursive: true, force: true });
    for (const f of moved) renameSync(join(aside, f), join(dir, f));
    rmSync(aside, { recursive: true, force: true });
    rmSync(staged, { recursive: true, force: true });
    throw err;
  }
  if (keepReplacedIn && moved.length) renameSync(aside, keepReplacedIn);
  else rmSync(aside, { recursive: true, force: true });
  rmSync(staged, { recursive: true, force: true });
  return value;
}

/**
 * Replaces the archive in `dir` by a verified backup, in one go (the command
 * line): staged and verified beside it, then swapped in. The archive must be
 * closed by the caller before.
 */
export function restoreBackupFolder(
  dir: string,
  folder: string,
  masterKey: Buffer,
  now: Date,
  /** Where to keep the replaced files after success (the CLI, which could not back them up first). */
  keepReplacedIn?: string,
): OpenArchive {
  const staged = stageRestore(dir, folder, masterKey, now);
  return swapInStaged(dir, staged.folder, masterKey, now, (archive) => archive, keepReplacedIn);
}
