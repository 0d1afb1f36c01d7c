import { z } from 'zod';
import { givenPassword } from '../api/fields';

/** A backup's name is its folder name: a timestamp, never a path. */
export const backupName = z.string().regex(/^backup-\d{8}-\d{6}(-\d+)?$/, { error: '备份名称不正确' });

export const backupRefInput = z.object({ name: backupName }).strict();
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
