import { partiesPhrase } from '../../../../shared/wording';
import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import {
  MEDIATION_STEPS,
  PERFORMANCE_STATES,
  type JudicialVariant,
} from '../../../../shared/mediation/codes';
import { SATISFACTION } from '../../../../shared/cases/codes';
import { agreementPdf } from '../../pdf/agreement.pdf';
import { followUpPdf } from '../../pdf/followUp.pdf';
import { intakeRegisterPdf } from '../../pdf/intakeRegister.pdf';
import { judicialConfirmationPdf } from '../../pdf/judicialConfirmation.pdf';
import { mediationApplicationPdf } from '../../pdf/mediationApplication.pdf';
import { oralAgreementPdf } from '../../pdf/oralAgreement.pdf';
import { rightsNoticePdf } from '../../pdf/rightsNotice.pdf';
import { sessionRecordPdf } from '../../pdf/sessionRecord.pdf';
import { terminationNoticePdf } from '../../pdf/terminationNotice.pdf';
import { getSettings } from '../settings/settings.queries';
import { getPartyRecords, type PartyRecord } from '../cases/cases.queries';
import { mustGetCase } from '../cases/cases.service';
import { printedDocument, PROVISIONAL_NUMBER, toAgreementParty } from './mediation.printing';
import {
  getAgreementRecords,
  getFollowUpRecords,
  getSessionRecords,
  signedAgreementOf,
  type AgreementRecord,
  type MediationRecord,
} from './mediation.queries';
import { mustGetMediation } from './mediation.service';

/** Everything a mediation document is built from, read in one go. */
export interface DocumentSources {
  committeeName: string;
  dateStyle: 'words' | 'digits';
  m: MediationRecord;
  caseCode: string;
  category: string;
  summary: string;
  demands: string | null;
  parties: PartyRecord[];
  /** The call's clock, for documents dated "today". */
  now: Date;
}

export function documentSources(db: Db, mediationId: number, now: Date): DocumentSources {
  const m = mustGetMediation(db, mediationId);
  const c = mustGetCase(db, m.case_id);
  const { label } = db.prepare('SELECT label FROM case_categories WHERE id = ?').get(c.category_id) as {
    label: string;
  };
  const settings = getSettings(db);
  return {
    committeeName: settings.committeeName,
    dateStyle: settings.documentDateStyle,
    m,
    caseCode: c.code,
    category: label,
    summary: c.summary,
    demands: c.demands,
    parties: getPartyRecords(db, m.case_id),
    now,
  };
}

const at = (stored: string) => new Date(stored.length === 10 ? `${stored}T00:00:00` : stored);
const names = (s: DocumentSources) => s.parties.map((p) => p.name);
const need = (ok: unknown, message: string) => {
  if (!ok) throw new AppError('CONFLICT', message);
};

/** 个人与单位 when any party is an organisation, else 个人与个人. */
export const judicialVariantOf = (parties: readonly PartyRecord[]): JudicialVariant =>
  parties.some((p) => p.kind === 'organisation') ? 'person-organisation' : 'person-person';

/**
 * Renders one of the module's documents from the archive (domain.md, Module 2
 * "Documents the module prints"). `itemId` names the sitting or the visit.
 */
export async function renderDocument(
  db: Db,
  s: DocumentSources,
  document: string,
  itemId?: number,
  variant?: JudicialVariant,
  /** For `oral`: the number its first print assigns. */
  oralNumber?: string,
): Promise<Buffer> {
  const { m } = s;
  const options = { dateStyle: s.dateStyle };
  const opened = at(m.opened_at);
  const mediators = JSON.parse(m.mediators) as string[];
  const parties = s.parties.map((p) => toAgreementParty(p, opened));
  const versions = getAgreementRecords(db, m.id);
  const inForce = signedAgreementOf(versions);
  switch (document) {
    case 'application':
      return mediationApplicationPdf(
        {
          committeeName: s.committeeName,
          applicants: parties.slice(0, 1),
          respondents: parties.slice(1),
          facts: s.summary,
          requests: m.requests ?? s.demands ?? '请求人民调解委员会依法调解上述纠纷。',
          date: opened,
        },
        options,
      );
    case 'register':
      return intakeRegisterPdf(
        {
          committeeName: s.committeeName,
          caseCode: s.caseCode,
          acceptedAt: opened,
          source: m.source,
          category: s.category,
          parties,
          facts: s.summary,
          mediators,
          recorder: m.recorder,
          opinion: m.requests ?? '当事人自愿申请调解，符合人民调解受理条件，予以受理。',
          date: opened,
        },
        options,
      );
    case 'rightsNotice':
      return rightsNoticePdf(
        { committeeName: s.committeeName, caseCode: s.caseCode, parties: s.parties, date: opened },
        options,
      );
    case 'session': {
      const session = getSessionRecords(db, m.id).find((r) => r.id === itemId);
      need(session, '请选择要打印的调解记录。');
      const steps = JSON.parse(session!.steps) as Record<string, string | null>;
      return sessionRecordPdf(
        {
          committeeName: s.committeeName,
          caseCode: s.caseCode,
          sessionNo: session!.no,
          startedAt: at(session!.started_at),
          endedAt: session!.ended_at ? at(session!.ended_at) : undefined,
          place: session!.place,
          matter: `${partiesPhrase(names(s))}${s.category}`,
          attendees: session!.attendees ?? m.participants ?? '无',
          parties: names(s),
          mediators,
          recorder: m.recorder,
          steps: MEDIATION_STEPS.map((step) => ({ title: step.title, text: steps[step.key] ?? '' })),
          outcome: session!.outcome ?? '',
        },
        options,
      );
    }
    case 'oral': {
      const a = currentOral(db, m.id);
      // Dated on signing once signed; while a draft, the day it is printed for signature.
      const date = a.signed_on ? at(a.signed_on) : s.now;
      return oralAgreementPdf(
        {
          committeeName: s.committeeName,
          number: a.number ?? oralNumber ?? PROVISIONAL_NUMBER,
          parties: s.parties.map((p) => toAgreementParty(p, date)),
          facts: a.facts,
          terms: JSON.parse(a.terms) as string[],
          performance: a.performance,
          mediators,
          recorder: m.recorder,
          date,
        },
        options,
      );
    }
    case 'termination':
      need(m.status === 'terminated' || (m.status === 'closed' && m.terminated_at), '调解尚未终止。');
      return terminationNoticePdf(
        {
          committeeName: s.committeeName,
          parties: names(s),
          matter: s.category,
          reason: m.termination_reason ?? '',
          terminatedAt: at(m.terminated_at!),
        },
        options,
      );
    case 'followUp': {
      const visit = getFollowUpRecords(db, m.id).find((f) => f.id === itemId);
      need(visit?.visited_at, '请选择一次已记录的回访。');
      const v = visit!;
      return followUpPdf(
        {
          committeeName: s.committeeName,
          parties: names(s),
          agreementNumber: inForce?.number ?? '',
          reason: v.reason,
          visit: {
            at: at(v.visited_at!),
            method: v.method!,
            visitor: v.visitor ?? '',
            performed: PERFORMANCE_STATES[v.performance!],
            satisfied: SATISFACTION[v.satisfaction!],
            risk: v.risk ?? '未发现新的矛盾风险。',
            note: v.note ?? undefined,
          },
        },
        options,
      );
    }
    case 'judicial': {
      need(inForce?.signed_on, '调解协议签署生效后才能申请司法确认。');
      const effective = inForce!.signed_on!;
      const terms = JSON.parse(inForce!.terms) as string[];
      return judicialConfirmationPdf(
        {
          variant: variant ?? judicialVariantOf(s.parties),
          court: m.judicial_court,
          committeeName: s.committeeName,
          agreementNumber: inForce!.number ?? '',
          effectiveDate: at(effective),
          applicants: s.parties.map((p) => ({
            ...toAgreementParty(p, at(effective)),
            birthDate: p.birth_date ? at(p.birth_date) : undefined,
            idNumber: p.id_number ?? undefined,
            phone: p.phone ?? undefined,
          })),
          matter: s.category,
          agreementSummary: terms.map((t, i) => `${i + 1}. ${t}`).join('\n\n'),
          date: m.judicial_applied_on ? at(m.judicial_applied_on) : s.now,
        },
        options,
      );
    }
    default:
      throw new AppError('VALIDATION', '未知的文书。');
  }
}

/** The oral agreement being registered: the version not superseded. */
export function currentOral(db: Db, mediationId: number): AgreementRecord {
  const versions = getAgreementRecords(db, mediationId);
  const a = versions.find((v) => v.status !== 'superseded') ?? versions[0];
  need(a?.kind === 'oral', '本调解没有口头协议。');
  return a!;
}

/** The committee's archive copy of a signed written agreement: the last copy of the set as signed. */
export async function archiveCopy(db: Db, s: DocumentSources): Promise<Buffer | null> {
  const a = signedAgreementOf(getAgreementRecords(db, s.m.id));
  const printed = a?.kind === 'written' ? printedDocument(a) : null;
  if (!printed) return null;
  const { doc, dateStyle } = printed;
  return (await agreementPdf(doc, { dateStyle, copy: doc.parties.length + 1 })).bytes;
}
