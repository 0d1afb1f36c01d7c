// What a backup folder holds besides the copy and the keyring: its manifest and the archive's fonts.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import type { BackupInfo } from '../../../shared/maintenance/schemas';
import { DB_FILE } from './archive';

/** The manifest's file name in a backup folder. */
export const MANIFEST = 'manifest.json';
/** What a backup says of itself: checked against the copy before the backup is used. */
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
/** A backup's manifest, as read and checked. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Where an archive keeps its backups, unless told another folder. */
export const backupsDir = (dir: string): string => join(dir, 'backups');

/**
 * The archive's own fonts (the director's supplementary font): its documents
 * print with them, so a backup carries them and a restore brings them back.
 */
export const FONTS_DIR = 'fonts';

/** The font files of a folder's `fonts/` (a `.…partial` file being written is not one), by name. */
export function fontFiles(folder: string): string[] {
  const fonts = join(folder, FONTS_DIR);
  if (!existsSync(fonts)) return [];
  return readdirSync(fonts)
    .filter((n) => !n.startsWith('.') && statSync(join(fonts, n)).isFile())
    .sort();
}

/** Copies the archive's font files into a backup's `fonts/` (made only when there are some). */
export function copyFonts(from: string, to: string): void {
  const files = fontFiles(from);
  if (files.length) mkdirSync(join(to, FONTS_DIR));
  for (const f of files) copyFileSync(join(from, FONTS_DIR, f), join(to, FONTS_DIR, f));
}

/** A one-way fingerprint of a master key (HMAC of a fixed label). */
export const keyCheckOf = (masterKey: Buffer): string =>
  createHmac('sha256', masterKey).update('centre-archive key check').digest('hex');

/** The refusal of an unusable backup, with the reason in Chinese. */
export const invalidBackup = (detail: string) => new AppError('BACKUP_INVALID', `备份无法使用：${detail}。`);

/** A backup's manifest, read and parsed; a missing or malformed one makes the backup unusable. */
export function readManifest(folder: string): Manifest {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  } catch {
    throw invalidBackup('缺少或无法读取备份说明文件');
  }
}

/** The listing entry of a backup folder. */
export const toInfo = (name: string, m: Manifest, folder: string): BackupInfo => ({
  name,
  createdAt: m.createdAt,
  reason: m.reason,
  schemaVersion: m.schemaVersion,
  sizeBytes: statSync(join(folder, DB_FILE)).size,
  counts: m.counts,
});

/** The manifest of a backup made under this master key (one made before a rekey is refused by name). */
export function readManifestChecked(folder: string, masterKey: Buffer): Manifest {
  const manifest = readManifest(folder);
  if (manifest.keyCheck && manifest.keyCheck !== keyCheckOf(masterKey)) {
    throw invalidBackup(
      '该备份是在更换档案主密钥之前做的，需在命令行用当时的密码或恢复密钥恢复（npm run archive -- restore）',
    );
  }
  return manifest;
}
