import { z } from 'zod';
import { givenPassword } from '../api/fields';

/** A backup's name is its folder name: a timestamp, never a path. */
export const backupName = z.string().regex(/^backup-\d{8}-\d{6}(-\d+)?$/, { error: '备份名称不正确' });

export const backupRefInput = z.object({ name: backupName }).strict();
/**
 * A folder outside the archive chosen by the director (a USB stick, a network
 * share), as a full path: in the desktop app from the system's folder dialog,
 * in the browser typed (a page cannot name a folder on the server's disk).
 */
export const externalFolder = z
  .string({ error: '请填写文件夹路径' })
  .trim()
  .min(1, { error: '请填写文件夹路径' })
  .max(1000, { error: '文件夹路径过长' });

export const externalFolderInput = z.object({ folder: externalFolder }).strict();
/** A backup made by 备份到…: its folder's name inside the chosen folder. */
export const externalBackupInput = z.object({ folder: externalFolder, name: backupName }).strict();

/** The backups found in a chosen folder, newest first. */
export interface ExternalBackups {
  /** The folder as the core read it (full path): a backup folder chosen itself is read in its parent. */
  folder: string;
  backups: BackupInfo[];
}

/** A backup written to a chosen folder, verified there. */
export interface ExternalBackupInfo extends BackupInfo {
  /** The full path of the backup's own folder. */
  path: string;
}

export const rekeyInput = z.object({ currentPassword: givenPassword }).strict();

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: 'manual' | 'scheduled' | 'before-migration' | 'before-restore' | 'before-rekey';
  schemaVersion: number;
  sizeBytes: number;
  /** Row counts of the main tables at the time of the copy. */
  counts: Record<string, number>;
}

export interface IntegrityReport {
  ok: boolean;
  mode: 'quick' | 'full';
  messages: string[];
  schemaVersion: number;
}

export interface RekeyOutput {
  recoveryKey: string;
  /** Accounts whose password must be reset by the director after the rekey. */
  accountsToReset: number;
}
