import { endpoint, job } from '../endpoint';
import { DIRECTOR } from '../access';
import { empty } from '../fields';
import type { SessionStatus } from '../../session/schemas';
import type { InitialiseOutput } from '../../setup/schemas';
import {
  backupRefInput,
  externalBackupInput,
  externalFolderInput,
  rekeyInput,
  type BackupInfo,
  type ExternalBackupInfo,
  type ExternalBackups,
  type IntegrityReport,
  type RekeyOutput,
} from '../../maintenance/schemas';

/** Backups, restores, the integrity check and re-keying: the director's maintenance. */
export const maintenanceContract = {
  listBackups: endpoint<BackupInfo[]>()(empty, DIRECTOR),
  createBackup: job<BackupInfo>()(empty, DIRECTOR),
  /** Holds the archive to itself while it runs; the session ends once the backup is in place. */
  restoreBackup: job<SessionStatus>()(backupRefInput, DIRECTOR),
  /** 备份到…: a verified backup in a folder the director chose (a USB stick), as `backup --to` does. */
  backupTo: job<ExternalBackupInfo>()(externalFolderInput, DIRECTOR),
  /** The backups in a chosen folder, to restore one of them. */
  listBackupsIn: endpoint<ExternalBackups>()(externalFolderInput, DIRECTOR),
  /** 从…恢复: as restoreBackup, from a backup in a chosen folder; verified before anything changes. */
  restoreFrom: job<SessionStatus>()(externalBackupInput, DIRECTOR),
  checkIntegrity: job<IntegrityReport>()(empty, DIRECTOR),
  regenerateRecoveryKey: endpoint<InitialiseOutput>()(rekeyInput, DIRECTOR),
  /** Holds the archive to itself while it runs; the session goes on under the new key. */
  rekey: job<RekeyOutput>()(rekeyInput, DIRECTOR),
} as const;
