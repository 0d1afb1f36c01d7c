import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { sha256 } from '../../db/crypto';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { SEXES } from '../../../../shared/cases/codes';
import { ageOn } from '../../../../shared/privacy/identity';
import { agreementNumber, copyLabels, draftWorkable } from '../../../../shared/mediation/rules';
import type { AgreementDocument, AgreementParty } from '../../pdf/agreement.pdf';
import { getSettings } from '../settings/settings.queries';
import { getPartyRecords, stmt, type Actor, type PartyRecord } from '../cases/cases.queries';
import { getStoredPdf, type AgreementRecord, type MediationRecord } from './mediation.queries';

/**
 * How an agreement becomes paper (domain.md, Module 2): the number is
 * assigned once, at the first print, and only once the print has succeeded;
 * the full set as printed is kept (bytes and the data it was made from); a
 * signed agreement is always printed from what was kept.
 */

export type DateStyle = 'words' | 'digits';

/** Shown in a preview before the number exists. */
export const PROVISIONAL_NUMBER = '（首次打印时编号）';

export function toAgreementParty(p: PartyRecord, on: Date): AgreementParty {
  if (p.kind === 'organisation')
    return {
      kind: 'organisation',
      name: p.name,
      address: p.address ?? undefined,
      representative: p.representative ?? '',
      representativeTitle: p.representative_title ?? undefined,
    };
  return {
    kind: 'person',
    name: p.name,
    sex: p.sex ? SEXES[p.sex] : undefined,
    ethnicity: p.ethnicity ?? undefined,
    age: p.birth_date ? ageOn(p.birth_date, toLocalDate(on)) : (p.age ?? undefined),
    occupation: p.occupation ?? undefined,
    phone: p.phone ?? undefined,
    address: p.address ?? undefined,
  };
}

/** The agreement's document as the archive holds it now: parties from the case, text from the agreement. */
export function liveDocument(
  db: Db,
  m: MediationRecord,
  a: AgreementRecord,
  date: Date,
  number = a.number ?? PROVISIONAL_NUMBER,
): AgreementDocument {
  const facts = a.responsibility ? `${a.facts}\n\n各方责任：${a.responsibility}` : a.facts;
  return {
    number,
    committeeName: getSettings(db).committeeName,
    parties: getPartyRecords(db, m.case_id).map((p) => toAgreementParty(p, date)),
    facts,
    terms: JSON.parse(a.terms) as string[],
    performance: a.performance,
    mediators: JSON.parse(m.mediators) as string[],
    recorder: m.recorder,
    date,
  };
}

/** What is kept of a full-set print: the document data (date as a day) and the date style. */
interface Snapshot extends Omit<AgreementDocument, 'date'> {
  date: string;
  dateStyle: DateStyle;
}

export const snapshotOf = (doc: AgreementDocument, dateStyle: DateStyle): string =>
  JSON.stringify({ ...doc, date: toLocalDate(doc.date), dateStyle } satisfies Snapshot);

/** The document as last printed in full, or null when no full set was printed. */
export function printedDocument(a: AgreementRecord): { doc: AgreementDocument; dateStyle: DateStyle } | null {
  if (!a.printed_doc) return null;
  const { dateStyle, date, ...rest } = JSON.parse(a.printed_doc) as Snapshot;
  return { doc: { ...rest, date: new Date(`${date}T00:00:00`) }, dateStyle };
}

/** The number the next assignment of the year would give (calls run one at a time, so it holds). */
export function prospectiveNumber(db: Db, now: Date): string {
  const settings = getSettings(db);
  const year = now.getFullYear();
  const row = stmt(db, 'SELECT last FROM agreement_serials WHERE year = ?').get(year) as
    { last: number } | undefined;
  return agreementNumber(
    settings.agreementNumberTemplate,
    year,
    settings.committeeShortName,
    (row?.last ?? 0) + 1,
  );
}

/** Assigns the number (once) and advances the year's serial, in the caller's transaction. */
export function assignNumber(db: Db, a: AgreementRecord, now: Date): string {
  if (a.number) return a.number;
  const number = prospectiveNumber(db, now);
  const year = now.getFullYear();
  stmt(
    db,
    `INSERT INTO agreement_serials (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1`,
  ).run(year);
  stmt(db, 'UPDATE agreements SET number = ?, serial_year = ? WHERE id = ?').run(number, year, a.id);
  return number;
}

/** Which copies a print holds, as the print log shows it. */
export function copiesText(holders: readonly string[], copy: number | undefined): string {
  const labels = copyLabels(holders);
  if (copy === undefined) return `全部（共${labels.length}份）`;
  const label = labels[copy - 1];
  if (!label) throw new AppError('VALIDATION', `本协议共 ${labels.length} 份，没有第 ${copy} 份。`);
  return label;
}

/** A draft is printed only while it can still be signed (shared rule draftWorkable). */
export function requireWorkableDraft(m: MediationRecord, a: AgreementRecord): void {
  if (a.status === 'draft' && !draftWorkable(m.status, a.supersedes_id !== null))
    throw new AppError('CONFLICT', '调解已终止或已结案归卷，这份协议草稿不能再修改、打印或签署。');
}

/** Everything one print or preview needs, read before any rendering. */
export interface AgreementPrintPlan {
  a: AgreementRecord;
  doc: AgreementDocument;
  dateStyle: DateStyle;
  /** The kept bytes, for a full-set reprint of a signed agreement. */
  stored: Buffer | null;
  copies: string;
  fullSet: boolean;
  /** The number this print assigns (a draft's first print), else null. */
  assigns: string | null;
}

export function planAgreementPrint(
  db: Db,
  m: MediationRecord,
  a: AgreementRecord,
  copy: number | undefined,
  now: Date,
  mode: 'print' | 'preview',
): AgreementPrintPlan {
  if (a.kind === 'oral')
    throw new AppError('CONFLICT', '口头协议不制作协议书，请打印「人民调解口头协议登记表」。');
  requireWorkableDraft(m, a);
  const printed = a.status !== 'draft' ? printedDocument(a) : null;
  if (printed) {
    const { doc, dateStyle } = printed;
    const names = doc.parties.map((p) => p.name);
    return {
      a,
      doc,
      dateStyle,
      stored: copy === undefined ? getStoredPdf(db, a.id) : null,
      copies: copiesText(names, copy),
      fullSet: copy === undefined,
      assigns: null,
    };
  }
  const assigns = !a.number && mode === 'print' ? prospectiveNumber(db, now) : null;
  const doc = liveDocument(db, m, a, now, assigns ?? undefined);
  return {
    a,
    doc,
    dateStyle: getSettings(db).documentDateStyle,
    stored: null,
    copies: copiesText(
      doc.parties.map((p) => p.name),
      copy,
    ),
    fullSet: copy === undefined,
    assigns,
  };
}

/**
 * After a successful render: assigns the number if this print gave one, logs
 * the print (who, when, which copies, hash), and keeps a draft's full set
 * (bytes and data) — the set that signing will freeze.
 */
export function recordPrint(
  db: Db,
  plan: AgreementPrintPlan,
  bytes: Buffer,
  actor: Actor,
  now: Date,
): string {
  const { a } = plan;
  const number = plan.assigns ? assignNumber(db, a, now) : (a.number ?? PROVISIONAL_NUMBER);
  if (plan.assigns && number !== plan.assigns) throw new Error('agreement number changed during the print');
  const hash = sha256(bytes);
  const earlier = stmt(db, 'SELECT COUNT(*) AS n FROM agreement_prints WHERE agreement_id = ?').get(a.id) as {
    n: number;
  };
  stmt(
    db,
    `INSERT INTO agreement_prints (agreement_id, at, by_id, by_name, copies, reprint, sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, toLocalIso(now), actor.id, actor.name, plan.copies, earlier.n > 0 ? 1 : 0, hash);
  if (a.status === 'draft' && plan.fullSet)
    stmt(db, 'UPDATE agreements SET pdf = ?, pdf_sha256 = ?, printed_doc = ? WHERE id = ?').run(
      bytes,
      hash,
      snapshotOf(plan.doc, plan.dateStyle),
      a.id,
    );
  return number;
}
