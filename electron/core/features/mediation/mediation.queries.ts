import { partiesPhrase } from '../../../../shared/wording';
import type { Db } from '../../db/open';
import type { Satisfaction } from '../../../../shared/cases/codes';
import {
  MEDIATION_STEPS,
  type AgreementKind,
  type AgreementStatus,
  type FollowUpMethod,
  type IntakeForm,
  type JudicialRuling,
  type MediationSource,
  type MediationStatus,
  type MediationStepKey,
  type PerformanceState,
  type RetentionPeriod,
} from '../../../../shared/mediation/codes';
import { copiesFor, copyLabels, daysBetween, judicialDeadline } from '../../../../shared/mediation/rules';
import type {
  Agreement,
  AgreementPrint,
  DossierEntry,
  FollowUp,
  MediationDetail,
  MediationSession,
} from '../../../../shared/mediation/schemas';
import { stmt } from '../cases/cases.queries';

/** A mediation as stored. */
export interface MediationRecord {
  id: number;
  case_id: number;
  status: MediationStatus;
  source: MediationSource;
  intake_form: IntakeForm;
  requests: string | null;
  mediators: string;
  recorder: string;
  participants: string | null;
  place: string | null;
  opened_at: string;
  opened_by: string;
  rights_notice_signed_at: string | null;
  terminated_at: string | null;
  termination_reason: string | null;
  closed_at: string | null;
  prevented_criminal: number;
  prevented_petition: number;
  judicial_court: string | null;
  judicial_applied_on: string | null;
  judicial_case_number: string | null;
  judicial_ruling: JudicialRuling | null;
  judicial_ruled_on: string | null;
  judicial_note: string | null;
  dossier_title: string | null;
  retention: RetentionPeriod | null;
  filed_at: string | null;
  filed_by: string | null;
  dossier_entries: string | null;
}

export interface SessionRecord {
  id: number;
  mediation_id: number;
  no: number;
  started_at: string;
  ended_at: string | null;
  place: string;
  attendees: string | null;
  steps: string;
  outcome: string | null;
  recorded_by: string;
}

export interface AgreementRecord {
  id: number;
  mediation_id: number;
  version: number;
  kind: AgreementKind;
  status: AgreementStatus;
  number: string | null;
  serial_year: number | null;
  facts: string;
  responsibility: string | null;
  terms: string;
  performance: string;
  perform_by: string | null;
  amount_cents: number | null;
  signed_on: string | null;
  signed_text: string | null;
  pdf_sha256: string | null;
  printed_doc: string | null;
  supersedes_id: number | null;
  correction_reason: string | null;
  created_at: string;
  created_by: string;
}

export interface FollowUpRecord {
  id: number;
  mediation_id: number;
  due_on: string | null;
  reason: string;
  visited_at: string | null;
  method: FollowUpMethod | null;
  performance: PerformanceState | null;
  satisfaction: Satisfaction | null;
  risk: string | null;
  note: string | null;
  visitor: string | null;
}

/** Agreement columns without the stored PDF bytes (read only when reprinting). */
const AGREEMENT_COLUMNS = `id, mediation_id, version, kind, status, number, serial_year, facts, responsibility, terms,
  performance, perform_by, amount_cents, signed_on, signed_text, pdf_sha256, printed_doc, supersedes_id,
  correction_reason, created_at, created_by`;

export function getMediationRecord(db: Db, id: number): MediationRecord | null {
  return (stmt(db, 'SELECT * FROM mediations WHERE id = ?').get(id) as MediationRecord | undefined) ?? null;
}

export function mediationIdsOfCase(db: Db, caseId: number): number[] {
  return (
    stmt(db, 'SELECT id FROM mediations WHERE case_id = ? ORDER BY id DESC').all(caseId) as { id: number }[]
  ).map((r) => r.id);
}

export function getSessionRecords(db: Db, mediationId: number): SessionRecord[] {
  return stmt(db, 'SELECT * FROM mediation_sessions WHERE mediation_id = ? ORDER BY no').all(
    mediationId,
  ) as SessionRecord[];
}

/** Every version, newest first. */
export function getAgreementRecords(db: Db, mediationId: number): AgreementRecord[] {
  return stmt(
    db,
    `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE mediation_id = ? ORDER BY version DESC`,
  ).all(mediationId) as AgreementRecord[];
}

export function getAgreementRecord(db: Db, id: number): AgreementRecord | null {
  return (
    (stmt(db, `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE id = ?`).get(id) as
      AgreementRecord | undefined) ?? null
  );
}

export function getStoredPdf(db: Db, agreementId: number): Buffer | null {
  const row = stmt(db, 'SELECT pdf FROM agreements WHERE id = ?').get(agreementId) as
    { pdf: Buffer | null } | undefined;
  return row?.pdf ?? null;
}

export function getFollowUpRecords(db: Db, mediationId: number): FollowUpRecord[] {
  return stmt(
    db,
    'SELECT * FROM follow_ups WHERE mediation_id = ? ORDER BY COALESCE(visited_at, due_on), id',
  ).all(mediationId) as FollowUpRecord[];
}

/** Names of the case's parties, in order, for copy labels and the mediation header. */
export function partyNamesOfCase(db: Db, caseId: number): string[] {
  return (
    stmt(db, 'SELECT name FROM case_parties WHERE case_id = ? ORDER BY sort').all(caseId) as {
      name: string;
    }[]
  ).map((r) => r.name);
}

/**
 * 一案一号: the next agreement serial of the year, advanced in the caller's
 * transaction (the UPSERT is its write, so a second writer waits).
 */
export function nextAgreementSerial(db: Db, year: number): number {
  const row = stmt(
    db,
    `INSERT INTO agreement_serials (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return row.last;
}

const toSession = (r: SessionRecord): MediationSession => {
  const stored = JSON.parse(r.steps) as Partial<Record<MediationStepKey, string | null>>;
  const steps = Object.fromEntries(MEDIATION_STEPS.map((s) => [s.key, stored[s.key] ?? null])) as Record<
    MediationStepKey,
    string | null
  >;
  return {
    id: r.id,
    no: r.no,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    place: r.place,
    attendees: r.attendees,
    steps,
    outcome: r.outcome,
    recordedBy: r.recorded_by,
  };
};

function printsOf(db: Db, agreementId: number): AgreementPrint[] {
  const rows = stmt(
    db,
    'SELECT id, at, by_name, copies, reprint FROM agreement_prints WHERE agreement_id = ? ORDER BY id DESC',
  ).all(agreementId) as { id: number; at: string; by_name: string; copies: string; reprint: number }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    byName: r.by_name,
    copies: r.copies,
    reprint: r.reprint === 1,
  }));
}

/** Holders of the copies: as printed once signed (a later edit of the case changes no signed paper), else as now. */
function holdersOf(r: AgreementRecord, partyNames: readonly string[]): readonly string[] {
  if (r.status === 'draft' || !r.printed_doc) return partyNames;
  return (JSON.parse(r.printed_doc) as { parties: { name: string }[] }).parties.map((p) => p.name);
}

export function toAgreement(db: Db, r: AgreementRecord, livePartyNames: readonly string[]): Agreement {
  const written = r.kind === 'written';
  const partyNames = holdersOf(r, livePartyNames);
  return {
    id: r.id,
    version: r.version,
    kind: r.kind,
    status: r.status,
    number: r.number,
    facts: r.facts,
    responsibility: r.responsibility,
    terms: JSON.parse(r.terms) as string[],
    performance: r.performance,
    performBy: r.perform_by,
    amount: r.amount_cents === null ? null : r.amount_cents / 100,
    copies: written ? copiesFor(partyNames.length) : 0,
    copyLabels: written ? copyLabels(partyNames) : [],
    signedOn: r.signed_on,
    pdfSha256: r.pdf_sha256,
    supersedesId: r.supersedes_id,
    correctionReason: r.correction_reason,
    createdAt: r.created_at,
    createdBy: r.created_by,
    prints: printsOf(db, r.id),
  };
}

const toFollowUp = (r: FollowUpRecord): FollowUp => ({
  id: r.id,
  dueOn: r.due_on,
  reason: r.reason,
  visitedAt: r.visited_at,
  method: r.method,
  performance: r.performance,
  satisfaction: r.satisfaction,
  risk: r.risk,
  note: r.note,
  visitor: r.visitor,
});

/** The agreement in force: the newest signed version. */
export const signedAgreementOf = <T extends { status: AgreementStatus }>(
  versions: readonly T[],
): T | undefined => versions.find((a) => a.status === 'signed');

/** The whole mediation file for the page, `today` for the judicial window's days left. */
export function getMediationDetail(db: Db, id: number, today: string): MediationDetail | null {
  const m = getMediationRecord(db, id);
  if (!m) return null;
  const c = stmt(
    db,
    `SELECT c.code, cat.label AS category FROM cases c JOIN case_categories cat ON cat.id = c.category_id
     WHERE c.id = ?`,
  ).get(m.case_id) as { code: string; category: string };
  const partyNames = partyNamesOfCase(db, m.case_id);
  const agreements = getAgreementRecords(db, id).map((a) => toAgreement(db, a, partyNames));
  const inForce = signedAgreementOf(agreements);
  const deadline = inForce?.signedOn ? judicialDeadline(inForce.signedOn) : null;
  const entries = m.dossier_entries ? (JSON.parse(m.dossier_entries) as DossierEntry[]) : [];
  return {
    id: m.id,
    caseId: m.case_id,
    caseCode: c.code,
    category: c.category,
    partyNames: partyNames.join('、'),
    status: m.status,
    source: m.source,
    intakeForm: m.intake_form,
    requests: m.requests,
    mediators: JSON.parse(m.mediators) as string[],
    recorder: m.recorder,
    participants: m.participants,
    place: m.place,
    openedAt: m.opened_at,
    openedBy: m.opened_by,
    rightsNoticeSignedAt: m.rights_notice_signed_at,
    terminatedAt: m.terminated_at,
    terminationReason: m.termination_reason,
    closedAt: m.closed_at,
    preventedCriminal: m.prevented_criminal === 1,
    preventedPetition: m.prevented_petition === 1,
    sessions: getSessionRecords(db, id).map(toSession),
    agreements,
    followUps: getFollowUpRecords(db, id).map(toFollowUp),
    judicial: {
      deadline,
      daysLeft: deadline ? daysBetween(today, deadline) : null,
      court: m.judicial_court,
      appliedOn: m.judicial_applied_on,
      caseNumber: m.judicial_case_number,
      ruling: m.judicial_ruling,
      ruledOn: m.judicial_ruled_on,
      note: m.judicial_note,
    },
    dossier: {
      number: inForce?.number ?? agreements.find((a) => a.number)?.number ?? null,
      title: m.dossier_title ?? `${partiesPhrase(partyNames)}${c.category}调解卷`,
      retention: m.retention,
      filedAt: m.filed_at,
      filedBy: m.filed_by,
      entries,
    },
  };
}

/** Columns a service may set on a mediation (identifiers are never built from input). */
const UPDATABLE = new Set([
  'status',
  'rights_notice_signed_at',
  'terminated_at',
  'termination_reason',
  'closed_at',
  'prevented_criminal',
  'prevented_petition',
  'judicial_court',
  'judicial_applied_on',
  'judicial_case_number',
  'judicial_ruling',
  'judicial_ruled_on',
  'judicial_note',
  'dossier_title',
  'retention',
  'filed_at',
  'filed_by',
  'dossier_entries',
]);

export function setMediationColumns(
  db: Db,
  id: number,
  values: Record<string, string | number | null>,
): void {
  const keys = Object.keys(values);
  for (const k of keys) if (!UPDATABLE.has(k)) throw new Error(`not an updatable mediation column: ${k}`);
  db.prepare(`UPDATE mediations SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
    ...values,
    id,
  });
}
