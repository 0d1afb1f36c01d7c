import type { CallContext } from '../../api/context';
import { defineJob } from '../../jobs/types';
import { stmt } from '../cases/cases.queries';
import { minuteOf } from '../cases/cases.service';
import { dossierDetail, dossierDocument, dossierEntries } from './mediation.dossier';
import { documentSources } from './mediation.documents';
import { setMediationColumns } from './mediation.queries';
import { caseEvent, moveCase, mustGetMediation, requireStatus } from './mediation.service';
import type { MediationDetail } from '../../../../shared/mediation/schemas';
import { toLocalDate } from '../../../../shared/dates';
import { fileMediationDossier } from '../archive/archive.filing';

const CLOSABLE = ['agreed', 'terminated'] as const;

/**
 * 结案归卷 (人民调解法第27条): an agreed or terminated mediation is closed and
 * its dossier completed — 卷内目录 with page numbers, 保管期限, 立卷人 — ready
 * for the archive catalogue; the case moves to 归档. Counting the pages renders
 * every document of the dossier (seconds), so that part is a job; the filing
 * itself is one short transaction that checks the state again.
 */
export const closeMediationJob = (detail: (ctx: CallContext, id: number) => MediationDetail) =>
  defineJob<'mediation', 'close'>()({
    label: () => '结案归卷（统计卷内页数）',
    prepare: (ctx, input) =>
      ctx.read((db) =>
        requireStatus(mustGetMediation(db, input.id), [...CLOSABLE], '结案归卷（须先达成协议或终止调解）'),
      ),
    async run(scope, input) {
      scope.progress(0, 1, '正在统计卷内文件页数…');
      const s = documentSources(scope.db, input.id, scope.now);
      return { entries: await dossierEntries(scope.db, s), caseCode: s.caseCode };
    },
    finish(ctx, input, { entries, caseCode }) {
      const before = detail(ctx, input.id);
      const title = input.title ?? before.dossier.title;
      const actor = { id: ctx.user().id, name: ctx.user().displayName };
      ctx.write((db, audit) => {
        const m = mustGetMediation(db, input.id);
        requireStatus(m, [...CLOSABLE], '结案归卷');
        setMediationColumns(db, m.id, {
          status: 'closed',
          closed_at: minuteOf(ctx.now()),
          retention: input.retention,
          dossier_title: title,
          filed_at: minuteOf(ctx.now()),
          filed_by: actor.name,
          dossier_entries: JSON.stringify(entries),
          prevented_criminal: input.preventedCriminal ? 1 : 0,
          prevented_petition: input.preventedPetition ? 1 : 0,
        });
        const { status } = stmt(db, 'SELECT status FROM cases WHERE id = ?').get(m.case_id) as {
          status: string;
        };
        if (status === 'closed' || status === 'followed_up')
          moveCase(db, m.case_id, 'archived', actor, ctx.now());
        const pages = entries.reduce((n, e) => n + e.pages, 0);
        const archiveCode = fileMediationDossier(
          db,
          {
            mediationId: m.id,
            caseId: m.case_id,
            title,
            number: before.dossier.number ?? `${caseCode}（终止调解）`,
            retention: input.retention,
            closedOn: toLocalDate(ctx.now()),
            entries,
          },
          actor.name,
          minuteOf(ctx.now()),
        );
        caseEvent(
          db,
          m.case_id,
          actor,
          ctx.now(),
          `结案归卷：${title}（${entries.length} 件，共 ${pages} 页），档号 ${archiveCode}`,
        );
        audit({
          action: 'mediation.close',
          entity: 'case',
          entityId: caseCode,
          summary: `案件 ${caseCode} 调解结案归卷（${entries.length} 件，共 ${pages} 页），档号 ${archiveCode}`,
        });
      });
      return detail(ctx, input.id);
    },
  });

/**
 * 打印卷宗封面及卷内目录 as a job: before closing, its catalogue renders every
 * document of the dossier to count pages (seconds), so the work runs in the
 * job's thread; the PDF crosses back as bytes (a long string would cost the
 * core's thread a slow structured clone) and becomes the file there.
 */
export const printDossierJob = defineJob<'mediation', 'printDossier'>()({
  label: () => '打印卷宗封面及卷内目录',
  prepare: (ctx, input) => void ctx.read((db) => dossierDetail(db, input.id, ctx.now())),
  async run(scope, input) {
    const { bytes, fileName } = await dossierDocument(
      scope.db,
      input.id,
      scope.now,
      scope.user.displayName,
      scope.progress,
    );
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), fileName };
  },
  finish: (_ctx, _input, { bytes, fileName }) => ({
    fileName,
    mime: 'application/pdf',
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64'),
  }),
});
