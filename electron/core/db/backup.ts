import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHmac, webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import type { BackupInfo } from '../../../shared/maintenance/schemas';
import { toCompactStamp, toLocalIso } from '../../../shared/dates';
import { DB_FILE, dbPath, openWithKey, type OpenArchive } from './archive';
import { sha256 } from './crypto';
import { KEYRING_FILE, keyringPath, readKeyring } from './keyring';
import { schemaVersion } from './migrate';
import { checkIntegrity, openEncrypted, type Db } from './open';

/**
 * Backups (design.md): `VACUUM INTO` writes a consistent copy encrypted under
 * the same key (the backup API does not work on encrypted databases in this
 * driver). A backup is a folder: the copy, the keyring, a manifest. It is
 * verified before it is given its final name, so a listed backup is a good one.
 */
const MANIFEST = 'manifest.json';
const manifestSchema = z.object({
  format: z.literal('centre-archive-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(['manual', 'scheduled', 'before-migration', 'before-restore', 'before-rekey']),
  archiveId: z.string(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  dbSha256: z.string(),
  /** Tells which master key the copy is under, without revealing it. */
  keyCheck: z.string().optional(),
  /** The archive's fonts carried (file → SHA-256); absent in backups made before fonts were carried. */
  fonts: z.record(z.string(), z.string()).optional(),
});
type Manifest = z.infer<typeof manifestSchema>;

export const backupsDir = (dir: string): string => join(dir, 'backups');

/**
 * The archive's own fonts (the director's supplementary font): its documents
 * print with them, so a backup carries them and a restore brings them back.
 */
export const FONTS_DIR = 'fonts';

/** The font files of a folder's `fonts/` (a `.…partial` file being written is not one), by name. */
function fontFiles(folder: string): string[] {
  const fonts = join(folder, FONTS_DIR);
  if (!existsSync(fonts)) return [];
  return readdirSync(fonts)
    .filter((n) => !n.startsWith('.') && statSync(join(fonts, n)).isFile())
    .sort();
}

/** Copies the archive's font files into a backup's `fonts/` (made only when there are some). */
function copyFonts(from: string, to: string): void {
  const files = fontFiles(from);
  if (files.length) mkdirSync(join(to, FONTS_DIR));
  for (const f of files) copyFileSync(join(from, FONTS_DIR, f), join(to, FONTS_DIR, f));
}

/** A one-way fingerprint of a master key (HMAC of a fixed label). */
export const keyCheckOf = (masterKey: Buffer): string =>
  createHmac('sha256', masterKey).update('centre-archive key check').digest('hex');

const invalid = (detail: string) => new AppError('BACKUP_INVALID', `备份无法使用：${detail}。`);

/** Row counts of every user table: what a verified copy must match. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  // Table names come from sqlite_master, never from input.
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

function readManifest(folder: string): Manifest {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  } catch {
    throw invalid('缺少或无法读取备份说明文件');
  }
}

const toInfo = (name: string, m: Manifest, folder: string): BackupInfo => ({
  name,
  createdAt: m.createdAt,
  reason: m.reason,
  schemaVersion: m.schemaVersion,
  sizeBytes: statSync(join(folder, DB_FILE)).size,
  counts: m.counts,
});

/** The manifest of a backup made under this master key (one made before a rekey is refused by name). */
function readManifestChecked(folder: string, masterKey: Buffer): Manifest {
  const manifest = readManifest(folder);
  if (manifest.keyCheck && manifest.keyCheck !== keyCheckOf(masterKey)) {
    throw invalid(
      '该备份是在更换档案主密钥之前做的，需在命令行用当时的密码或恢复密钥恢复（npm run archive -- restore）',
    );
  }
  return manifest;
}

/** Opens a backup copy with the key, runs the full integrity check and compares counts. */
export function verifyBackupFolder(folder: string, masterKey: Buffer): Manifest {
  const manifest = readManifestChecked(folder, masterKey);
  const file = join(folder, DB_FILE);
  if (!existsSync(file) || !existsSync(join(folder, KEYRING_FILE))) throw invalid('备份文件不完整');
  if (sha256(readFileSync(file)) !== manifest.dbSha256) throw invalid('备份文件与记录的校验值不符');
  for (const [f, hash] of Object.entries(manifest.fonts ?? {})) {
    const path = join(folder, FONTS_DIR, f);
    if (!existsSync(path) || sha256(readFileSync(path)) !== hash)
      throw invalid('备份中的字体文件缺失或与记录的校验值不符');
  }
  const keyring = readKeyring(join(folder, KEYRING_FILE));
  let db: Db;
  try {
    db = openEncrypted(file, masterKey, { expectedSalt: keyring.dbSalt, readonly: true });
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_AN_ARCHIVE')
      throw invalid('备份使用的主密钥与当前档案库不同');
    throw err;
  }
  try {
    const problems = checkIntegrity(db, 'full');
    if (problems.length) throw invalid(`完整性检查未通过（${problems[0]}）`);
    const counts = tableCounts(db);
    if (JSON.stringify(counts) !== JSON.stringify(manifest.counts)) throw invalid('记录条数与备份说明不一致');
  } finally {
    db.close();
  }
  return manifest;
}

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
    if (problems.length) throw invalid(`完整性检查未通过（${problems[0]}）`);
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

/** Lists the backups of an archive, newest first; folders that are not backups are skipped. */
export function listBackups(dir: string, root: string = backupsDir(dir)): BackupInfo[] {
  if (!existsSync(root)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(root)
    .filter((n) => n.startsWith('backup-'))
    .sort()
    .reverse()) {
    try {
      out.push(toInfo(name, readManifest(join(root, name)), join(root, name)));
    } catch {
      /* an unreadable folder is not offered for restore */
    }
  }
  return out;
}

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
      if (!existsSync(join(backupFolder, f))) throw invalid('备份文件不完整');
      copyFileSync(join(backupFolder, f), join(folder, f));
    }
    // Only the fonts the manifest lists (and checks, below); always a `fonts/`, so the swap replaces the archive's.
    mkdirSync(join(folder, FONTS_DIR));
    for (const f of Object.keys(fonts ?? {})) {
      if (!/^[\w.-]+$/.test(f) || f.startsWith('.')) throw invalid('备份说明中的字体文件名无效');
      if (!existsSync(join(backupFolder, FONTS_DIR, f))) throw invalid('备份中的字体文件缺失');
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
