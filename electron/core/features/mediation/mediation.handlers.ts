import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import type { Db } from '../../db/open';
import type { FileOutput } from '../../../../shared/api/contract';
import { toLocalDate } from '../../../../shared/dates';
import { MEDIATION_DOCUMENTS } from '../../../../shared/mediation/codes';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { agreementPdf, assertAgreementPrintable } from '../../pdf/agreement.pdf';
import { caseNotFound, createCase, mustGetCase } from '../cases/cases.service';
import { getCaseDetail } from '../cases/cases.detail';
import { workCalendar } from '../calendar/calendar.queries';
import { correctAgreement, mustGetAgreement, saveAgreement, signAgreement } from './mediation.agreements';
import { planAgreementPrint, recordPrint } from './mediation.printing';
import { mediationDocumentPdf } from './mediation.dossier';
import { closeMediationJob, printDossierJob } from './mediation.jobs';
import { mediationDashboard } from './mediation.dashboard';
import { getMediationDetail, mediationIdsOfCase } from './mediation.queries';
import {
  markRightsNoticeSigned,
  mediationNotFound,
  mustGetMediation,
  openMediation,
  recordFollowUp,
  recordRefusal,
  saveJudicial,
  saveSession,
  scheduleFollowUp,
  terminateMediation,
} from './mediation.service';
import { mediationStats } from './mediation.stats';

const actorOf = (ctx: CallContext) => {
  const u = ctx.user();
  return { id: u.id, name: u.displayName };
};
const today = (ctx: CallContext) => toLocalDate(ctx.now());

function detail(ctx: CallContext, db: Db, id: number): MediationDetail {
  const found = getMediationDetail(db, id, today(ctx));
  if (!found) throw mediationNotFound();
  return found;
}

const pdfFile = (fileName: string, bytes: Buffer): FileOutput => ({
  fileName,
  mime: 'application/pdf',
  base64: bytes.toString('base64'),
});

/** Writes `fn`'s change with one audit line naming the case, and answers with the mediation file. */
function change(
  ctx: CallContext,
  action: string,
  fn: (db: Db) => { mediationId: number; summary: string },
): MediationDetail {
  return ctx.write((db, audit) => {
    const { mediationId, summary } = fn(db);
    const d = detail(ctx, db, mediationId);
    audit({
      action: `mediation.${action}`,
      entity: 'case',
      entityId: d.caseCode,
      summary: `案件 ${d.caseCode} ${summary}`,
    });
    return d;
  });
}

/** Plans a print or preview of an agreement from the archive (mediation.printing.ts). */
function agreementPlan(
  ctx: CallContext,
  agreementId: number,
  copy: number | undefined,
  mode: 'print' | 'preview',
) {
  return ctx.read((db) => {
    const a = mustGetAgreement(db, agreementId);
    return planAgreementPrint(db, mustGetMediation(db, a.mediation_id), a, copy, ctx.now(), mode);
  });
}

export const mediationHandlers: FeatureHandlers<'mediation'> = {
  forCase: (ctx, { caseId }) =>
    ctx.read((db) => {
      mustGetCase(db, caseId);
      return mediationIdsOfCase(db, caseId).map((id) => detail(ctx, db, id));
    }),

  get: (ctx, { id }) => ctx.read((db) => detail(ctx, db, id)),

  open: (ctx, input) =>
    change(ctx, 'open', (db) => ({
      mediationId: openMediation(db, input, actorOf(ctx), ctx.now()),
      summary: `受理人民调解（调解员 ${input.mediators.join('、')}）`,
    })),

  openFromApplication: (ctx, input) =>
    change(ctx, 'open', (db) => {
      const { id } = createCase(db, input.case, actorOf(ctx), ctx.now(), 'case.');
      return {
        mediationId: openMediation(
          db,
          { caseId: id, ...input.mediation },
          actorOf(ctx),
          ctx.now(),
          'mediation.',
        ),
        summary: `依申请登记并受理人民调解（调解员 ${input.mediation.mediators.join('、')}）`,
      };
    }),

  recordRefusal: (ctx, input) =>
    ctx.write((db, audit) => {
      const code = recordRefusal(db, input, actorOf(ctx), ctx.now());
      audit({
        action: 'mediation.refusal',
        entity: 'case',
        entityId: code,
        summary: `案件 ${code} 当事人${input.partyName}拒绝调解，不予调解`,
      });
      const c = getCaseDetail(db, input.caseId, workCalendar(db), today(ctx));
      if (!c) throw caseNotFound();
      return c;
    }),

  markRightsNoticeSigned: (ctx, { id }) =>
    change(ctx, 'rights-notice', (db) => {
      markRightsNoticeSigned(db, id, actorOf(ctx), ctx.now());
      return { mediationId: id, summary: '当事人签收权利义务告知书' };
    }),

  saveSession: (ctx, input) =>
    change(ctx, 'session', (db) => {
      saveSession(db, input, actorOf(ctx), ctx.now());
      return { mediationId: input.mediationId, summary: input.sessionId ? '修改调解记录' : '记录一次调解' };
    }),

  saveAgreement: (ctx, input) =>
    change(ctx, 'agreement', (db) => {
      const id = saveAgreement(db, input, actorOf(ctx), ctx.now());
      return { mediationId: input.mediationId, summary: `保存调解协议草稿（协议 #${id}）` };
    }),

  previewAgreement: async (ctx, { agreementId, copy }) => {
    const plan = agreementPlan(ctx, agreementId, copy, 'preview');
    const bytes = plan.stored ?? (await agreementPdf(plan.doc, { dateStyle: plan.dateStyle, copy })).bytes;
    return pdfFile(`调解协议书预览-${plan.a.number ?? '未编号'}.pdf`, bytes);
  },

  printAgreement: async (ctx, { agreementId, copy }) => {
    const plan = agreementPlan(ctx, agreementId, copy, 'print');
    // Checked and rendered with the real number before anything is written: a refused or failed
    // print assigns no number and logs nothing.
    assertAgreementPrintable(plan.doc);
    const bytes = plan.stored ?? (await agreementPdf(plan.doc, { dateStyle: plan.dateStyle, copy })).bytes;
    const number = ctx.write((db, audit) => {
      const n = recordPrint(db, plan, bytes, actorOf(ctx), ctx.now());
      if (plan.assigns)
        audit({
          action: 'mediation.agreement-number',
          entity: 'agreement',
          entityId: n,
          summary: `调解协议编号 ${n}`,
        });
      audit({
        action: 'mediation.agreement-print',
        entity: 'agreement',
        entityId: n,
        summary: `打印调解协议书 ${n}：${plan.copies}`,
      });
      return n;
    });
    return pdfFile(`调解协议书-${number}${copy ? `-第${copy}份` : ''}.pdf`, bytes);
  },

  signAgreement: (ctx, { agreementId, signedOn }) =>
    change(ctx, 'agreement-sign', (db) => {
      const a = signAgreement(db, agreementId, signedOn, actorOf(ctx), ctx.now());
      return { mediationId: a.mediation_id, summary: `调解协议 ${a.number ?? ''} 签署生效（${signedOn}）` };
    }),

  correctAgreement: (ctx, { agreementId, reason }) =>
    change(ctx, 'agreement-correct', (db) => {
      const a = mustGetAgreement(db, agreementId);
      correctAgreement(db, agreementId, reason, actorOf(ctx), ctx.now());
      return { mediationId: a.mediation_id, summary: `更正调解协议 ${a.number ?? ''}：${reason}` };
    }),

  terminate: (ctx, { id, reason }) =>
    change(ctx, 'terminate', (db) => {
      terminateMediation(db, id, reason, actorOf(ctx), ctx.now());
      return { mediationId: id, summary: `终止调解：${reason}` };
    }),

  scheduleFollowUp: (ctx, input) =>
    change(ctx, 'follow-up', (db) => {
      scheduleFollowUp(db, input, actorOf(ctx), ctx.now());
      return { mediationId: input.mediationId, summary: `安排回访 ${input.dueOn}` };
    }),

  recordFollowUp: (ctx, input) =>
    change(ctx, 'follow-up', (db) => {
      recordFollowUp(db, input, actorOf(ctx), ctx.now());
      return { mediationId: input.mediationId, summary: `记录回访（${input.visitedAt.replace('T', ' ')}）` };
    }),

  saveJudicial: (ctx, input) =>
    change(ctx, 'judicial', (db) => {
      const signedOn =
        detail(ctx, db, input.id).agreements.find((a) => a.status === 'signed')?.signedOn ?? null;
      saveJudicial(db, input, signedOn, actorOf(ctx), ctx.now());
      return { mediationId: input.id, summary: `司法确认：${input.court}` };
    }),

  close: closeMediationJob((ctx, id) => ctx.read((db) => detail(ctx, db, id))),

  printDocument: async (ctx, input) => {
    const bytes = await mediationDocumentPdf(ctx, input);
    const code = ctx.read((db) => detail(ctx, db, input.mediationId).caseCode);
    return pdfFile(`${MEDIATION_DOCUMENTS[input.document]}-${code}.pdf`, bytes);
  },

  printDossier: printDossierJob,

  dashboard: (ctx) => ctx.read((db) => mediationDashboard(db, today(ctx))),

  stats: (ctx, input) => ctx.read((db) => mediationStats(db, input)),
};
