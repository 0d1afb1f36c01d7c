import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { sha256 } from '../../db/crypto';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { SEXES } from '../../../../shared/cases/codes';
import { addDays } from '../../../../shared/calendar/workdays';
import { agreementNumber, copyLabels } from '../../../../shared/mediation/rules';
import type { SaveAgreementInput } from '../../../../shared/mediation/schemas';
import type { AgreementDocument, AgreementParty } from '../../pdf/agreement.pdf';
import { getSettings } from '../settings/settings.queries';
import { getPartyRecords, stmt, type Actor, type PartyRecord } from '../cases/cases.queries';
import {
  getAgreementRecord,
  getAgreementRecords,
  nextAgreementSerial,
  setMediationColumns,
  type AgreementRecord,
  type MediationRecord,
} from './mediation.queries';
import { caseEvent, moveCase, mustGetMediation, requireStatus } from './mediation.service';

export const agreementNotFound = () => new AppError('NOT_FOUND', '找不到该调解协议。');

export function mustGetAgreement(db: Db, id: number): AgreementRecord {
  const a = getAgreementRecord(db, id);
  if (!a) throw agreementNotFound();
  return a;
}

const frozen = () =>
  new AppError('CONFLICT', '协议已签署生效，内容不能再修改。如需更正，请使用「更正（生成新版本）」。');

/**
 * Saves the agreement's text. A signed version is frozen (its text and PDF
 * hash are on record); a correction is a new version made by `correctAgreement`.
 */
export function saveAgreement(db: Db, input: SaveAgreementInput, actor: Actor, now: Date): number {
  const m = mustGetMediation(db, input.mediationId);
  const values = {
    kind: input.kind,
    facts: input.facts,
    responsibility: input.responsibility ?? null,
    terms: JSON.stringify(input.terms),
    performance: input.performance,
    perform_by: input.performBy ?? null,
    amount_cents: input.amount === undefined ? null : Math.round(input.amount * 100),
  };
  if (input.agreementId) {
    const a = mustGetAgreement(db, input.agreementId);
    if (a.mediation_id !== m.id) throw agreementNotFound();
    if (a.status !== 'draft') throw frozen();
    // An edit makes the last printed paper stale: it must be printed again before signing.
    db.prepare(
      `UPDATE agreements SET kind = @kind, facts = @facts, responsibility = @responsibility, terms = @terms,
         performance = @performance, perform_by = @perform_by, amount_cents = @amount_cents, printed_since_edit = 0
       WHERE id = @id`,
    ).run({ ...values, id: a.id });
    return a.id;
  }
  requireStatus(m, ['open'], '起草调解协议');
  if (getAgreementRecords(db, m.id).length > 0)
    throw new AppError('CONFLICT', '本调解已有协议，请修改现有协议。');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO agreements (mediation_id, version, kind, status, facts, responsibility, terms, performance,
         perform_by, amount_cents, created_at, created_by)
       VALUES (@mediation_id, 1, @kind, 'draft', @facts, @responsibility, @terms, @performance, @perform_by,
         @amount_cents, @created_at, @created_by)`,
    )
    .run({ ...values, mediation_id: m.id, created_at: toLocalIso(now), created_by: actor.name });
  return Number(lastInsertRowid);
}

/** Age in whole years on `on` from a birth date, for the party block (年龄). */
function ageOn(birthDate: string, on: Date): number {
  const [y, mo, d] = birthDate.split('-').map(Number) as [number, number, number];
  const beforeBirthday = on.getMonth() + 1 < mo || (on.getMonth() + 1 === mo && on.getDate() < d);
  return on.getFullYear() - y - (beforeBirthday ? 1 : 0);
}

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
    age: p.birth_date ? ageOn(p.birth_date, on) : (p.age ?? undefined),
    occupation: p.occupation ?? undefined,
    phone: p.phone ?? undefined,
    address: p.address ?? undefined,
  };
}

/** Shown in a preview before the number exists; the number is assigned at first print. */
export const PROVISIONAL_NUMBER = '（首次打印时编号）';

/** The agreement's document data: parties from the case, text from the agreement. */
export function agreementDocument(
  db: Db,
  m: MediationRecord,
  a: AgreementRecord,
  on: Date,
): AgreementDocument {
  const settings = getSettings(db);
  const facts = a.responsibility ? `${a.facts}\n\n各方责任：${a.responsibility}` : a.facts;
  return {
    number: a.number ?? PROVISIONAL_NUMBER,
    committeeName: settings.committeeName,
    parties: getPartyRecords(db, m.case_id).map((p) => toAgreementParty(p, on)),
    facts,
    terms: JSON.parse(a.terms) as string[],
    performance: a.performance,
    mediators: JSON.parse(m.mediators) as string[],
    recorder: m.recorder,
    date: on,
  };
}

/** The date printed on the agreement: its effective date once signed, else today. */
export const agreementDate = (a: AgreementRecord, now: Date): Date =>
  a.signed_on ? new Date(`${a.signed_on}T00:00:00`) : now;

/**
 * The number is assigned once, at first print (domain.md), from the
 * template in settings and the year's serial; a correction keeps it.
 */
export function assignNumber(db: Db, a: AgreementRecord, now: Date): string {
  if (a.number) return a.number;
  const settings = getSettings(db);
  const year = now.getFullYear();
  const number = agreementNumber(
    settings.agreementNumberTemplate,
    year,
    settings.committeeShortName,
    nextAgreementSerial(db, year),
  );
  stmt(db, 'UPDATE agreements SET number = ?, serial_year = ? WHERE id = ?').run(number, year, a.id);
  return number;
}

/** Which copies a print holds, as the print log shows it. */
export function copiesText(partyNames: readonly string[], copy: number | undefined): string {
  const labels = copyLabels(partyNames);
  if (copy === undefined) return `全部（共${labels.length}份）`;
  const label = labels[copy - 1];
  if (!label) throw new AppError('VALIDATION', `本协议共 ${labels.length} 份，没有第 ${copy} 份。`);
  return label;
}

/**
 * Logs a print (who, when, which copies). A full-set print of a draft keeps
 * its bytes, so the PDF signed is the PDF printed.
 */
export function logPrint(
  db: Db,
  a: AgreementRecord,
  print: { copies: string; fullSet: boolean; bytes: Buffer },
  actor: Actor,
  now: Date,
): void {
  const hash = sha256(print.bytes);
  const earlier = stmt(db, 'SELECT COUNT(*) AS n FROM agreement_prints WHERE agreement_id = ?').get(a.id) as {
    n: number;
  };
  stmt(
    db,
    `INSERT INTO agreement_prints (agreement_id, at, by_id, by_name, copies, reprint, sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, toLocalIso(now), actor.id, actor.name, print.copies, earlier.n > 0 ? 1 : 0, hash);
  if (print.fullSet && a.status === 'draft')
    stmt(db, 'UPDATE agreements SET pdf = ?, pdf_sha256 = ?, printed_since_edit = 1 WHERE id = ?').run(
      print.bytes,
      hash,
      a.id,
    );
}

/**
 * 人民调解法第29条: the agreement takes effect when the parties and the
 * mediator have signed and the committee's seal is applied. Marking it signed
 * freezes its text with the hash of the full set as printed; a version it
 * corrects is superseded; the case is closed as 化解成功 and a follow-up of
 * performance is scheduled.
 */
export function signAgreement(
  db: Db,
  agreementId: number,
  signedOn: string,
  actor: Actor,
  now: Date,
): AgreementRecord {
  const a = mustGetAgreement(db, agreementId);
  if (a.status !== 'draft') throw frozen();
  const m = mustGetMediation(db, a.mediation_id);
  if (a.kind === 'written' && (!a.number || a.printed_since_edit !== 1))
    throw new AppError('CONFLICT', '请先打印当前内容的协议书（全部份数），由各方签名盖章后再标记已签署。');
  if (signedOn > toLocalDate(now))
    throw new AppError('VALIDATION', '输入有误：生效日期不能晚于今天', { signedOn: '生效日期不能晚于今天' });
  if (signedOn < m.opened_at.slice(0, 10))
    throw new AppError('VALIDATION', '输入有误：生效日期不能早于受理日期', {
      signedOn: '生效日期不能早于受理日期',
    });
  const number = a.kind === 'oral' ? assignNumber(db, a, now) : a.number!;
  const text = JSON.stringify({
    number,
    kind: a.kind,
    facts: a.facts,
    responsibility: a.responsibility,
    terms: JSON.parse(a.terms) as string[],
    performance: a.performance,
    performBy: a.perform_by,
    amountCents: a.amount_cents,
  });
  stmt(db, "UPDATE agreements SET status = 'signed', signed_on = ?, signed_text = ? WHERE id = ?").run(
    signedOn,
    text,
    a.id,
  );
  if (a.supersedes_id)
    stmt(db, "UPDATE agreements SET status = 'superseded' WHERE id = ?").run(a.supersedes_id);
  if (m.status === 'open') {
    setMediationColumns(db, m.id, { status: 'agreed' });
    moveCase(db, m.case_id, 'closed', actor, now, {
      outcome: 'resolved',
      result: `达成人民调解协议（${number}），${signedOn} 签署生效。`,
    });
    const due = a.perform_by && a.perform_by > signedOn ? a.perform_by : addDays(signedOn, 15);
    stmt(db, 'INSERT INTO follow_ups (mediation_id, due_on, reason) VALUES (?, ?, ?)').run(
      m.id,
      due,
      '回访协议履行情况',
    );
  }
  caseEvent(
    db,
    m.case_id,
    actor,
    now,
    `调解协议 ${number}（第${a.version}版）签署生效，生效日期 ${signedOn}`,
  );
  return mustGetAgreement(db, a.id);
}

/**
 * A correction of a signed agreement: a new draft version with the same
 * number and text, superseding the old one once it is itself signed. Both stay.
 */
export function correctAgreement(
  db: Db,
  agreementId: number,
  reason: string,
  actor: Actor,
  now: Date,
): number {
  const a = mustGetAgreement(db, agreementId);
  if (a.status !== 'signed')
    throw new AppError('CONFLICT', '只有已签署生效的协议需要更正；草稿可以直接修改。');
  const pending = stmt(db, "SELECT 1 FROM agreements WHERE mediation_id = ? AND status = 'draft'").get(
    a.mediation_id,
  );
  if (pending) throw new AppError('CONFLICT', '已有一份更正中的新版本，请先完成它。');
  const { v } = stmt(db, 'SELECT MAX(version) AS v FROM agreements WHERE mediation_id = ?').get(
    a.mediation_id,
  ) as {
    v: number;
  };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO agreements (mediation_id, version, kind, status, number, serial_year, facts, responsibility, terms,
         performance, perform_by, amount_cents, supersedes_id, correction_reason, created_at, created_by)
       SELECT mediation_id, ?, kind, 'draft', number, serial_year, facts, responsibility, terms, performance,
         perform_by, amount_cents, id, ?, ?, ? FROM agreements WHERE id = ?`,
    )
    .run(v + 1, reason, toLocalIso(now), actor.name, a.id);
  caseEvent(
    db,
    mustGetMediation(db, a.mediation_id).case_id,
    actor,
    now,
    `更正调解协议 ${a.number ?? ''}：${reason}`,
  );
  return Number(lastInsertRowid);
}
