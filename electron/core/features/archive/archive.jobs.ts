import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import { toLocalDate } from '../../../../shared/dates';
import type { FileOutput } from '../../../../shared/api/contract';
import { boxNotePdf } from '../../pdf/boxNote.pdf';
import { recallNoticePdf } from '../../pdf/recallNotice.pdf';
import { getSettings } from '../settings/settings.queries';
import { getBox } from './archive.boxes';
import { getLoan } from './archive.loans';
import { getArchiveSettings, loanPeriods } from './archive.settings';
import { pdf } from './archive.jobs.common';
import { exportJobs } from './archive.jobs.exports';
import { printJobs } from './archive.jobs.prints';

// The Excel exports and the printed forms are each in their own file; the limit stays importable from here.
export { CATALOGUE_PRINT_LIMIT } from './archive.jobs.prints';

export const archiveJobs: Pick<
  FeatureHandlers<'archive'>,
  | 'exportCatalogue'
  | 'exportLoans'
  | 'printCatalogue'
  | 'printRegister'
  | 'printLabels'
  | 'printSpines'
  | 'printDisposal'
> = {
  ...exportJobs,
  ...printJobs,
};

/** 催还通知单: one page, for a loan out (overdue or about to be). */
export async function recallFile(ctx: CallContext, id: number): Promise<FileOutput> {
  const { loan, centreName } = ctx.read((db) => ({
    loan: getLoan(db, id, { today: toLocalDate(ctx.now()), periods: loanPeriods(getArchiveSettings(db)) }),
    centreName: getSettings(db).centreName,
  }));
  if (loan.status !== 'out' || !loan.dueOn || !loan.lentAt)
    throw new AppError('CONFLICT', '只有借出中的档案才能开具催还通知单。');
  const bytes = await recallNoticePdf({
    centreName,
    borrowerName: loan.borrowerName,
    borrowerUnit: loan.borrowerUnit,
    itemCode: loan.itemCode,
    itemTitle: loan.itemTitle,
    lentOn: loan.lentAt.slice(0, 10),
    dueOn: loan.dueOn,
    overdueDays: loan.overdueDays,
    issuedOn: toLocalDate(ctx.now()),
    handler: ctx.user().displayName,
    phone: loan.borrowerPhone,
  });
  ctx.write((_db, audit) =>
    audit({
      action: 'archive.recall',
      entity: 'archive_loan',
      entityId: id,
      summary: `开具催还通知单：${loan.itemCode}（${loan.borrowerName}，应还 ${loan.dueOn}${loan.overdueDays ? `，已逾期 ${loan.overdueDays} 天` : ''}）`,
    }),
  );
  return pdf(`催还通知单-${loan.itemCode}.pdf`, bytes);
}

/** 备考表 of a box: one page. */
export async function boxNoteFile(ctx: CallContext, id: number): Promise<FileOutput> {
  const { box, centreName } = ctx.read((db) => ({
    box: getBox(db, id),
    centreName: getSettings(db).centreName,
  }));
  const bytes = await boxNotePdf({
    centreName,
    boxNo: box.boxNo,
    location: box.location,
    count: box.itemCount,
    pages: box.pageCount,
    note: box.note,
    filedBy: box.filedBy,
    checkedBy: box.checkedBy,
    checkedOn: box.checkedOn,
  });
  return pdf(`备考表-${box.boxNo}.pdf`, bytes);
}
