// What the archive's jobs and one-page files share: wrapping bytes as a file, the audit on finishing, the loan view,
// the catalogue filter in words, dates and 归还时状态 as printed. Separate so the export and print jobs use one copy.
import type { CallContext } from '../../api/context';
import type { Db } from '../../db/open';
import type { JobScope } from '../../jobs/types';
import { toLocalDate } from '../../../../shared/dates';
import type { FileOutput } from '../../../../shared/api/contract';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import { LOAN_CONDITIONS } from '../../../../shared/archive/loans';
import type { Loan } from '../../../../shared/archive/schemas';
import type { CatalogueFilter } from './archive.catalogue';
import { getBox } from './archive.boxes';
import type { LoanView } from './archive.loans';
import { getArchiveSettings, loanPeriods } from './archive.settings';
import { categoryName } from './archive.categories';

export const file = (fileName: string, mime: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
});
export const pdf = (name: string, bytes: Buffer) => file(name, 'application/pdf', bytes);

/** What a job's thread hands back: the file, and what the audit record says of it. */
export interface Made {
  file: FileOutput;
  summary: string;
}

export const viewOf = (scope: JobScope): LoanView => ({
  today: toLocalDate(scope.now),
  periods: loanPeriods(getArchiveSettings(scope.db)),
});

/** A file leaving the archive is recorded once it exists. */
export const audited = (action: string) => (ctx: CallContext, _input: unknown, made: Made) => {
  ctx.write((_db, audit) => audit({ action, entity: 'archive', summary: made.summary }));
  return made.file;
};

export function describeCatalogue(db: Db, f: CatalogueFilter): string {
  const parts: string[] = [];
  if (f.categoryCode) parts.push(`门类：${categoryName(db, f.categoryCode) ?? f.categoryCode}`);
  if (f.year) parts.push(`年度：${f.year}`);
  if (f.retention) parts.push(`保管期限：${RETENTIONS[f.retention]}`);
  if (f.classification) parts.push(`密级：${CLASSIFICATIONS[f.classification]}`);
  if (f.boxId) parts.push(`档案盒：${getBox(db, f.boxId).boxNo}`);
  if (f.unboxed) parts.push('未装盒');
  if (f.onLoan !== undefined) parts.push(f.onLoan ? '借出中' : '在库');
  if (f.state === 'destroyed') parts.push('已销毁');
  if (f.state === 'all') parts.push('含已销毁');
  if (f.q) parts.push(`关键词：“${f.q}”`);
  return parts.length ? parts.join('；') : '全部在库档案';
}

export const conditionText = (l: Loan): string | null =>
  l.condition ? `${LOAN_CONDITIONS[l.condition]}${l.conditionNote ? `：${l.conditionNote}` : ''}` : null;

export const dateOnly = (s: string | null): string | null => (s ? s.slice(0, 10) : null);
