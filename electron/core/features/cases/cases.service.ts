import { AppError } from '../../errors';
import { refuseFutureTimes, type TimeCheck } from '../../api/eventTimes';
import type { Db } from '../../db/open';
import { toLocalIso } from '../../../../shared/dates';
import { workdaysBetween, type WorkCalendar } from '../../../../shared/calendar/workdays';
import {
  CASE_SOURCES,
  DIFFICULTIES,
  MAJOR_REASONS,
  RISK_LEVELS,
  ROUTES,
  SEXES,
} from '../../../../shared/cases/codes';
import { dueDate } from '../../../../shared/cases/deadline';
import type { CreateCaseInput, PartyInput, UpdateCaseInput } from '../../../../shared/cases/schemas';
import { OPEN_STATUSES } from '../../../../shared/cases/status';
import { parseIdNumber } from '../../../../shared/privacy/identity';
import { getDeadlinePreset, workCalendar } from '../calendar/calendar.queries';
import {
  addEvent,
  getCaseRecord,
  getPartyRecords,
  insertCase,
  replaceParties,
  setCaseColumns,
  stmt,
  syncFts,
  type Actor,
  type CaseRecord,
  type PartyRecord,
} from './cases.queries';

/** Stored times: domain times (登记、办结、上报、回访) to the minute, event and audit times to the second. */
export const minuteOf = (d: Date): string => toLocalIso(d).slice(0, 16);

const orNull = <T>(v: T | undefined | ''): T | null => (v === undefined || v === '' ? null : v);

/**
 * 登记时间, 发生时间 and the parties' birth dates record the past: none may lie
 * after the core's clock. (The schema already refused impossible dates.)
 */
function refuseFutureCaseTimes(
  input: Pick<CreateCaseInput, 'registeredAt' | 'occurredAt' | 'parties'>,
  now: Date,
  prefix: string,
): void {
  refuseFutureTimes(now, [
    [`${prefix}registeredAt`, '登记时间', input.registeredAt],
    [`${prefix}occurredAt`, '发生时间', input.occurredAt],
    ...input.parties.map((p, i): TimeCheck => [
      `${prefix}parties.${i}.birthDate`,
      '出生日期',
      p.kind === 'person' ? p.birthDate : undefined,
    ]),
  ]);
}

/**
 * Parties as stored. A person's sex and birth date come from the ID number
 * when not given (GB 11643); given ones that contradict it are refused by field.
 */
export function partyRecords(parties: readonly PartyInput[], prefix: string): PartyRecord[] {
  const errors: Record<string, string> = {};
  const records = parties.map((p, i): PartyRecord => {
    const at = `${prefix}parties.${i}`;
    if (p.kind === 'organisation') {
      return {
        kind: 'organisation',
        name: p.name,
        sex: null,
        ethnicity: null,
        birth_date: null,
        age: null,
        id_number: null,
        phone: orNull(p.phone),
        occupation: null,
        address: orNull(p.address),
        grid: null,
        representative: p.representative,
        representative_title: orNull(p.representativeTitle),
      };
    }
    let sex = p.sex ?? null;
    let birthDate = p.birthDate ?? null;
    const idNumber = orNull(p.idNumber);
    if (idNumber) {
      const parsed = parseIdNumber(idNumber);
      if (parsed.ok) {
        const derived = parsed.value;
        if (sex && sex !== derived.sex)
          errors[`${at}.sex`] = `性别与身份证号不符（身份证号显示为${SEXES[derived.sex]}）`;
        if (birthDate && birthDate !== derived.birthDate)
          errors[`${at}.birthDate`] = `出生日期与身份证号不符（身份证号显示为 ${derived.birthDate}）`;
        sex ??= derived.sex;
        birthDate ??= derived.birthDate;
      }
    }
    return {
      kind: 'person',
      name: p.name,
      sex,
      ethnicity: orNull(p.ethnicity),
      birth_date: birthDate,
      age: p.age ?? null,
      id_number: idNumber,
      phone: orNull(p.phone),
      occupation: orNull(p.occupation),
      address: orNull(p.address),
      grid: orNull(p.grid),
      representative: null,
      representative_title: null,
    };
  });
  if (Object.keys(errors).length) {
    throw new AppError('VALIDATION', `输入有误：${Object.values(errors)[0]}`, errors);
  }
  return records;
}

/** The handler must be an active director or staff account; the category must exist (and be active when newly chosen). */
function checkReferences(
  db: Db,
  input: { handlerId?: number | undefined; categoryId: number },
  prefix: string,
  currentCategoryId?: number,
): void {
  const errors: Record<string, string> = {};
  if (input.handlerId !== undefined) {
    const ok = stmt(
      db,
      "SELECT 1 FROM accounts WHERE id = ? AND disabled = 0 AND role IN ('director', 'staff')",
    ).get(input.handlerId);
    if (!ok) errors[`${prefix}handlerId`] = '承办人须为在用的主任或工作人员账户';
  }
  const category = stmt(db, 'SELECT active FROM case_categories WHERE id = ?').get(input.categoryId) as
    { active: number } | undefined;
  if (!category) errors[`${prefix}categoryId`] = '纠纷类型不存在';
  else if (!category.active && input.categoryId !== currentCategoryId)
    errors[`${prefix}categoryId`] = '该纠纷类型已停用，请选择其他类型';
  if (Object.keys(errors).length)
    throw new AppError('VALIDATION', `输入有误：${Object.values(errors)[0]}`, errors);
}

type CaseFields = Omit<CreateCaseInput, 'registeredAt' | 'intakeId'>;

const commonColumns = (f: CaseFields) => ({
  source: f.source,
  handler_id: f.handlerId ?? null,
  category_id: f.categoryId,
  occurred_at: f.occurredAt ?? null,
  place: orNull(f.place),
  people_count: f.peopleCount ?? null,
  amount_cents: f.amount === undefined ? null : Math.round(f.amount * 100),
  summary: f.summary,
  demands: orNull(f.demands),
  risk: f.risk,
  difficulty: f.difficulty,
  route: f.route ?? null,
  notes: orNull(f.notes),
});

/**
 * Registers a case (status 登记): the signed-in user is the first contact, the
 * deadline follows the service-promise preset for its difficulty on the
 * working-day calendar, the code is assigned in this transaction. Used by
 * `cases:create` and by `intake:create` (same transaction as the intake).
 * `prefix` places field errors where the caller's form has them (e.g. `case.`).
 */
export function createCase(
  db: Db,
  input: CreateCaseInput,
  actor: Actor & { id: number },
  now: Date,
  prefix = '',
): { id: number; code: string } {
  const registeredAt = input.registeredAt ?? minuteOf(now);
  refuseFutureCaseTimes(input, now, prefix);
  checkReferences(db, input, prefix);
  const parties = partyRecords(input.parties, prefix);
  const preset = getDeadlinePreset(db);
  const deadline = dueDate(workCalendar(db), registeredAt.slice(0, 10), preset[input.difficulty]);
  const at = toLocalIso(now);
  const created = insertCase(
    db,
    {
      ...commonColumns(input),
      registered_at: registeredAt,
      first_contact_id: actor.id,
      major_reasons: input.majorReasons,
      status: 'registered',
      deadline,
      intake_id: input.intakeId ?? null,
      updated_at: at,
    },
    parties,
  );
  addEvent(db, {
    caseId: created.id,
    at,
    actor,
    kind: 'created',
    to: 'registered',
    note: `登记案件（来源：${CASE_SOURCES[input.source]}；办理期限 ${deadline}）`,
  });
  return created;
}

export const caseNotFound = () => new AppError('NOT_FOUND', '找不到该案件。');

export function mustGetCase(db: Db, id: number): CaseRecord {
  const c = getCaseRecord(db, id);
  if (!c) throw caseNotFound();
  return c;
}

const FIELD_LABELS: Record<string, string> = {
  source: '来源',
  handler_id: '承办人',
  category_id: '纠纷类型',
  occurred_at: '发生时间',
  place: '发生地点',
  people_count: '涉及人数',
  amount_cents: '涉及金额',
  summary: '简要情况',
  demands: '诉求',
  risk: '风险等级',
  difficulty: '难易程度',
  route: '处理方式',
  notes: '备注',
};
/** Fields whose change is worth showing with its values in the timeline. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  source: CASE_SOURCES,
  risk: RISK_LEVELS,
  difficulty: DIFFICULTIES,
  route: ROUTES,
};

/**
 * Saves the edited record (not once archived). The deadline follows a changed
 * difficulty unless an extension was recorded. Returns the timeline summary.
 */
export function updateCase(db: Db, input: UpdateCaseInput, actor: Actor, now: Date): string {
  const before = mustGetCase(db, input.id);
  if (before.status === 'archived') throw new AppError('CONFLICT', '案件已归档，不能再修改。');
  refuseFutureCaseTimes(input, now, '');
  checkReferences(db, input, '', before.category_id);
  const parties = partyRecords(input.parties, '');
  const next: Record<string, string | number | null> = {
    ...commonColumns(input),
    major: input.majorReasons.length > 0 ? 1 : 0,
    major_reasons: JSON.stringify(input.majorReasons),
    updated_at: toLocalIso(now),
  };
  const changes: string[] = [];
  for (const [column, label] of Object.entries(FIELD_LABELS)) {
    const was = before[column as keyof CaseRecord] ?? null;
    const is = next[column] ?? null;
    if (was === is) continue;
    const values = VALUE_LABELS[column];
    changes.push(values ? `${label} ${values[String(was)] ?? '无'} → ${values[String(is)] ?? '无'}` : label);
  }
  if (before.major_reasons !== next.major_reasons) {
    const labels = input.majorReasons.map((r) => MAJOR_REASONS[r]);
    changes.push(`重大情形 ${labels.length ? labels.join('、') : '无'}`);
  }
  if (before.difficulty !== input.difficulty && before.extension_reason === null) {
    const preset = getDeadlinePreset(db);
    const deadline = dueDate(workCalendar(db), before.registered_at.slice(0, 10), preset[input.difficulty]);
    if (deadline !== before.deadline) {
      next.deadline = deadline;
      changes.push(`办理期限 ${before.deadline ?? '无'} → ${deadline}`);
    }
  }
  const oldParties = JSON.stringify(getPartyRecords(db, input.id).map(({ id: _id, ...p }) => p));
  const partiesChanged = oldParties !== JSON.stringify(parties);
  if (partiesChanged) changes.push('当事人');
  setCaseColumns(db, input.id, next);
  if (partiesChanged) replaceParties(db, input.id, parties);
  syncFts(db, input.id);
  const summary = changes.length ? `修改：${changes.join('；')}` : '保存（无变化）';
  addEvent(db, { caseId: input.id, at: toLocalIso(now), actor, kind: 'updated', note: summary });
  return summary;
}

/** Infers how many working days a stored deadline was set at (the preset of its day), under the calendar it was set with. */
function presetDaysOf(calendar: WorkCalendar, registeredDay: string, deadline: string): number {
  return workdaysBetween(calendar, registeredDay, deadline);
}

/**
 * After the director enters or removes a year's arrangement, open cases whose
 * deadline was computed across that year move to the corrected calendar — the
 * same number of working days, counted on the new calendar. A deadline that
 * was extended by hand is kept. Each moved deadline is a dated event.
 */
export function recomputeDeadlines(
  db: Db,
  before: WorkCalendar,
  after: WorkCalendar,
  year: number,
  actor: Actor,
  now: Date,
): number {
  const notClosed = [...OPEN_STATUSES, 'suspended'].map((s) => `'${s}'`).join(', ');
  const rows = db
    .prepare(
      `SELECT id, registered_at, deadline FROM cases WHERE status IN (${notClosed}) AND extension_reason IS NULL
       AND deadline IS NOT NULL AND registered_at >= ? AND registered_at < ?`,
    )
    .all(`${year - 1}-12-01`, `${year + 1}-01-01`) as {
    id: number;
    registered_at: string;
    deadline: string;
  }[];
  let moved = 0;
  for (const r of rows) {
    const day = r.registered_at.slice(0, 10);
    const deadline = dueDate(after, day, presetDaysOf(before, day, r.deadline));
    if (deadline === r.deadline) continue;
    setCaseColumns(db, r.id, { deadline, updated_at: toLocalIso(now) });
    addEvent(db, {
      caseId: r.id,
      at: toLocalIso(now),
      actor,
      kind: 'updated',
      note: `${year} 年节假日安排变更，办理期限 ${r.deadline} → ${deadline}`,
    });
    moved++;
  }
  return moved;
}
