import { z } from 'zod';

/**
 * The watch's settings (issue 12): how long a dispatch may go without a report
 * before it turns red (督查督办), and how many days the recorders keep footage
 * (a footage request for older hours is warned that it is likely overwritten).
 */
export interface WatchSettings {
  supervisionMinutes: number;
  footageRetentionDays: number;
}

export const DEFAULT_WATCH_SETTINGS: WatchSettings = { supervisionMinutes: 30, footageRetentionDays: 30 };

export const watchSettingsInput = z
  .object({
    supervisionMinutes: z
      .number({ error: '督办时限必须是数字' })
      .int({ error: '督办时限必须是整数' })
      .min(5, { error: '督办时限至少 5 分钟' })
      .max(1440, { error: '督办时限不能超过 1440 分钟' }),
    footageRetentionDays: z
      .number({ error: '录像保存天数必须是数字' })
      .int({ error: '录像保存天数必须是整数' })
      .min(7, { error: '录像保存天数至少 7 天' })
      .max(365, { error: '录像保存天数不能超过 365 天' }),
  })
  .strict();
