import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import { asAccount } from '../account';
import { positiveFlag, UsageError, type Flags } from '../io';

/**
 * `print handover --id N --out F.pdf`: one 交接班记录 (watch.handover.handlers.ts),
 * made by the app's own call under the account whose password is given.
 */
export function printHandoverVerb(flags: Flags, clock: Clock): Promise<void> {
  const id = positiveFlag(flags, 'id');
  if (id === undefined) throw new UsageError('请用 --id 指明交接班记录的编号。');
  return asAccount(flags, clock, '打印', async (s) => {
    const file = await s.call<FileOutput>('watch:print-handover', { id });
    return { file, line: `已打印交接班记录（编号 ${id}）` };
  });
}
