import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import { asAccount } from '../account';
import type { Flags } from '../io';
import { periodOf } from './archiveFlags';

/**
 * `print footage --from D --to D --out F.pdf`: the 录像调取登记表 of the requests
 * registered in the period, made by the app's own job (footage.jobs.ts) under
 * the account whose password is given, so the print is audited as in the app.
 */
export function printFootageVerb(flags: Flags, clock: Clock): Promise<void> {
  const period = periodOf(flags);
  return asAccount(flags, clock, '打印', async (s) => {
    const file = await s.job<FileOutput>('footage:print-register', period);
    return { file, line: `已打印录像调取登记表（登记日期 ${period.from} 至 ${period.to}）` };
  });
}
