import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import type { Db } from '../../db/open';
import { defineJob, type JobScope } from '../../jobs/types';
import { tableXlsx, XLSX_MIME } from '../../export/tableXlsx';
import { toCompactStamp, toLocalDate } from '../../../../shared/dates';
import type { FileOutput } from '../../../../shared/api/contract';
import { writingRowsPhase } from '../../../../shared/jobs/schemas';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import { LOAN_CONDITIONS, LOAN_MODES, LOAN_PURPOSES, LOAN_STATUSES } from '../../../../shared/archive/loans';
import type { Loan } from '../../../../shared/archive/schemas';
import { catalogueListPdf } from '../../pdf/catalogueList.pdf';
import { loanRegisterPdf } from '../../pdf/loanRegister.pdf';
import { itemLabelsPdf } from '../../pdf/itemLabels.pdf';
import { boxSpinePdf } from '../../pdf/boxSpine.pdf';
import { boxNotePdf } from '../../pdf/boxNote.pdf';
import { recallNoticePdf } from '../../pdf/recallNotice.pdf';
import { disposalListPdf } from '../../pdf/disposalList.pdf';
import { getSettings } from '../settings/settings.queries';
import { catalogueItems, type CatalogueFilter } from './archive.catalogue';
import { getBox, listBoxes } from './archive.boxes';
import { getDisposal } from './archive.disposal';
import { getLoan, listLoans, registerLoans, type LoanView } from './archive.loans';
import { getArchiveSettings, loanPeriods } from './archive.settings';
import { categoryName } from './archive.categories';
import { itemsByIds } from './archive.items';

/** pdfmake lays out every row in memory: a print is for a year's or a box's catalogue, not everything at once. */
export const CATALOGUE_PRINT_LIMIT = 3000;

const file = (fileName: string, mime: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
});
const pdf = (name: string, bytes: Buffer) => file(name, 'application/pdf', bytes);

/** What a job's thread hands back: the file, and what the audit record says of it. */
interface Made {
  file: FileOutput;
  summary: string;
}

const viewOf = (scope: JobScope): LoanView => ({
  today: toLocalDate(scope.now),
  periods: loanPeriods(getArchiveSettings(scope.db)),
});

/** A file leaving the archive is recorded once it exists. */
const audited = (action: string) => (ctx: CallContext, _input: unknown, made: Made) => {
  ctx.write((_db, audit) => audit({ action, entity: 'archive', summary: made.summary }));
  return made.file;
};

function describeCatalogue(db: Db, f: CatalogueFilter): string {
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

const CATALOGUE_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '档号', width: 24 },
  { header: '门类', width: 10 },
  { header: '年度', width: 7 },
  { header: '保管期限', width: 10 },
  { header: '文号', width: 20 },
  { header: '责任者', width: 16 },
  { header: '题名', width: 40 },
  { header: '日期', width: 11 },
  { header: '密级', width: 6 },
  { header: '页数', width: 6 },
  { header: '存放位置', width: 14 },
  { header: '状态', width: 10 },
  { header: '备注', width: 24 },
] as const;

const LOAN_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '申请时间', width: 17 },
  { header: '借阅人', width: 10 },
  { header: '单位/部门', width: 18 },
  { header: '联系电话', width: 14 },
  { header: '档号', width: 24 },
  { header: '题名', width: 32 },
  { header: '方式', width: 6 },
  { header: '利用目的', width: 14 },
  { header: '状态', width: 9 },
  { header: '批准人', width: 9 },
  { header: '审批意见', width: 20 },
  { header: '出借时间', width: 17 },
  { header: '出借页数', width: 8 },
  { header: '应还日期', width: 11 },
  { header: '归还时间', width: 17 },
  { header: '归还页数', width: 8 },
  { header: '归还时状态', width: 20 },
  { header: '经办人', width: 9 },
  { header: '利用效果', width: 20 },
] as const;

const conditionText = (l: Loan): string | null =>
  l.condition ? `${LOAN_CONDITIONS[l.condition]}${l.conditionNote ? `：${l.conditionNote}` : ''}` : null;

const dateOnly = (s: string | null): string | null => (s ? s.slice(0, 10) : null);

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
  exportCatalogue: defineJob<'archive', 'exportCatalogue'>()({
    label: () => '导出档案目录（Excel）',
    async run(scope, filter): Promise<Made> {
      scope.progress(0, 0, '正在读取档案目录…');
      const items = catalogueItems(scope.db, filter);
      const what = describeCatalogue(scope.db, filter);
      const settings = getSettings(scope.db);
      const bytes = await tableXlsx({
        title: '档案目录',
        sheetName: '档案目录',
        creator: settings.centreName,
        createdAt: scope.now,
        subtitle: `${settings.centreName}\u3000\u3000筛选：${what}\u3000\u3000共 ${items.length} 件`,
        columns: CATALOGUE_COLUMNS,
        lines: items.map((i, n) => ({
          序号: n + 1,
          档号: i.code,
          门类: i.categoryName,
          年度: i.year,
          保管期限: RETENTIONS[i.retention],
          文号: i.docNumber,
          责任者: i.responsible,
          题名: i.title,
          日期: i.date,
          密级: CLASSIFICATIONS[i.classification],
          页数: i.pages,
          存放位置: i.location,
          状态: i.destroyed ? '已销毁' : i.onLoanId !== null ? '借出中' : '在库',
          备注: i.note,
        })),
        onRows: (done) => scope.progress(done, items.length, writingRowsPhase(done, items.length)),
      });
      return {
        file: file(`档案目录-${toCompactStamp(scope.now)}.xlsx`, XLSX_MIME, bytes),
        summary: `导出档案目录（Excel，${items.length} 件；筛选：${what}）`,
      };
    },
    finish: audited('archive.export'),
  }),

  exportLoans: defineJob<'archive', 'exportLoans'>()({
    label: () => '导出借阅登记（Excel）',
    async run(scope, { from, to }): Promise<Made> {
      scope.progress(0, 0, '正在读取借阅记录…');
      const loans = listLoans(
        scope.db,
        { page: 0, pageSize: 10_000_000, from, to },
        viewOf(scope),
      ).rows.reverse();
      const settings = getSettings(scope.db);
      const bytes = await tableXlsx({
        title: '档案借阅登记',
        sheetName: '借阅登记',
        creator: settings.centreName,
        createdAt: scope.now,
        subtitle: `${settings.centreName}\u3000\u3000申请日期：${from} 至 ${to}\u3000\u3000共 ${loans.length} 条`,
        columns: LOAN_COLUMNS,
        lines: loans.map((l, n) => ({
          序号: n + 1,
          申请时间: l.requestedAt.replace('T', ' '),
          借阅人: l.borrowerName,
          '单位/部门': l.borrowerUnit,
          联系电话: l.borrowerPhone,
          档号: l.itemCode,
          题名: l.itemTitle,
          方式: LOAN_MODES[l.mode],
          利用目的: `${LOAN_PURPOSES[l.purpose]}${l.purposeNote ? `：${l.purposeNote}` : ''}`,
          状态: LOAN_STATUSES[l.status],
          批准人: l.decidedBy,
          审批意见: l.decisionNote,
          出借时间: l.lentAt?.replace('T', ' ') ?? null,
          出借页数: l.pagesOut,
          应还日期: l.dueOn,
          归还时间: l.returnedAt?.replace('T', ' ') ?? null,
          归还页数: l.pagesBack,
          归还时状态: conditionText(l),
          经办人: l.lentBy,
          利用效果: l.effect,
        })),
        onRows: (done) => scope.progress(done, loans.length, writingRowsPhase(done, loans.length)),
      });
      return {
        file: file(`档案借阅登记-${from}至${to}.xlsx`, XLSX_MIME, bytes),
        summary: `导出档案借阅登记（Excel，${from} 至 ${to}，${loans.length} 条）`,
      };
    },
    finish: audited('archive.export'),
  }),

  printCatalogue: defineJob<'archive', 'printCatalogue'>()({
    label: () => '打印归档文件目录',
    async run(scope, filter): Promise<Made> {
      scope.progress(0, 2, '正在读取档案目录…');
      const items = catalogueItems(scope.db, filter, CATALOGUE_PRINT_LIMIT + 1);
      if (items.length > CATALOGUE_PRINT_LIMIT)
        throw new AppError(
          'VALIDATION',
          `筛选结果超过 ${CATALOGUE_PRINT_LIMIT} 件。请按年度、门类或档案盒分别打印，或导出为 Excel。`,
        );
      const archive = getArchiveSettings(scope.db);
      scope.progress(1, 2, '正在排版…');
      const bytes = await catalogueListPdf({
        centreName: getSettings(scope.db).centreName,
        fondsName: archive.fondsName,
        year: filter.year ?? null,
        retentionLabel: filter.retention ? RETENTIONS[filter.retention] : null,
        categoryName: filter.categoryCode ? categoryName(scope.db, filter.categoryCode) : null,
        rows: items.map((i) => ({
          code: i.code,
          docNumber: i.docNumber,
          responsible: i.responsible,
          title: i.title,
          date: i.date,
          classification: CLASSIFICATIONS[i.classification],
          pages: i.pages,
          note: i.note,
        })),
      });
      return {
        file: pdf(`归档文件目录-${toCompactStamp(scope.now)}.pdf`, bytes),
        summary: `打印归档文件目录（${items.length} 件；筛选：${describeCatalogue(scope.db, filter)}）`,
      };
    },
    finish: audited('archive.print'),
  }),

  printRegister: defineJob<'archive', 'printRegister'>()({
    label: () => '打印借阅登记簿',
    async run(scope, { from, to }): Promise<Made> {
      scope.progress(0, 2, '正在读取借阅记录…');
      const loans = registerLoans(scope.db, from, to, viewOf(scope));
      scope.progress(1, 2, '正在排版…');
      const bytes = await loanRegisterPdf({
        centreName: getSettings(scope.db).centreName,
        from,
        to,
        rows: loans.map((l) => ({
          lentOn: dateOnly(l.lentAt),
          borrower: l.borrowerName,
          unit: l.borrowerUnit,
          phone: l.borrowerPhone,
          itemCode: l.itemCode,
          itemTitle: l.itemTitle,
          pages: l.pagesOut,
          mode: LOAN_MODES[l.mode],
          purpose: LOAN_PURPOSES[l.purpose],
          approver: l.decidedBy,
          dueOn: l.dueOn,
          returnedOn: dateOnly(l.returnedAt),
          condition: conditionText(l),
          handler: l.lentBy,
          note: l.decisionNote,
        })),
      });
      return {
        file: pdf(`借阅登记簿-${from}至${to}.pdf`, bytes),
        summary: `打印借阅登记簿（${from} 至 ${to}，${loans.length} 条）`,
      };
    },
    finish: audited('archive.print'),
  }),

  printLabels: defineJob<'archive', 'printLabels'>()({
    label: (input) => `打印档案标签（${input.ids.length} 张）`,
    async run(scope, { ids }): Promise<Made> {
      scope.progress(0, 1, '正在排版标签…');
      const items = itemsByIds(scope.db, ids);
      if (items.length === 0) throw new AppError('NOT_FOUND', '找不到所选档案。');
      const bytes = await itemLabelsPdf({
        centreName: getSettings(scope.db).centreName,
        labels: items.map((i) => ({
          code: i.code,
          scanCode: i.scanCode,
          title: i.title,
          year: i.year,
          retentionLabel: RETENTIONS[i.retention],
          location: i.location,
        })),
      });
      return {
        file: pdf(`档案标签-${toCompactStamp(scope.now)}.pdf`, bytes),
        summary: `打印档案标签 ${items.length} 张`,
      };
    },
    finish: audited('archive.print'),
  }),

  printSpines: defineJob<'archive', 'printSpines'>()({
    label: (input) => `打印盒脊（${input.ids.length} 盒）`,
    async run(scope, { ids }): Promise<Made> {
      scope.progress(0, 1, '正在排版盒脊…');
      const settings = getArchiveSettings(scope.db);
      const boxes = listBoxes(scope.db).filter((b) => ids.includes(b.id));
      if (boxes.length === 0) throw new AppError('NOT_FOUND', '找不到所选档案盒。');
      const spines = boxes.map((b) => {
        // The spine names what the box holds: the common 年度, 期限 and 门类 of its items, when they share one.
        const items = catalogueItems(scope.db, { boxId: b.id });
        const one = <T>(values: T[]): T | null =>
          values.length && values.every((v) => v === values[0]) ? values[0]! : null;
        const retention = one(items.map((i) => i.retention));
        return {
          boxNo: b.boxNo,
          fonds: settings.fonds,
          year: one(items.map((i) => i.year)),
          retentionLabel: retention ? RETENTIONS[retention] : null,
          categoryName: one(items.map((i) => i.categoryName)),
          firstCode: b.firstCode,
          lastCode: b.lastCode,
          count: b.itemCount,
          location: b.location,
        };
      });
      const bytes = await boxSpinePdf({ centreName: getSettings(scope.db).centreName, boxes: spines });
      return {
        file: pdf(`盒脊-${toCompactStamp(scope.now)}.pdf`, bytes),
        summary: `打印盒脊：${boxes.map((b) => b.boxNo).join('、')}`,
      };
    },
    finish: audited('archive.print'),
  }),

  printDisposal: defineJob<'archive', 'printDisposal'>()({
    label: () => '打印档案销毁清册',
    async run(scope, { id }): Promise<Made> {
      scope.progress(0, 1, '正在排版销毁清册…');
      const d = getDisposal(scope.db, id);
      const bytes = await disposalListPdf({
        centreName: getSettings(scope.db).centreName,
        number: d.number,
        reason: d.reason,
        proposedBy: d.proposedBy,
        proposedOn: d.proposedAt.slice(0, 10),
        approvedBy: d.status === 'approved' ? d.decidedBy : null,
        approvedOn: d.status === 'approved' ? dateOnly(d.decidedAt) : null,
        rows: d.items.map((i) => ({
          code: i.code,
          title: i.title,
          year: i.year,
          retentionLabel: RETENTIONS[i.retention],
          pages: i.pages,
          note: i.note,
        })),
      });
      return {
        file: pdf(`档案销毁清册-${d.number}.pdf`, bytes),
        summary: `打印档案销毁清册 ${d.number}（${d.items.length} 件）`,
      };
    },
    finish: audited('archive.print'),
  }),
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
