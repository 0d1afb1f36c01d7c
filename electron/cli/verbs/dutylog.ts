import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import { asAccount } from '../account';
import { requiredFlag, UsageError, type Flags } from '../io';

/**
 * `print dutylog --month M --out F.pdf`: the month's video-monitoring duty log
 * bound as an A4 record (cover, day by day each shift, 第 N 页 共 M 页), made
 * by the app's own job (watch.dutylog.jobs.ts) under the account whose
 * password is given, so the print is audited as in the app.
 */
export function printDutyLogVerb(flags: Flags, clock: Clock): Promise<void> {
  const month = requiredFlag(flags, 'month');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError('参数 --month 应为年月，如 2026-11。');
  return asAccount(flags, clock, '打印', async (s) => {
    const file = await s.job<FileOutput>('watch:print-duty-log', { month });
    return { file, line: `已打印${month.slice(0, 4)}年${Number(month.slice(5, 7))}月视频监控值班记录` };
  });
}
