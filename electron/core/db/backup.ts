/**
 * Backups (design.md): `VACUUM INTO` writes a consistent copy encrypted under
 * the same key (the backup API does not work on encrypted databases in this
 * driver). A backup is a folder: the copy, the keyring, a manifest. It is
 * verified before it is given its final name, so a listed backup is a good one.
 *
 * The work is split by concern: backup.manifest.ts (what a backup folder holds),
 * backup.write.ts (writing, committing, rotating), backup.verify.ts (listing and
 * verifying), backup.restore.ts (staging a restore and swapping it in).
 */
export { backupsDir, FONTS_DIR, keyCheckOf } from './backup.manifest';
export { listBackups, tableCounts, verifyBackupFolder } from './backup.verify';
export {
  BACKUP_STEPS,
  commitBackup,
  createBackup,
  discardBackup,
  rotateBackups,
  writeBackupCopy,
  writeBackupCopyOverlapped,
  type BackupCopy,
  type BackupHooks,
  type BackupSource,
} from './backup.write';
export {
  RESTORE_STAGE_STEPS,
  restoreBackupFolder,
  stageRestore,
  swapInStaged,
  type StagedRestore,
} from './backup.restore';
