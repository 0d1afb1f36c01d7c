import type { BackupInfo } from '../../../../shared/maintenance/schemas';

/** Why a backup was taken, as the director reads it. */
export const BACKUP_REASON_LABELS: Record<BackupInfo['reason'], string> = {
  manual: '手动',
  scheduled: '定时',
  'before-migration': '升级前自动',
  'before-restore': '恢复前自动',
  'before-rekey': '更换密钥前自动',
};

/** Newest first, whatever order the folder listing came in. */
export const newestFirst = (backups: readonly BackupInfo[]): BackupInfo[] =>
  [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
