import { AppError } from '../../core/errors';
import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import type { ArchiveItemDetail, ItemPage } from '../../../shared/archive/schemas';
import { asAccount } from '../account';
import { positiveFlag, stringFlag, UsageError, type Flags } from '../io';
import { boxesOf, boxNosOf, catalogueChoice, periodOf } from './archiveFlags';

/**
 * `print catalogue|loans|recall|spine`: the archive's documents, made by the
 * same job or call as in the app (archive.jobs.ts), audited under the account
 * whose password is given.
 */
export const ARCHIVE_PRINTS: Record<string, (flags: Flags, clock: Clock) => Promise<void>> = {
  /** 归档文件目录 `[--year Y] [--category TJ] [--retention D30] [--box 盒号]`. */
  catalogue: (flags, clock) => {
    const choose = catalogueChoice(flags);
    return asAccount(flags, clock, '打印', async (s) => {
      const { filter, text } = await choose(s);
      const { total } = await s.call<ItemPage>('archive:list', { page: 0, pageSize: 1, ...filter });
      const file = await s.job<FileOutput>('archive:print-catalogue', filter);
      return { file, line: `已打印归档文件目录（${total} 件；${text}）` };
    });
  },

  /** 借阅登记簿 `--from D --to D`: the loans handed out in the period. */
  loans: (flags, clock) => {
    const period = periodOf(flags);
    return asAccount(flags, clock, '打印', async (s) => {
      const file = await s.job<FileOutput>('archive:print-register', period);
      return { file, line: `已打印借阅登记簿（出借日期 ${period.from} 至 ${period.to}）` };
    });
  },

  /** 催还通知单 `--loan 借阅编号 | --code 档号` (the loan the item is out on). */
  recall: (flags, clock) => {
    const loanId = positiveFlag(flags, 'loan');
    const code = stringFlag(flags, 'code');
    if ((loanId === undefined) === (code === undefined))
      throw new UsageError('请用 --loan 借阅编号 或 --code 档号 指明要催还的借阅（二者选一）。');
    return asAccount(flags, clock, '打印', async (s) => {
      let id = loanId;
      if (code !== undefined) {
        const item = await s.call<ArchiveItemDetail>('archive:get-by-code', { code });
        const out = item.loans.find((l) => l.status === 'out');
        if (!out) throw new AppError('CONFLICT', `档案 ${item.code} 未借出，无需催还。`);
        id = out.id;
      }
      const file = await s.call<FileOutput>('archive:print-recall', { id });
      return { file, line: `已打印${file.fileName.replace(/\.pdf$/, '').replace('-', '（')}）` };
    });
  },

  /** 盒脊 `--box 盒号[,盒号…]`. */
  spine: (flags, clock) => {
    const nos = boxNosOf(flags);
    return asAccount(flags, clock, '打印', async (s) => {
      const boxes = await boxesOf(s, nos);
      const file = await s.job<FileOutput>('archive:print-spines', { ids: boxes.map((b) => b.id) });
      return { file, line: `已打印盒脊（${boxes.map((b) => b.boxNo).join('、')}）` };
    });
  },
};
