import type { Db } from '../../db/open';
import { addDays } from '../../../../shared/calendar/workdays';
import type { IntakeChannel, IntakeOutcome } from '../../../../shared/cases/codes';
import type { Intake, IntakePage, ListIntakesInput } from '../../../../shared/intake/schemas';
import { maskPhone } from '../../../../shared/privacy/identity';
import { likePattern } from '../../db/sql';

export interface NewIntake {
  received_at: string;
  channel: IntakeChannel;
  person_name: string;
  phone: string | null;
  unit_or_address: string | null;
  matter: string;
  materials: string | null;
  first_contact_id: number;
  outcome: IntakeOutcome;
  answer: string | null;
  referred_to_id: number | null;
  note: string | null;
}

export function insertIntake(db: Db, i: NewIntake): number {
  const info = db
    .prepare(
      `INSERT INTO intakes (received_at, channel, person_name, phone, unit_or_address, matter, materials,
         first_contact_id, outcome, answer, referred_to_id, note)
       VALUES (@received_at, @channel, @person_name, @phone, @unit_or_address, @matter, @materials,
         @first_contact_id, @outcome, @answer, @referred_to_id, @note)`,
    )
    .run(i);
  return Number(info.lastInsertRowid);
}

export function linkIntakeCase(db: Db, intakeId: number, caseId: number): void {
  db.prepare('UPDATE intakes SET case_id = ? WHERE id = ?').run(caseId, intakeId);
}

interface IntakeRecord {
  id: number;
  received_at: string;
  channel: IntakeChannel;
  person_name: string;
  phone: string | null;
  unit_or_address: string | null;
  matter: string;
  materials: string | null;
  first_contact_name: string;
  outcome: IntakeOutcome;
  answer: string | null;
  referred_to_name: string | null;
  note: string | null;
  case_id: number | null;
  case_code: string | null;
}

const SELECT = `SELECT i.id, i.received_at, i.channel, i.person_name, i.phone, i.unit_or_address, i.matter,
  i.materials, f.display_name AS first_contact_name, i.outcome, i.answer, r.display_name AS referred_to_name,
  i.note, i.case_id, c.code AS case_code
  FROM intakes i JOIN accounts f ON f.id = i.first_contact_id LEFT JOIN accounts r ON r.id = i.referred_to_id
  LEFT JOIN cases c ON c.id = i.case_id`;

/** `mask`: lists show phones as 138****5678; the creating call answers with the whole record. */
const toIntake = (r: IntakeRecord, mask: boolean): Intake => ({
  id: r.id,
  receivedAt: r.received_at,
  channel: r.channel,
  personName: r.person_name,
  phone: r.phone === null ? null : mask ? maskPhone(r.phone) : r.phone,
  unitOrAddress: r.unit_or_address,
  matter: r.matter,
  materials: r.materials,
  firstContactName: r.first_contact_name,
  outcome: r.outcome,
  answer: r.answer,
  referredToName: r.referred_to_name,
  note: r.note,
  caseId: r.case_id,
  caseCode: r.case_code,
});

export function getIntake(db: Db, id: number): Intake | null {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as IntakeRecord | undefined;
  return row ? toIntake(row, false) : null;
}

/** The first-contact log, newest first; `q` matches the person's name or the matter. */
export function listIntakes(db: Db, f: ListIntakesInput): IntakePage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.channel) {
    where.push('i.channel = @channel');
    params.channel = f.channel;
  }
  if (f.outcome) {
    where.push('i.outcome = @outcome');
    params.outcome = f.outcome;
  }
  if (f.from) {
    where.push('i.received_at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push('i.received_at < @toNext');
    params.toNext = addDays(f.to, 1);
  }
  if (f.q) {
    where.push("(i.person_name LIKE @q ESCAPE '\\' OR i.matter LIKE @q ESCAPE '\\')");
    params.q = likePattern(f.q);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM intakes i ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${clause} ORDER BY i.received_at DESC, i.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.pageSize, offset: f.page * f.pageSize }) as IntakeRecord[];
  return { total, rows: rows.map((r) => toIntake(r, true)) };
}
