import { AppError } from '../../errors';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { Db } from '../../db/open';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { addDays } from '../../../../shared/calendar/workdays';
import type { SaveAgreementInput } from '../../../../shared/mediation/schemas';
import { getSettings } from '../settings/settings.queries';
import { stmt, type Actor } from '../cases/cases.queries';
import {
  getAgreementRecord,
  getAgreementRecords,
  setMediationColumns,
  type AgreementRecord,
} from './mediation.queries';
import {
  assignNumber,
  liveDocument,
  printedDocument,
  requireWorkableDraft,
  snapshotOf,
} from './mediation.printing';
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
    requireWorkableDraft(m, a);
    db.prepare(
      `UPDATE agreements SET kind = @kind, facts = @facts, responsibility = @responsibility, terms = @terms,
         performance = @performance, perform_by = @perform_by, amount_cents = @amount_cents
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

/** The text frozen at signing, kept beside the hash of the PDF signed. */
export function signedTextOf(a: AgreementRecord, number: string): string {
  return JSON.stringify({
    number,
    kind: a.kind,
    facts: a.facts,
    responsibility: a.responsibility,
    terms: JSON.parse(a.terms) as string[],
    performance: a.performance,
    performBy: a.perform_by,
    amountCents: a.amount_cents,
  });
}

const refuse = (field: string, message: string) =>
  new AppError('VALIDATION', `输入有误：${message}`, { [field]: message });

/**
 * A written agreement is signed on the paper last printed in full: the
 * archive's data must still be what that set was made from (text, parties,
 * number, committee), or the paper and the record would differ.
 */
function checkPrintedSet(db: Db, a: AgreementRecord, signedOn: string): void {
  const printed = printedDocument(a);
  const m = mustGetMediation(db, a.mediation_id);
  if (!a.number || !printed)
    throw new AppError('CONFLICT', '请先打印协议书（全部份数），由各方签名盖章后再标记已签署。');
  const now = snapshotOf(liveDocument(db, m, a, printed.doc.date), getSettings(db).documentDateStyle);
  if (now !== a.printed_doc)
    throw new AppError(
      'CONFLICT',
      '协议内容或当事人信息在最后一次打印后有改动：请重新打印全部份数，由各方签名盖章后再标记已签署。',
    );
  const printedOn = toLocalDate(printed.doc.date);
  if (signedOn < printedOn) throw refuse('signedOn', `生效日期不能早于协议书打印日期 ${printedOn}`);
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
  requireWorkableDraft(m, a);
  refuseFutureTimes(now, [['signedOn', '生效日期', signedOn]]);
  if (signedOn < m.opened_at.slice(0, 10)) throw refuse('signedOn', '生效日期不能早于受理日期');
  const previous = a.supersedes_id ? mustGetAgreement(db, a.supersedes_id) : null;
  if (previous?.signed_on && signedOn < previous.signed_on)
    throw refuse('signedOn', `更正版本的生效日期不能早于原协议的生效日期 ${previous.signed_on}`);
  if (a.kind === 'written') checkPrintedSet(db, a, signedOn);
  const number = a.kind === 'oral' ? assignNumber(db, a, now) : a.number!;
  stmt(db, "UPDATE agreements SET status = 'signed', signed_on = ?, signed_text = ? WHERE id = ?").run(
    signedOn,
    signedTextOf(mustGetAgreement(db, a.id), number),
    a.id,
  );
  if (previous) stmt(db, "UPDATE agreements SET status = 'superseded' WHERE id = ?").run(previous.id);
  if (m.status === 'open') {
    setMediationColumns(db, m.id, { status: 'agreed' });
    moveCase(db, m.case_id, 'closed', actor, now, {
      outcome: 'resolved',
      result: `达成人民调解协议，编号${number}，${signedOn} 签署生效。`,
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
 * number and text, superseding the old one once it is itself signed. Both
 * stay. A filed dossier is not reopened.
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
  const m = mustGetMediation(db, a.mediation_id);
  requireStatus(m, ['agreed'], '更正协议（卷宗已归档）');
  const pending = stmt(db, "SELECT 1 FROM agreements WHERE mediation_id = ? AND status = 'draft'").get(m.id);
  if (pending) throw new AppError('CONFLICT', '已有一份更正中的新版本，请先完成它。');
  const { v } = stmt(db, 'SELECT MAX(version) AS v FROM agreements WHERE mediation_id = ?').get(m.id) as {
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
  caseEvent(db, m.case_id, actor, now, `更正调解协议 ${a.number ?? ''}：${reason}`);
  return Number(lastInsertRowid);
}
