import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { WorkCalendar } from '../../../../shared/calendar/workdays';
import type {
  CaseSource,
  Difficulty,
  MajorReason,
  Outcome,
  RiskLevel,
  Route,
  Satisfaction,
  Sex,
} from '../../../../shared/cases/codes';
import { deadlineState } from '../../../../shared/cases/deadline';
import type { CaseEvent, CaseRow, Party } from '../../../../shared/cases/schemas';
import type { CaseStatus } from '../../../../shared/cases/status';

/**
 * Prepared statements, cached per connection: the ledger page is budgeted at a
 * few milliseconds and preparing its SQL would be a fair share of that.
 * Only SQL text written in this module's callers goes in (never user input).
 */
const statements = new WeakMap<Db, Map<string, Database.Statement>>();
export function stmt(db: Db, sql: string): Database.Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = db.prepare(sql)));
  return s;
}

/** A party as stored (snake_case, person and organisation in one shape). */
export interface PartyRecord {
  kind: 'person' | 'organisation';
  name: string;
  sex: Sex | null;
  ethnicity: string | null;
  birth_date: string | null;
  age: number | null;
  id_number: string | null;
  phone: string | null;
  occupation: string | null;
  address: string | null;
  grid: string | null;
  representative: string | null;
  representative_title: string | null;
}

/** The columns a new case is inserted with (code, serial, FTS and party names are derived). */
export interface NewCase {
  registered_at: string;
  source: CaseSource;
  first_contact_id: number;
  handler_id: number | null;
  category_id: number;
  occurred_at: string | null;
  place: string | null;
  people_count: number | null;
  amount_cents: number | null;
  summary: string;
  demands: string | null;
  risk: RiskLevel;
  difficulty: Difficulty;
  major_reasons: MajorReason[];
  route: Route | null;
  status: CaseStatus;
  deadline: string | null;
  notes: string | null;
  intake_id: number | null;
  updated_at: string;
}

/** A whole `cases` row as read back. */
export interface CaseRecord extends Omit<NewCase, 'major_reasons'> {
  id: number;
  code: string;
  major: number;
  major_reasons: string;
  escalated_at: string | null;
  escalated_to: string | null;
  outcome: Outcome | null;
  result: string | null;
  closed_at: string | null;
  extension_reason: string | null;
  suspended_reason: string | null;
  follow_up_at: string | null;
  follow_up_method: string | null;
  follow_up_note: string | null;
  satisfaction: Satisfaction | null;
  party_names: string;
}

export interface Actor {
  id: number | null;
  name: string;
}

/** 当事人 as the ledger lists them: "张三、李四". */
export const partyNamesOf = (parties: readonly PartyRecord[]): string =>
  parties.map((p) => p.name).join('、');

/** What full-text search sees as names: every party and every organisation's representative. */
const ftsNamesOf = (parties: readonly PartyRecord[]): string =>
  [
    ...parties.map((p) => p.name),
    ...parties.flatMap((p) => (p.representative ? [p.representative] : [])),
  ].join(' ');

/**
 * 一案一码: the next serial of the year, advanced in the caller's transaction.
 * The UPSERT is the transaction's first write, so a second process waits on
 * the write lock (busy_timeout) instead of reading a stale serial.
 */
export function nextCaseCode(db: Db, year: number): string {
  const { last } = stmt(
    db,
    `INSERT INTO case_serials (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(year) as { last: number };
  return `${year}-${String(last).padStart(6, '0')}`;
}

const PARTY_COLUMNS =
  'case_id, sort, kind, name, sex, ethnicity, birth_date, age, id_number, phone, occupation, address, grid, representative, representative_title';

function insertParties(db: Db, caseId: number, parties: readonly PartyRecord[]): void {
  const s = stmt(
    db,
    `INSERT INTO case_parties (${PARTY_COLUMNS}) VALUES (@case_id, @sort, @kind, @name, @sex, @ethnicity,
     @birth_date, @age, @id_number, @phone, @occupation, @address, @grid, @representative, @representative_title)`,
  );
  parties.forEach((p, i) => s.run({ ...p, case_id: caseId, sort: i + 1 }));
}

interface FtsText {
  code: string;
  summary: string;
  place: string | null;
  notes: string | null;
}

/**
 * Two trailing spaces on every indexed column: then every occurrence of a one-
 * or two-character term begins some trigram of the index, so short terms are
 * found through the index's vocabulary too (cases.list.ts, resolveSearch).
 */
export const FTS_TAIL = '  ';

function insertFts(db: Db, caseId: number, c: FtsText, parties: readonly PartyRecord[]): void {
  stmt(db, 'INSERT INTO cases_fts (rowid, code, names, summary, place, notes) VALUES (?, ?, ?, ?, ?, ?)').run(
    caseId,
    c.code + FTS_TAIL,
    ftsNamesOf(parties) + FTS_TAIL,
    c.summary + FTS_TAIL,
    (c.place ?? '') + FTS_TAIL,
    (c.notes ?? '') + FTS_TAIL,
  );
}

/** Keeps the search index in step with the case after an update (same transaction; rowid = cases.id). */
export function syncFts(db: Db, caseId: number): void {
  const c = stmt(db, 'SELECT code, summary, place, notes FROM cases WHERE id = ?').get(caseId) as FtsText;
  stmt(db, 'DELETE FROM cases_fts WHERE rowid = ?').run(caseId);
  insertFts(db, caseId, c, getPartyRecords(db, caseId));
}

/**
 * Inserts a case with its code, parties, party names and search entry. The
 * caller runs it inside a transaction and adds the events and the audit record.
 */
export function insertCase(
  db: Db,
  c: NewCase,
  parties: readonly PartyRecord[],
): { id: number; code: string } {
  const code = nextCaseCode(db, Number(c.registered_at.slice(0, 4)));
  const info = stmt(
    db,
    `INSERT INTO cases (code, registered_at, source, first_contact_id, handler_id, category_id, occurred_at, place,
       people_count, amount_cents, summary, demands, risk, difficulty, major, major_reasons, route, status, deadline,
       notes, intake_id, party_names, updated_at)
     VALUES (@code, @registered_at, @source, @first_contact_id, @handler_id, @category_id, @occurred_at, @place,
       @people_count, @amount_cents, @summary, @demands, @risk, @difficulty, @major, @major_reasons, @route, @status,
       @deadline, @notes, @intake_id, @party_names, @updated_at)`,
  ).run({
    ...c,
    code,
    major: c.major_reasons.length > 0 ? 1 : 0,
    major_reasons: JSON.stringify(c.major_reasons),
    party_names: partyNamesOf(parties),
  });
  const id = Number(info.lastInsertRowid);
  insertParties(db, id, parties);
  insertFts(db, id, { ...c, code }, parties);
  return { id, code };
}

/** Replaces the parties of a case (update), with its party names and search entry. */
export function replaceParties(db: Db, caseId: number, parties: readonly PartyRecord[]): void {
  stmt(db, 'DELETE FROM case_parties WHERE case_id = ?').run(caseId);
  insertParties(db, caseId, parties);
  stmt(db, 'UPDATE cases SET party_names = ? WHERE id = ?').run(partyNamesOf(parties), caseId);
}

/** Columns an update may set; names are checked against this list, never taken from input. */
const UPDATABLE = new Set([
  'handler_id',
  'category_id',
  'occurred_at',
  'place',
  'people_count',
  'amount_cents',
  'summary',
  'demands',
  'risk',
  'difficulty',
  'major',
  'major_reasons',
  'route',
  'status',
  'outcome',
  'result',
  'closed_at',
  'deadline',
  'extension_reason',
  'suspended_reason',
  'follow_up_at',
  'follow_up_method',
  'follow_up_note',
  'satisfaction',
  'notes',
  'escalated_at',
  'escalated_to',
  'source',
  'updated_at',
]);

export function setCaseColumns(db: Db, id: number, values: Record<string, string | number | null>): void {
  const keys = Object.keys(values);
  for (const k of keys) if (!UPDATABLE.has(k)) throw new Error(`not an updatable case column: ${k}`);
  db.prepare(`UPDATE cases SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
    ...values,
    id,
  });
}

export function addEvent(
  db: Db,
  e: {
    caseId: number;
    at: string;
    actor: Actor;
    kind: CaseEvent['kind'];
    from?: CaseStatus | null;
    to?: CaseStatus | null;
    note?: string | null;
  },
): void {
  stmt(
    db,
    `INSERT INTO case_events (case_id, at, actor_id, actor_name, kind, from_status, to_status, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.caseId, e.at, e.actor.id, e.actor.name, e.kind, e.from ?? null, e.to ?? null, e.note ?? null);
}

export function getCaseRecord(db: Db, id: number): CaseRecord | null {
  return (stmt(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRecord | undefined) ?? null;
}

export function caseIdByCode(db: Db, code: string): number | null {
  const row = stmt(db, 'SELECT id FROM cases WHERE code = ?').get(code) as { id: number } | undefined;
  return row?.id ?? null;
}

export function getPartyRecords(db: Db, caseId: number): (PartyRecord & { id: number })[] {
  return stmt(
    db,
    `SELECT id, kind, name, sex, ethnicity, birth_date, age, id_number, phone, occupation, address, grid,
       representative, representative_title FROM case_parties WHERE case_id = ? ORDER BY sort`,
  ).all(caseId) as (PartyRecord & { id: number })[];
}

export const toParty = (p: PartyRecord & { id: number }): Party => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  sex: p.sex,
  ethnicity: p.ethnicity,
  birthDate: p.birth_date,
  age: p.age,
  idNumber: p.id_number,
  phone: p.phone,
  occupation: p.occupation,
  address: p.address,
  grid: p.grid,
  representative: p.representative,
  representativeTitle: p.representative_title,
});

/** The columns of a ledger row, as the list, the dashboard and the detail select them. */
export const ROW_SELECT = `c.id, c.code, c.registered_at, c.source, cat.label AS category, c.party_names, c.summary,
  c.difficulty, c.risk, c.major, c.status, h.display_name AS handler_name, c.deadline, c.amount_cents`;
export const ROW_FROM = `cases c JOIN case_categories cat ON cat.id = c.category_id
  LEFT JOIN accounts h ON h.id = c.handler_id`;

export interface LedgerRowRecord {
  id: number;
  code: string;
  registered_at: string;
  source: CaseSource;
  category: string;
  party_names: string;
  summary: string;
  difficulty: Difficulty;
  risk: RiskLevel;
  major: number;
  status: CaseStatus;
  handler_name: string | null;
  deadline: string | null;
  amount_cents: number | null;
}

export const toCaseRow = (r: LedgerRowRecord, calendar: WorkCalendar, today: string): CaseRow => ({
  id: r.id,
  code: r.code,
  registeredAt: r.registered_at,
  source: r.source,
  category: r.category,
  partyNames: r.party_names,
  summary: r.summary,
  difficulty: r.difficulty,
  risk: r.risk,
  major: r.major === 1,
  status: r.status,
  handlerName: r.handler_name,
  deadline: r.deadline,
  deadlineState: deadlineState(calendar, r, today),
  amount: r.amount_cents === null ? null : r.amount_cents / 100,
});
