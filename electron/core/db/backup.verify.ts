// Listing backups and verifying one (the full check a restore relies on).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import type { BackupInfo } from '../../../shared/maintenance/schemas';
import { DB_FILE } from './archive';
import { sha256 } from './crypto';
import { KEYRING_FILE, readKeyring } from './keyring';
import { checkIntegrity, openEncrypted, type Db } from './open';
import {
  backupsDir,
  FONTS_DIR,
  invalidBackup,
  readManifest,
  readManifestChecked,
  toInfo,
  type Manifest,
} from './backup.manifest';

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

/** Opens a backup copy with the key, runs the full integrity check and compares counts. */
export function verifyBackupFolder(folder: string, masterKey: Buffer): Manifest {
  const manifest = readManifestChecked(folder, masterKey);
  const file = join(folder, DB_FILE);
  if (!existsSync(file) || !existsSync(join(folder, KEYRING_FILE))) throw invalidBackup('备份文件不完整');
  if (sha256(readFileSync(file)) !== manifest.dbSha256) throw invalidBackup('备份文件与记录的校验值不符');
  for (const [f, hash] of Object.entries(manifest.fonts ?? {})) {
    const path = join(folder, FONTS_DIR, f);
    if (!existsSync(path) || sha256(readFileSync(path)) !== hash)
      throw invalidBackup('备份中的字体文件缺失或与记录的校验值不符');
  }
  const keyring = readKeyring(join(folder, KEYRING_FILE));
  let db: Db;
  try {
    db = openEncrypted(file, masterKey, { expectedSalt: keyring.dbSalt, readonly: true });
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_AN_ARCHIVE')
      throw invalidBackup('备份使用的主密钥与当前档案库不同');
    throw err;
  }
  try {
    const problems = checkIntegrity(db, 'full');
    if (problems.length) throw invalidBackup(`完整性检查未通过（${problems[0]}）`);
    const counts = tableCounts(db);
    if (JSON.stringify(counts) !== JSON.stringify(manifest.counts))
      throw invalidBackup('记录条数与备份说明不一致');
  } finally {
    db.close();
  }
  return manifest;
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
