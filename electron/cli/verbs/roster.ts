import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import type { RosterMonth } from '../../../shared/duty/schemas';
import { asAccount } from '../account';
import { requiredFlag, UsageError, type Flags } from '../io';

/** `--month YYYY-MM`, checked before the archive is opened. */
function monthOf(flags: Flags): string {
  const month = requiredFlag(flags, 'month');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError('参数 --month 应为年月，如 2026-12。');
  return month;
}

/** Which roster the print or export holds, as the job picks it (duty.print.ts): the published one, else the draft. */
function described(view: RosterMonth): string {
  const month = `${view.month.slice(0, 4)}年${Number(view.month.slice(5, 7))}月`;
  const roster = view.published ?? view.draft;
  if (!roster) return `${month}值班表`;
  return `${month}值班表（${roster.template.name}，第 ${roster.version} 版${view.published ? '' : '，草稿'}）`;
}

/**
 * `print roster --month M --out F.pdf`: the A4 landscape month roster with
 * 带班领导 and phones, made by the app's own job (duty.jobs.ts) under the
 * account whose password is given, so the print is audited as in the app.
 */
export function printRosterVerb(flags: Flags, clock: Clock): Promise<void> {
  const month = monthOf(flags);
  return asAccount(flags, clock, '打印', async (s) => {
    // The job refuses a month without a roster in its own words; the view only names what was printed.
    const file = await s.job<FileOutput>('duty:print-roster', { month });
    const view = await s.call<RosterMonth>('duty:month', { month });
    return { file, line: `已打印${described(view)}` };
  });
}

/** `export roster --month M --out F.xlsx`: the same rows as the print, as the app exports them. */
export function exportRosterVerb(flags: Flags, clock: Clock): Promise<void> {
  const month = monthOf(flags);
  return asAccount(flags, clock, '导出', async (s) => {
    const file = await s.job<FileOutput>('duty:export-roster', { month });
    const view = await s.call<RosterMonth>('duty:month', { month });
    return { file, line: `已导出${described(view)}` };
  });
}
