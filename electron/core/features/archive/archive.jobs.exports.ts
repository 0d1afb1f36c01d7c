// The archive's Excel exports (档案目录, 借阅登记) as jobs: separate from the printed forms (archive.jobs.prints.ts);
// archive.jobs.ts puts both into the feature's job handlers.
import type { FeatureHandlers } from '../../api/types';
import { defineJob } from '../../jobs/types';
import { tableXlsx, XLSX_MIME } from '../../export/tableXlsx';
import { toCompactStamp } from '../../../../shared/dates';
import { writingRowsPhase } from '../../../../shared/jobs/schemas';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import { LOAN_MODES, LOAN_PURPOSES, LOAN_STATUSES } from '../../../../shared/archive/loans';
import { getSettings } from '../settings/settings.queries';
import { catalogueItems } from './archive.catalogue';
import { listLoans } from './archive.loans';
import { audited, conditionText, describeCatalogue, file, viewOf, type Made } from './archive.jobs.common';

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

/** The Excel exports: each file is recorded in the audit once it exists. */
export const exportJobs: Pick<FeatureHandlers<'archive'>, 'exportCatalogue' | 'exportLoans'> = {
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
};
