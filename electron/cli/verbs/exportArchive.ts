import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import type { ItemPage, LoanPage } from '../../../shared/archive/schemas';
import { asAccount } from '../account';
import type { Flags } from '../io';
import { catalogueChoice, periodOf } from './archiveFlags';

/**
 * `export catalogue [--year Y] [--category TJ] [--retention D30] [--box 盒号] --out F.xlsx`:
 * the catalogue as the app exports it (the same job), audited under the account whose password is given.
 */
export function exportCatalogueVerb(flags: Flags, clock: Clock): Promise<void> {
  const choose = catalogueChoice(flags);
  return asAccount(flags, clock, '导出', async (s) => {
    const { filter, text } = await choose(s);
    const { total } = await s.call<ItemPage>('archive:list', { page: 0, pageSize: 1, ...filter });
    const file = await s.job<FileOutput>('archive:export-catalogue', filter);
    return { file, line: `已导出档案目录 ${total} 件（${text}）` };
  });
}

/** `export loans --from D --to D --out F.xlsx`: the loans applied for in the period, as the app exports them. */
export function exportLoansVerb(flags: Flags, clock: Clock): Promise<void> {
  const period = periodOf(flags);
  return asAccount(flags, clock, '导出', async (s) => {
    const file = await s.job<FileOutput>('archive:export-loans', period);
    // Counted after the export: a bad period is refused by the export's own check first.
    const { total } = await s.call<LoanPage>('archive:loans', { page: 0, pageSize: 1, ...period });
    return { file, line: `已导出借阅登记 ${total} 条（申请日期 ${period.from} 至 ${period.to}）` };
  });
}
