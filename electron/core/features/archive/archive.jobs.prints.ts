// The archive's printed forms as jobs (归档文件目录, 借阅登记簿, 档案标签, 盒脊, 销毁清册): separate from the Excel
// exports (archive.jobs.exports.ts); archive.jobs.ts puts both into the feature's job handlers.
import { AppError } from '../../errors';
import type { FeatureHandlers } from '../../api/types';
import { defineJob } from '../../jobs/types';
import { toCompactStamp } from '../../../../shared/dates';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import { LOAN_MODES, LOAN_PURPOSES } from '../../../../shared/archive/loans';
import { catalogueListPdf } from '../../pdf/catalogueList.pdf';
import { loanRegisterPdf } from '../../pdf/loanRegister.pdf';
import { itemLabelsPdf } from '../../pdf/itemLabels.pdf';
import { boxSpinePdf } from '../../pdf/boxSpine.pdf';
import { disposalListPdf } from '../../pdf/disposalList.pdf';
import { getSettings } from '../settings/settings.queries';
import { catalogueItems } from './archive.catalogue';
import { listBoxes } from './archive.boxes';
import { getDisposal } from './archive.disposal';
import { registerLoans } from './archive.loans';
import { getArchiveSettings } from './archive.settings';
import { categoryName } from './archive.categories';
import { itemsByIds } from './archive.items';
import {
  audited,
  conditionText,
  dateOnly,
  describeCatalogue,
  pdf,
  viewOf,
  type Made,
} from './archive.jobs.common';

/** pdfmake lays out every row in memory: a print is for a year's or a box's catalogue, not everything at once. */
export const CATALOGUE_PRINT_LIMIT = 3000;

/** The printed forms: each file is recorded in the audit once it exists. */
export const printJobs: Pick<
  FeatureHandlers<'archive'>,
  'printCatalogue' | 'printRegister' | 'printLabels' | 'printSpines' | 'printDisposal'
> = {
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
