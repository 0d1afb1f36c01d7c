import { z } from 'zod';
import { text } from '../api/fields';

/** The centre's settings (domain.md: defaults the director can change). */
export interface Settings {
  centreName: string;
  committeeName: string;
  committeeShortName: string;
  idleLockMinutes: number;
  backupKeep: number;
}

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const DEFAULT_BACKUP_KEEP = 10;

export const updateSettingsInput = z
  .object({
    centreName: text('综治中心名称', 60),
    committeeName: text('人民调解委员会名称', 60),
    committeeShortName: text('调委会简称', 10),
    idleLockMinutes: z
      .number({ error: '自动锁定时间必须是数字' })
      .int({ error: '自动锁定时间必须是整数' })
      .min(1, { error: '自动锁定时间至少 1 分钟' })
      .max(240, { error: '自动锁定时间不能超过 240 分钟' }),
    backupKeep: z
      .number({ error: '保留份数必须是数字' })
      .int({ error: '保留份数必须是整数' })
      .min(1, { error: '至少保留 1 份备份' })
      .max(365, { error: '最多保留 365 份备份' }),
  })
  .strict();
