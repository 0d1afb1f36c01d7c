import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import type { Db } from '../../db/open';
import { toLocalDate } from '../../../../shared/dates';
import type { JudicialVariant, MediationDocument } from '../../../../shared/mediation/codes';
import type { DossierEntry, MediationDetail } from '../../../../shared/mediation/schemas';
import { catalogueRanges, DOSSIER_ORDER, dossierPdf, type DossierItemKey } from '../../pdf/dossier.pdf';
import { pdfPageCount } from '../../pdf/pageCount';
import { getAttachmentData, listAttachments } from '../cases/cases.attachments';
import {
  getAgreementRecords,
  getFollowUpRecords,
  getMediationDetail,
  getSessionRecords,
  signedAgreementOf,
} from './mediation.queries';
import { mediationNotFound } from './mediation.service';
import {
  archiveCopy,
  currentOral,
  documentSources,
  renderDocument,
  type DocumentSources,
} from './mediation.documents';
import { assignNumber, prospectiveNumber, requireWorkableDraft } from './mediation.printing';

const titleOf = (key: DossierItemKey) => DOSSIER_ORDER.find((i) => i.key === key)!.title;

async function pagesOf(parts: readonly Promise<Buffer>[]): Promise<number> {
  let pages = 0;
  for (const bytes of await Promise.all(parts)) pages += await pdfPageCount(bytes);
  return pages;
}

/**
 * A scanned PDF's pages. The counter reads pdfkit's own output; a PDF from a
 * scanner may hide its pages in object streams, and is then counted as one
 * page rather than refusing to file the dossier.
 */
async function attachmentPages(db: Db, id: number): Promise<number> {
  const data = getAttachmentData(db, id)?.data;
  if (!data) return 0;
  try {
    return Math.max(1, await pdfPageCount(data));
  } catch {
    return 1;
  }
}

/**
 * The 卷内目录 from the documents actually in the dossier, in the order of
 * domain.md, each with its real page count (the generated PDFs are counted;
 * a photo attachment is one page, a PDF attachment its own pages).
 */
export async function dossierEntries(db: Db, s: DocumentSources): Promise<DossierEntry[]> {
  const { m } = s;
  const items: { key: DossierItemKey; title?: string; pages: number }[] = [];
  const add = (key: DossierItemKey, pages: number, title?: string) => {
    if (pages > 0) items.push({ key, pages, title });
  };
  add(
    'application',
    await pagesOf([renderDocument(db, s, m.intake_form)]),
    m.intake_form === 'application' ? '人民调解申请书' : '人民调解受理登记表',
  );
  if (m.rights_notice_signed_at) add('rightsNotice', await pagesOf([renderDocument(db, s, 'rightsNotice')]));
  let evidence = 0;
  for (const file of listAttachments(db, m.case_id))
    evidence += file.mime === 'application/pdf' ? await attachmentPages(db, file.id) : 1;
  add('evidence', evidence);
  const sessions = getSessionRecords(db, m.id);
  add('sessionRecord', await pagesOf(sessions.map((r) => renderDocument(db, s, 'session', r.id))));
  const inForce = signedAgreementOf(getAgreementRecords(db, m.id));
  if (inForce?.kind === 'written') {
    const copy = await archiveCopy(db, s);
    add('agreement', copy ? await pdfPageCount(copy) : 0);
  } else if (inForce?.kind === 'oral') {
    add('agreement', await pagesOf([renderDocument(db, s, 'oral')]), '人民调解口头协议登记表');
  } else if (m.terminated_at) {
    add('explanation', await pagesOf([renderDocument(db, s, 'termination')]), '终止人民调解告知书');
  }
  const visits = getFollowUpRecords(db, m.id).filter((f) => f.visited_at);
  add('followUp', await pagesOf(visits.map((f) => renderDocument(db, s, 'followUp', f.id))));
  if (m.judicial_court) add('judicial', await pagesOf([renderDocument(db, s, 'judicial')]));
  const ranges = catalogueRanges(items);
  return items.map((item, i) => ({
    key: item.key,
    title: item.title ?? titleOf(item.key),
    pages: item.pages,
    range: ranges[i]!,
  }));
}

/**
 * 人民调解口头协议登记表: like the written agreement, an oral one is numbered
 * at its first print, once the print has succeeded.
 */
async function printOralForm(ctx: CallContext, s: DocumentSources): Promise<Buffer> {
  const { a, number } = ctx.read((db) => {
    const a = currentOral(db, s.m.id);
    requireWorkableDraft(s.m, a);
    return { a, number: a.number ? undefined : prospectiveNumber(db, ctx.now()) };
  });
  const bytes = await ctx.read((db) => renderDocument(db, s, 'oral', undefined, undefined, number));
  if (number)
    ctx.write((db, audit) => {
      if (assignNumber(db, a, ctx.now()) !== number)
        throw new Error('agreement number changed during the print');
      audit({
        action: 'mediation.agreement-number',
        entity: 'agreement',
        entityId: number,
        summary: `口头协议编号 ${number}`,
      });
    });
  return bytes;
}

/**
 * Prints one document of the module. The dossier is not one of them here: its
 * catalogue counts the pages of every document it holds (mediation.printDossier, a job).
 */
export async function mediationDocumentPdf(
  ctx: CallContext,
  input: {
    mediationId: number;
    document: MediationDocument;
    itemId?: number | undefined;
    variant?: JudicialVariant | undefined;
  },
): Promise<Buffer> {
  if (input.document === 'dossier')
    throw new AppError(
      'VALIDATION',
      '卷宗封面及卷内目录要逐份排版卷内文书以统计页数，请使用「打印卷宗」（后台任务）。',
    );
  const s = ctx.read((db) => documentSources(db, input.mediationId, ctx.now()));
  if (input.document === 'oral') return printOralForm(ctx, s);
  return ctx.read((db) => renderDocument(db, s, input.document, input.itemId, input.variant));
}

/** The mediation as its dossier needs it; refuses at once what cannot be printed (no 卷号 yet). */
export function dossierDetail(db: Db, mediationId: number, now: Date): MediationDetail {
  const d = getMediationDetail(db, mediationId, toLocalDate(now));
  if (!d) throw mediationNotFound();
  if (!d.dossier.number && !d.terminatedAt)
    throw new AppError('CONFLICT', '卷宗的卷号取调解协议编号：请先打印调解协议书。');
  return d;
}

/**
 * 人民调解卷宗封面及卷内目录, from the filed catalogue once closed; before
 * closing, the catalogue is what the dossier would hold now, which renders
 * every document to count its pages (seconds: hence a job's work).
 */
export async function dossierDocument(
  db: Db,
  mediationId: number,
  now: Date,
  filedBy: string,
  progress: (done: number, total: number, phase: string) => void = () => {},
): Promise<{ bytes: Buffer; fileName: string }> {
  const d = dossierDetail(db, mediationId, now);
  const s = documentSources(db, mediationId, now);
  let entries = d.dossier.entries;
  if (!entries.length) {
    progress(0, 2, '正在排版卷内文书以统计页数…');
    entries = await dossierEntries(db, s);
  }
  progress(1, 2, '正在排版卷宗封面及卷内目录…');
  const first = d.sessions[0]?.startedAt ?? d.openedAt;
  const last = d.closedAt ?? d.terminatedAt ?? d.agreements[0]?.signedOn ?? toLocalDate(now);
  const bytes = await dossierPdf(
    {
      committeeName: s.committeeName,
      title: d.dossier.title,
      number: d.dossier.number ?? `${d.caseCode}（终止调解）`,
      mediators: d.mediators,
      mediatedFrom: new Date(first),
      mediatedTo: new Date(last.length === 10 ? `${last}T00:00:00` : last),
      filedBy: d.dossier.filedBy ?? filedBy,
      filedAt: d.dossier.filedAt ? new Date(d.dossier.filedAt) : now,
      retention: d.dossier.retention ?? 'D30',
      entries: entries.map((e) => ({ title: e.title, pages: e.pages })),
    },
    { dateStyle: s.dateStyle },
  );
  return { bytes, fileName: `人民调解卷宗-${d.caseCode}.pdf` };
}
