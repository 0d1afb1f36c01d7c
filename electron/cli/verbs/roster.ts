import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import type { RosterMonth } from '../../../shared/duty/schemas';
import { monthLabel } from '../../../shared/duty/shifts';
import type { SessionStatus } from '../../../shared/session/schemas';
import { asAccount, type AccountSession } from '../account';
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

/** `--mine`: the signed-in person's own schedule (我的值班) in place of the whole month. */
const mineOf = (flags: Flags): boolean => flags.has('mine');

/** 张志斌的2026年11月个人值班表（第 2 版）: what a `--mine` print or export holds. */
async function describedMine(s: AccountSession, month: string): Promise<string> {
  const status = await s.call<SessionStatus>('session:status', {});
  const name = status.state === 'active' ? status.user.displayName : '';
  const view = await s.call<RosterMonth>('duty:month', { month });
  return `${name}的${monthLabel(month)}个人值班表（第 ${view.published?.version ?? ''} 版）`;
}

/**
 * `print roster --month M --out F.pdf`: the A4 landscape month roster with
 * 带班领导 and phones, made by the app's own job (duty.jobs.ts) under the
 * account whose password is given, so the print is audited as in the app.
 * With `--mine`, that account's own schedule of the month, as 我的值班 prints it.
 */
export function printRosterVerb(flags: Flags, clock: Clock): Promise<void> {
  const month = monthOf(flags);
  return asAccount(flags, clock, '打印', async (s) => {
    if (mineOf(flags)) {
      const file = await s.job<FileOutput>('duty:print-mine', { month });
      return { file, line: `已打印${await describedMine(s, month)}` };
    }
    // The job refuses a month without a roster in its own words; the view only names what was printed.
    const file = await s.job<FileOutput>('duty:print-roster', { month });
    const view = await s.call<RosterMonth>('duty:month', { month });
    return { file, line: `已打印${described(view)}` };
  });
}

/** `export roster --month M --out F.xlsx`: the same rows as the print, as the app exports them (`--mine` too). */
export function exportRosterVerb(flags: Flags, clock: Clock): Promise<void> {
  const month = monthOf(flags);
  return asAccount(flags, clock, '导出', async (s) => {
    if (mineOf(flags)) {
      const file = await s.job<FileOutput>('duty:export-mine', { month });
      return { file, line: `已导出${await describedMine(s, month)}` };
    }
    const file = await s.job<FileOutput>('duty:export-roster', { month });
    const view = await s.call<RosterMonth>('duty:month', { month });
    return { file, line: `已导出${described(view)}` };
  });
}
