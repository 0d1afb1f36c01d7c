import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { FileOutput } from '../../../../shared/api/contract';
import { CASE_STATUSES } from '../../../../shared/cases/status';
import type { CaseDetail, ColumnPrefs } from '../../../../shared/cases/schemas';
import { workCalendar } from '../calendar/calendar.queries';
import { decodeAttachment, getAttachmentData, insertAttachment } from './cases.attachments';
import { saveCategories } from './cases.categories';
import { exportLedgerJob, printLedgerJob, printMajorRegisterJob } from './cases.jobs';
import { dashboard, listCases } from './cases.list';
import { addEvent, caseIdByCode } from './cases.queries';
import { getCaseDetail, hasOpenMediation } from './cases.detail';
import { getPref, listCategories, listStaff, putPref } from './cases.lookups';
import { caseNotFound, createCase, mustGetCase, updateCase } from './cases.service';
import { escalateCase, extendDeadline, transitionCase } from './cases.transitions';
import type { Db } from '../../db/open';

/**
 * 调解中 belongs to the mediation (domain.md: "调解中 when a mediation is
 * open"): the ledger neither moves a case into it by hand nor out of it while
 * the mediation is under way — the agreement or the termination does that.
 */
function guardMediationStatus(db: Db, caseId: number, to: string): void {
  if (to === 'mediating')
    throw new AppError('CONFLICT', '请在案件页「人民调解」中受理调解，案件随之转为调解中。');
  if (hasOpenMediation(db, caseId))
    throw new AppError('CONFLICT', '本案人民调解正在进行：请在调解中达成协议或终止调解，案件随之办结。');
}

const actorOf = (ctx: CallContext) => {
  const u = ctx.user();
  return { id: u.id, name: u.displayName };
};
const today = (ctx: CallContext) => toLocalDate(ctx.now());

function detail(ctx: CallContext, db: Db, id: number): CaseDetail {
  const found = getCaseDetail(db, id, workCalendar(db), today(ctx));
  if (!found) throw caseNotFound();
  return found;
}

const file = (fileName: string, mime: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
});

export const casesHandlers: FeatureHandlers<'cases'> = {
  create: (ctx, input) =>
    ctx.write((db, audit) => {
      const { id, code } = createCase(db, input, actorOf(ctx), ctx.now());
      const c = detail(ctx, db, id);
      audit({
        action: 'cases.create',
        entity: 'case',
        entityId: code,
        summary: `登记案件 ${code}（${c.category}；当事人 ${c.partyNames}）`,
      });
      return c;
    }),

  get: (ctx, { id }) => ctx.read((db) => detail(ctx, db, id)),

  getByCode: (ctx, { code }) =>
    ctx.read((db) => {
      const id = caseIdByCode(db, code);
      if (id === null) throw new AppError('NOT_FOUND', `找不到案件编号为 ${code} 的案件。`);
      return detail(ctx, db, id);
    }),

  list: (ctx, input) => ctx.read((db) => listCases(db, input, workCalendar(db), today(ctx))),

  update: (ctx, input) =>
    ctx.write((db, audit) => {
      const summary = updateCase(db, input, actorOf(ctx), ctx.now());
      const c = detail(ctx, db, input.id);
      audit({
        action: 'cases.update',
        entity: 'case',
        entityId: c.code,
        summary: `案件 ${c.code} ${summary}`,
      });
      return c;
    }),

  transition: (ctx, input) =>
    ctx.write((db, audit) => {
      guardMediationStatus(db, input.id, input.to);
      const { code, from, to } = transitionCase(db, input, actorOf(ctx), ctx.now());
      audit({
        action: 'cases.transition',
        entity: 'case',
        entityId: code,
        summary: `案件 ${code} 状态 ${CASE_STATUSES[from]} → ${CASE_STATUSES[to]}`,
      });
      return detail(ctx, db, input.id);
    }),

  escalate: (ctx, input) =>
    ctx.write((db, audit) => {
      const code = escalateCase(db, input, actorOf(ctx), ctx.now());
      audit({
        action: 'cases.escalate',
        entity: 'case',
        entityId: code,
        summary: `案件 ${code} 上报${input.to}`,
      });
      return detail(ctx, db, input.id);
    }),

  extendDeadline: (ctx, input) =>
    ctx.write((db, audit) => {
      const { code, from } = extendDeadline(db, input, actorOf(ctx), ctx.now());
      audit({
        action: 'cases.extend-deadline',
        entity: 'case',
        entityId: code,
        summary: `案件 ${code} 办理期限 ${from ?? '无'} → ${input.deadline}`,
      });
      return detail(ctx, db, input.id);
    }),

  addAttachment: (ctx, input) => {
    const { data, sha256 } = decodeAttachment(input.base64, input.mime);
    return ctx.write((db, audit) => {
      const c = mustGetCase(db, input.caseId);
      if (c.status === 'archived') throw new AppError('CONFLICT', '案件已归档，不能再添加附件。');
      const at = toLocalIso(ctx.now());
      const info = insertAttachment(db, {
        caseId: c.id,
        fileName: input.fileName,
        mime: input.mime,
        sha256,
        data,
        addedAt: at,
        addedBy: ctx.user().id,
      });
      addEvent(db, {
        caseId: c.id,
        at,
        actor: actorOf(ctx),
        kind: 'attachment',
        note: `添加附件：${input.fileName}`,
      });
      audit({
        action: 'cases.add-attachment',
        entity: 'case',
        entityId: c.code,
        summary: `案件 ${c.code} 添加附件 ${input.fileName}（${(data.length / 1024).toFixed(0)} KB）`,
      });
      return info;
    });
  },

  getAttachment: (ctx, { id }) =>
    ctx.read((db) => {
      const a = getAttachmentData(db, id);
      if (!a) throw new AppError('NOT_FOUND', '找不到该附件。');
      return file(a.file_name, a.mime, a.data);
    }),

  categories: (ctx) => ctx.read(listCategories),

  saveCategories: (ctx, { categories }) =>
    ctx.write((db, audit) => {
      const summary = saveCategories(db, categories);
      audit({ action: 'cases.save-categories', entity: 'case_category', summary });
      return listCategories(db);
    }),

  dashboard: (ctx) => ctx.read((db) => dashboard(db, ctx.user().id, workCalendar(db), today(ctx))),

  staff: (ctx) => ctx.read(listStaff),

  exportLedger: exportLedgerJob,
  printLedger: printLedgerJob,
  printMajorRegister: printMajorRegisterJob,

  columnPrefs: (ctx) =>
    ctx.read((db): ColumnPrefs => {
      const stored = getPref(db, ctx.user().id, 'ledger.columns') as Partial<ColumnPrefs> | undefined;
      return {
        hidden: Array.isArray(stored?.hidden) ? stored.hidden.filter((h) => typeof h === 'string') : [],
      };
    }),

  saveColumnPrefs: (ctx, input) =>
    ctx.write((db, audit) => {
      putPref(db, ctx.user().id, 'ledger.columns', { hidden: input.hidden });
      audit({
        action: 'cases.save-column-prefs',
        entity: 'user_prefs',
        entityId: ctx.user().id,
        summary: `保存台账列设置（隐藏 ${input.hidden.length} 列）`,
      });
      return { hidden: input.hidden };
    }),
};
