import { z } from 'zod';
import { text } from '../api/fields';
import { isValidNumberTemplate } from '../mediation/rules';

/** The centre's settings (domain.md: defaults the director can change). */
export interface Settings {
  centreName: string;
  committeeName: string;
  committeeShortName: string;
  idleLockMinutes: number;
  backupKeep: number;
  /** 调解协议编号 template, e.g. （{年}）{简称}人调字第{序号}号. */
  agreementNumberTemplate: string;
  /** Dates on documents: 二〇二六年十一月二十四日 ('words') or 2026年11月24日 ('digits'). */
  documentDateStyle: 'words' | 'digits';
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
    agreementNumberTemplate: text('调解协议编号格式', 40)
      .refine(isValidNumberTemplate, { error: '调解协议编号格式必须包含 {年} 和 {序号}' })
      .optional(),
    documentDateStyle: z.enum(['words', 'digits']).optional(),
  })
  .strict();
