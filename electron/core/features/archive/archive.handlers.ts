import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import type { Db } from '../../db/open';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { ArchiveItemDetail } from '../../../../shared/archive/schemas';
import { decodeAttachment } from '../cases/cases.attachments';
import { minuteOf } from '../cases/cases.service';
import { stmt } from '../cases/cases.queries';
import { listArchiveCategories, saveArchiveCategories } from './archive.categories';
import { listItems } from './archive.catalogue';
import { getBox, listBoxes, saveBox } from './archive.boxes';
import {
  decideDisposal,
  disposalsAwaiting,
  expiredCount,
  expiredItems,
  listDisposals,
  proposeDisposal,
  getDisposal,
} from './archive.disposal';
import {
  fileItem,
  getItemRecord,
  itemDetail,
  itemIdByCode,
  itemNotFound,
  mustGetItem,
  updateItem,
} from './archive.items';
import { attachItemFile } from './archive.files';
import { archiveJobs, boxNoteFile, recallFile } from './archive.jobs';
import {
  applyLoan,
  approveLoan,
  cancelLoan,
  getLoan,
  lendLoan,
  listBorrowers,
  listLoans,
  loanDesk,
  loansOfItem,
  recordEffect,
  refuseLoan,
  renewLoan,
  returnLoan,
  type LoanView,
} from './archive.loans';
import { getArchiveSettings, loanPeriods, putArchiveSettings } from './archive.settings';
import { archiveStats } from './archive.stats';

const today = (ctx: CallContext) => toLocalDate(ctx.now());
const at = (ctx: CallContext) => minuteOf(ctx.now());
const actor = (ctx: CallContext) => {
  const u = ctx.user();
  return { id: u.id, name: u.displayName, role: u.role };
};

export const loanView = (ctx: CallContext, db: Db): LoanView => ({
  today: today(ctx),
  periods: loanPeriods(getArchiveSettings(db)),
});

function detail(ctx: CallContext, db: Db, id: number): ArchiveItemDetail {
  const r = getItemRecord(db, id);
  if (!r) throw itemNotFound();
  return itemDetail(db, r, loansOfItem(db, id, loanView(ctx, db)));
}

/** A loan step: one transaction, its audit record naming the item and the borrower. */
const loanStep =
  <I extends { id: number }>(action: string, run: (ctx: CallContext, db: Db, input: I) => string) =>
  (ctx: CallContext, input: I) =>
    ctx.write((db, audit) => {
      const summary = run(ctx, db, input);
      audit({ action: `archive.${action}`, entity: 'archive_loan', entityId: input.id, summary });
      return getLoan(db, input.id, loanView(ctx, db));
    });

export const archiveHandlers: FeatureHandlers<'archive'> = {
  settings: (ctx) => ctx.read(getArchiveSettings),

  saveSettings: (ctx, input) =>
    ctx.write((db, audit) => {
      const next = { ...input, fondsName: input.fondsName ?? '' };
      putArchiveSettings(db, next);
      audit({
        action: 'archive.settings',
        entity: 'settings',
        summary: `修改档案设置：全宗号 ${next.fonds}，档号格式 ${next.codePattern}，借出 ${next.loanDays} 天（重要 ${next.importantLoanDays} 天），续借 ${next.renewals} 次`,
      });
      return getArchiveSettings(db);
    }),

  categories: (ctx) => ctx.read(listArchiveCategories),

  saveCategories: (ctx, { categories }) =>
    ctx.write((db, audit) => {
      const summary = saveArchiveCategories(db, categories);
      audit({
        action: 'archive.save-categories',
        entity: 'archive_category',
        summary: `保存档案门类：${summary}`,
      });
      return listArchiveCategories(db);
    }),

  list: (ctx, input) => ctx.read((db) => listItems(db, input)),

  get: (ctx, { id }) => ctx.read((db) => detail(ctx, db, id)),

  getByCode: (ctx, { code }) =>
    ctx.read((db) => {
      const id = itemIdByCode(db, code);
      if (id === null) throw new AppError('NOT_FOUND', `找不到档号为 ${code} 的档案。`);
      return detail(ctx, db, id);
    }),

  forCase: (ctx, { caseId }) =>
    ctx.read((db) => {
      const row = stmt(db, 'SELECT id FROM archive_items WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(
        caseId,
      ) as { id: number } | undefined;
      return row ? detail(ctx, db, row.id) : null;
    }),

  create: (ctx, input) =>
    ctx.write((db, audit) => {
      const { id, code } = fileItem(db, getArchiveSettings(db), input, ctx.user().displayName, at(ctx));
      audit({
        action: 'archive.create',
        entity: 'archive_item',
        entityId: code,
        summary: `归档 ${code}「${input.title}」（${input.pages} 页）`,
      });
      return detail(ctx, db, id);
    }),

  update: (ctx, input) =>
    ctx.write((db, audit) => {
      const changed = updateItem(db, input);
      const code = mustGetItem(db, input.id).code;
      audit({
        action: 'archive.update',
        entity: 'archive_item',
        entityId: code,
        summary: `修改档案 ${code}${changed.length ? `：${changed.join('、')}` : '（无变化）'}`,
      });
      return detail(ctx, db, input.id);
    }),

  addFile: (ctx, input) => {
    const { data, sha256 } = decodeAttachment(input.base64, input.mime);
    return ctx.write((db, audit) => {
      const item = mustGetItem(db, input.itemId);
      if (item.destroyed_at) throw new AppError('CONFLICT', `档案 ${item.code} 已销毁，不能再添加电子文件。`);
      const info = attachItemFile(
        db,
        item.id,
        { ...input, data, sha256 },
        toLocalIso(ctx.now()),
        ctx.user().id,
      );
      audit({
        action: 'archive.add-file',
        entity: 'archive_item',
        entityId: item.code,
        summary: `档案 ${item.code} 添加电子文件「${input.fileName}」（SHA-256 ${sha256.slice(0, 12)}…）`,
      });
      return info;
    });
  },

  getFile: (ctx, { id }) =>
    ctx.read((db) => {
      const f = stmt(db, 'SELECT file_name, mime, data FROM archive_files WHERE id = ?').get(id) as
        { file_name: string; mime: string; data: Buffer } | undefined;
      if (!f) throw new AppError('NOT_FOUND', '找不到该电子文件。');
      return { fileName: f.file_name, mime: f.mime, base64: f.data.toString('base64') };
    }),

  boxes: (ctx) => ctx.read(listBoxes),

  saveBox: (ctx, input) =>
    ctx.write((db, audit) => {
      const { id, summary } = saveBox(db, input, ctx.user().displayName, at(ctx));
      audit({ action: 'archive.save-box', entity: 'archive_box', entityId: input.boxNo, summary });
      return getBox(db, id);
    }),

  loans: (ctx, input) => ctx.read((db) => listLoans(db, input, loanView(ctx, db))),

  borrowers: (ctx) => ctx.read(listBorrowers),

  apply: (ctx, input) =>
    ctx.write((db, audit) => {
      const { id, summary } = applyLoan(db, input, actor(ctx), at(ctx), loanPeriods(getArchiveSettings(db)));
      audit({ action: 'archive.apply', entity: 'archive_loan', entityId: id, summary });
      return getLoan(db, id, loanView(ctx, db));
    }),

  approve: loanStep('approve', (ctx, db, i: { id: number; days: number; conditions?: string | undefined }) =>
    approveLoan(db, i.id, i.days, i.conditions, actor(ctx), at(ctx)),
  ),
  refuse: loanStep('refuse', (ctx, db, i: { id: number; reason: string }) =>
    refuseLoan(db, i.id, i.reason, actor(ctx), at(ctx)),
  ),
  lend: loanStep('lend', (ctx, db, i: { id: number; pages: number }) =>
    lendLoan(db, i.id, i.pages, actor(ctx), today(ctx), at(ctx)),
  ),
  renew: loanStep('renew', (ctx, db, i: { id: number }) =>
    renewLoan(db, i.id, actor(ctx), loanPeriods(getArchiveSettings(db))),
  ),
  returnLoan: loanStep('return', (ctx, db, i: Parameters<typeof returnLoan>[1]) =>
    returnLoan(db, i, actor(ctx), at(ctx)),
  ),
  cancelLoan: loanStep('cancel', (_ctx, db, i: { id: number; reason: string }) =>
    cancelLoan(db, i.id, i.reason),
  ),
  recordEffect: loanStep('effect', (_ctx, db, i: { id: number; effect: string }) =>
    recordEffect(db, i.id, i.effect),
  ),

  dashboard: (ctx) =>
    ctx.read((db) => {
      const role = ctx.user().role;
      const manages = role === 'director' || role === 'archivist';
      return {
        ...loanDesk(db, loanView(ctx, db)),
        expiredCount: manages ? expiredCount(db, ctx.now().getFullYear()) : 0,
        disposalsAwaiting: role === 'director' ? disposalsAwaiting(db) : 0,
      };
    }),

  expired: (ctx) => ctx.read((db) => expiredItems(db, ctx.now().getFullYear())),

  disposals: (ctx) => ctx.read(listDisposals),

  proposeDisposal: (ctx, { itemIds, reason }) =>
    ctx.write((db, audit) => {
      const { id, number } = proposeDisposal(
        db,
        itemIds,
        reason,
        ctx.user().displayName,
        at(ctx),
        ctx.now().getFullYear(),
      );
      audit({
        action: 'archive.propose-disposal',
        entity: 'archive_disposal',
        entityId: number,
        summary: `提交销毁清册 ${number}（${new Set(itemIds).size} 件）：${reason}`,
      });
      return getDisposal(db, id);
    }),

  decideDisposal: (ctx, input) =>
    ctx.write((db, audit) => {
      const d = decideDisposal(db, input, ctx.user().displayName, at(ctx));
      audit({
        action: input.approve ? 'archive.dispose' : 'archive.refuse-disposal',
        entity: 'archive_disposal',
        entityId: d.number,
        summary: input.approve
          ? `批准销毁清册 ${d.number}，销毁 ${d.items.length} 件：${d.items.map((i) => i.code).join('、')}`
          : `不予批准销毁清册 ${d.number}：${input.note ?? ''}`,
      });
      return d;
    }),

  stats: (ctx, input) => ctx.read((db) => archiveStats(db, input, today(ctx))),

  printRecall: (ctx, { id }) => recallFile(ctx, id),
  printBoxNote: (ctx, { id }) => boxNoteFile(ctx, id),

  ...archiveJobs,
};
