import type { Db } from '../../db/open';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { addDays, type WorkCalendar } from '../../../../shared/calendar/workdays';
import {
  CASE_SOURCES,
  keysOf,
  MAJOR_REASONS,
  OUTCOMES,
  type CaseSource,
  type Difficulty,
  type MajorReason,
  type Outcome,
  type Route,
  type Satisfaction,
} from '../../../../shared/cases/codes';
import { dueDate, type DeadlinePreset } from '../../../../shared/cases/deadline';
import type { CaseStatus } from '../../../../shared/cases/status';
import { appendAudit } from '../audit/audit.queries';
import { getDeadlinePreset, workCalendar } from '../calendar/calendar.queries';
import { insertIntake, linkIntakeCase } from '../intake/intake.queries';
import { addEvent, insertCase, stmt, type Actor, type PartyRecord } from './cases.queries';
import * as W from './cases.seed-data';
import {
  Dice,
  fill,
  mulberry32,
  organisation,
  person,
  personName,
  place,
  WITH_AMOUNT,
} from './cases.seed-random';
import { writeTransaction } from '../../db/tx';

export interface SeedCasesOptions {
  count: number;
  /** Cases are spread over the three years before this instant. */
  now: Date;
  seed?: number;
  /** Cases per transaction (each with one summary audit record). */
  batchSize?: number;
}

export interface SeedCasesResult {
  cases: number;
  intakes: number;
  firstCode: string | null;
  lastCode: string | null;
}

const HOUR = 3_600_000;
/** A day at or after `day` that the office works, most of the time (calls still come in at weekends). */
function officeTime(d: Dice, calendar: WorkCalendar, t: number): number {
  const date = new Date(t);
  let day = toLocalDate(date);
  if (d.chance(0.85)) for (let i = 0; i < 10 && !calendar.isWorkday(day); i++) day = addDays(day, 1);
  const minutes = d.chance(0.9) ? d.int(8 * 60 + 30, 17 * 60 + 30) : d.int(18 * 60, 21 * 60);
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, dd, Math.floor(minutes / 60), minutes % 60).getTime();
}

type Step = { to: CaseStatus; at: number };

/**
 * The life of a case by its age: old ones mostly closed, followed up and
 * archived (a few left open and overdue, a few suspended), recent ones open.
 */
function lifeOf(d: Dice, registered: number, deadlineEnd: number, now: number, route: Route): Step[] {
  const ageDays = (now - registered) / (24 * HOUR);
  const target: CaseStatus =
    ageDays > 45
      ? d.weighted({ archived: 55, followed_up: 20, closed: 17, suspended: 3, in_progress: 3, mediating: 2 })
      : ageDays > 10
        ? d.weighted({
            closed: 40,
            followed_up: 15,
            archived: 5,
            in_progress: 15,
            mediating: 10,
            suspended: 5,
            accepted: 10,
          })
        : d.weighted({
            registered: 25,
            accepted: 25,
            in_progress: 20,
            mediating: 10,
            closed: 15,
            suspended: 5,
          });
  if (target === 'registered') return [];
  const steps: Step[] = [];
  let t = registered;
  const step = (to: CaseStatus, maxHours: number) => {
    t = Math.min(now - 60_000, t + d.int(1, Math.max(1, maxHours)) * HOUR * 0.5);
    steps.push({ to, at: t });
  };
  const onSpot = route === 'on_spot' && d.chance(0.8);
  if (onSpot && ['closed', 'followed_up', 'archived'].includes(target)) {
    step('closed', 2);
  } else {
    step('accepted', 6);
    if (target === 'accepted') return steps;
    step(route === 'mediation' ? 'mediating' : 'in_progress', 24);
    if (target === 'in_progress' || target === 'mediating') {
      if (steps[steps.length - 1]!.to !== target) step(target, 24);
      return steps;
    }
    if (target === 'suspended') {
      step('suspended', 48);
      return steps;
    }
    // Most close on time; some after the deadline.
    const late = d.chance(0.12);
    const end = late
      ? deadlineEnd + d.int(1, 10) * 24 * HOUR
      : Math.max(t + HOUR, deadlineEnd - d.int(0, 48) * HOUR);
    t = Math.min(now - 60_000, Math.max(t + HOUR, end));
    steps.push({ to: 'closed', at: t });
  }
  if (target === 'closed') return steps;
  if (target === 'followed_up' || d.chance(0.7)) step('followed_up', 24 * 7);
  if (target === 'archived') step('archived', 24 * 10);
  return steps;
}

const minute = (t: number) => toLocalIso(new Date(t)).slice(0, 16);

/**
 * Writes `count` realistic, deterministic cases straight into the archive with
 * prepared statements, in large transactions — the same rows the API would
 * write (code and serial, parties, party names, search entry, events), one
 * summary audit record per batch — plus first-contact intakes.
 */
export function seedCases(db: Db, options: SeedCasesOptions): SeedCasesResult {
  const d = new Dice(mulberry32(options.seed ?? 20261124));
  const now = options.now.getTime();
  const calendar = workCalendar(db);
  const preset: DeadlinePreset = getDeadlinePreset(db);
  const staff = db
    .prepare(
      "SELECT id, display_name AS name, role FROM accounts WHERE disabled = 0 AND role IN ('director', 'staff') ORDER BY id",
    )
    .all() as { id: number; name: string; role: string }[];
  const director = staff.find((s) => s.role === 'director') ?? staff[0];
  if (!director) throw new Error('seedCases needs a director or staff account');
  const categories = db
    .prepare('SELECT id, label FROM case_categories WHERE active = 1 ORDER BY sort')
    .all() as {
    id: number;
    label: string;
  }[];
  const categoryWeights = Object.fromEntries(
    categories.map((c) => [
      String(c.id),
      (
        { 邻里纠纷: 22, 物业纠纷: 14, 婚姻家庭纠纷: 12, 合同纠纷: 8, 损害赔偿纠纷: 8 } as Record<
          string,
          number
        >
      )[c.label] ?? 3,
    ]),
  );
  const labelOf = new Map(categories.map((c) => [c.id, c.label]));
  const times = Array.from({ length: options.count }, () => now - HOUR - d.next() * 3 * 365 * 24 * HOUR)
    // Moved into office hours, unless that would pass "now" (then the original time stands).
    .map((t) => {
      const office = officeTime(d, calendar, t);
      return office < now - HOUR ? office : Math.min(t, now - HOUR);
    })
    .sort((a, b) => a - b);
  const lifecycle = stmt(
    db,
    `UPDATE cases SET status = @status, route = @route, outcome = @outcome, result = @result, closed_at = @closed_at,
       suspended_reason = @suspended_reason, follow_up_at = @follow_up_at, follow_up_method = @follow_up_method,
       follow_up_note = @follow_up_note, satisfaction = @satisfaction, escalated_at = @escalated_at,
       escalated_to = @escalated_to, updated_at = @updated_at WHERE id = @id`,
  );
  const batchSize = options.batchSize ?? 10_000;
  const result: SeedCasesResult = { cases: 0, intakes: 0, firstCode: null, lastCode: null };
  const auditActor = { id: director.id, name: `${director.name}（示范数据）` };

  const one = (registered: number) => {
    const categoryId = Number(d.weighted(categoryWeights));
    const label = labelOf.get(categoryId)!;
    const texts = W.CATEGORY_TEXTS[label] ?? W.CATEGORY_TEXTS['其他纠纷']!;
    const regMinute = minute(registered);
    const regDay = regMinute.slice(0, 10);
    const partyCount = d.weighted({ 1: 15, 2: 65, 3: 14, 4: 6 });
    const parties: PartyRecord[] = Array.from({ length: Number(partyCount) }, (_, i) =>
      i > 0 && d.chance(label === '物业纠纷' || label === '劳动争议纠纷' ? 0.7 : 0.08)
        ? organisation(d)
        : person(d, personName(d)),
    );
    // One organisation appears once per case: a repeated draw becomes a person.
    parties.forEach((p, i) => {
      if (parties.findIndex((q) => q.name === p.name) !== i) parties[i] = person(d, personName(d));
    });
    const amount =
      WITH_AMOUNT.has(label) && d.chance(0.8)
        ? Math.round(Math.exp(d.next() * Math.log(300_000)) * 100) + 20_000
        : null;
    const vars = {
      a: parties[0]!.name,
      b: parties[1]?.name ?? '对方',
      place: place(d),
      amount: amount === null ? '若干' : String(Math.round(amount / 100)),
    };
    const majorReasons: MajorReason[] = d.chance(0.03)
      ? [...new Set([d.pick(keysOf(MAJOR_REASONS)), ...(d.chance(0.3) ? (['petition'] as const) : [])])]
      : amount !== null && amount >= 10_000_000 && d.chance(0.5)
        ? ['amount']
        : [];
    const difficulty: Difficulty = majorReasons.length
      ? d.chance(0.7)
        ? 'major'
        : 'complex'
      : d.weighted({ simple: 40, general: 35, complex: 22, major: 3 });
    const route: Route =
      difficulty === 'simple' && d.chance(0.6)
        ? 'on_spot'
        : d.weighted({ mediation: 60, referral: 20, litigation: 8, on_spot: 12 });
    const source = d.weighted({
      visit: 35,
      call: 20,
      grid: 18,
      video: 4,
      hotline: 10,
      assigned: 4,
      transferred: 4,
      screening: 5,
    }) as CaseSource;
    const handler = d.chance(0.92) ? d.pick(staff) : null;
    const firstContact = d.pick(staff);
    const deadline = dueDate(calendar, regDay, preset[difficulty]);
    const deadlineEnd = new Date(`${deadline}T17:30:00`).getTime();
    const created = insertCase(
      db,
      {
        registered_at: regMinute,
        source,
        first_contact_id: firstContact.id,
        handler_id: handler?.id ?? null,
        category_id: categoryId,
        occurred_at: minute(registered - d.int(1, 72) * HOUR),
        place: vars.place,
        people_count: majorReasons.includes('group10') ? d.int(10, 60) : parties.length,
        amount_cents: amount,
        summary: fill(d.pick(texts.summaries), vars),
        demands: fill(d.pick(texts.demands), vars),
        risk: majorReasons.length ? 'high' : d.weighted({ low: 60, medium: 32, high: 8 }),
        difficulty,
        major_reasons: majorReasons,
        route,
        status: 'registered',
        deadline,
        notes: d.chance(0.15) ? d.pick(W.NOTES) : null,
        intake_id: null,
        updated_at: toLocalIso(new Date(registered)),
      },
      parties,
    );
    result.firstCode ??= created.code;
    result.lastCode = created.code;
    const fc: Actor = { id: firstContact.id, name: firstContact.name };
    const worker: Actor = handler ? { id: handler.id, name: handler.name } : fc;
    addEvent(db, {
      caseId: created.id,
      at: toLocalIso(new Date(registered)),
      actor: fc,
      kind: 'created',
      to: 'registered',
      note: `登记案件（来源：${CASE_SOURCES[source]}；办理期限 ${deadline}）`,
    });

    const cols: Record<string, string | number | null> = {
      id: created.id,
      status: 'registered',
      route,
      outcome: null,
      result: null,
      closed_at: null,
      suspended_reason: null,
      follow_up_at: null,
      follow_up_method: null,
      follow_up_note: null,
      satisfaction: null,
      escalated_at: null,
      escalated_to: null,
      updated_at: toLocalIso(new Date(registered)),
    };
    if (majorReasons.length && d.chance(0.9)) {
      const at = Math.min(now - 60_000, registered + d.int(1, 4) * HOUR);
      cols.escalated_at = minute(at);
      cols.escalated_to = d.pick(W.ESCALATION_TARGETS);
      addEvent(db, {
        caseId: created.id,
        at: toLocalIso(new Date(at)),
        actor: worker,
        kind: 'escalated',
        note: `${minute(at).replace('T', ' ')} 上报${String(cols.escalated_to)}`,
      });
    }
    let from: CaseStatus = 'registered';
    for (const s of lifeOf(d, registered, deadlineEnd, now, route)) {
      let note: string | null = null;
      if (s.to === 'closed') {
        const outcome: Outcome = d.weighted({ resolved: 80, guided: 12, transferred: 8 });
        cols.outcome = outcome;
        cols.result = fill(d.pick(W.RESULTS[outcome]), { ...vars, amount: String(d.int(2, 200) * 100) });
        cols.closed_at = minute(s.at);
        note = `办结：${OUTCOMES[outcome]}`;
      } else if (s.to === 'suspended') {
        cols.suspended_reason = d.pick(W.SUSPEND_REASONS);
        note = `中止原因：${String(cols.suspended_reason)}`;
      } else if (s.to === 'followed_up') {
        const satisfaction: Satisfaction = d.weighted({ satisfied: 75, basically: 20, dissatisfied: 5 });
        cols.follow_up_at = minute(s.at);
        cols.follow_up_method = d.pick(W.FOLLOW_UP_METHODS);
        cols.follow_up_note = d.pick(W.FOLLOW_UP_NOTES);
        cols.satisfaction = satisfaction;
        note = `回访（${String(cols.follow_up_method)}）：${{ satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' }[satisfaction]}`;
      }
      addEvent(db, {
        caseId: created.id,
        at: toLocalIso(new Date(s.at)),
        actor: worker,
        kind: 'transition',
        from,
        to: s.to,
        note,
      });
      cols.status = s.to;
      cols.updated_at = toLocalIso(new Date(s.at));
      from = s.to;
    }
    lifecycle.run(cols);

    // A visit or a call is often first logged at the front desk (首问登记) and then registered as this case.
    if ((source === 'visit' || source === 'call') && d.chance(0.4)) {
      const p = parties[0]!;
      const intakeId = insertIntake(db, {
        received_at: regMinute,
        channel: source,
        person_name: p.kind === 'organisation' ? (p.representative ?? p.name) : p.name,
        phone: p.phone,
        unit_or_address: p.address,
        matter: fill(d.pick(texts.summaries), vars),
        materials: d.chance(0.2) ? '身份证复印件一份' : null,
        first_contact_id: firstContact.id,
        outcome: 'case',
        answer: null,
        referred_to_id: null,
        note: null,
      });
      linkIntakeCase(db, intakeId, created.id);
      stmt(db, 'UPDATE cases SET intake_id = ? WHERE id = ?').run(intakeId, created.id);
      result.intakes++;
    }
    // Enquiries answered on the spot or passed on, about one for every eight cases.
    if (d.chance(0.125)) {
      const m = d.pick(W.INTAKE_MATTERS);
      const referred = d.chance(0.3);
      insertIntake(db, {
        received_at: minute(Math.min(now - 60_000, registered + d.int(1, 3) * HOUR)),
        channel: d.chance(0.6) ? 'visit' : 'call',
        person_name: personName(d),
        phone: d.chance(0.8)
          ? `1${d.pick(['3', '5', '8'])}${String(d.int(0, 999_999_999)).padStart(9, '0')}`
          : null,
        unit_or_address: d.chance(0.5) ? `${d.pick(W.ESTATES)}${d.int(1, 30)}栋` : null,
        matter: m.matter,
        materials: null,
        first_contact_id: firstContact.id,
        outcome: referred ? 'referred' : 'answered',
        answer: referred ? null : m.answer,
        referred_to_id: referred ? d.pick(staff).id : null,
        note: referred ? '请承办并回复当事人' : null,
      });
      result.intakes++;
    }
    result.cases++;
  };

  for (let start = 0; start < times.length; start += batchSize) {
    const batch = times.slice(start, start + batchSize);
    writeTransaction(db, () => {
      const before = result.lastCode;
      for (const t of batch) one(t);
      appendAudit(db, toLocalIso(options.now), auditActor, {
        action: 'cases.seed',
        entity: 'case',
        summary: `示范数据：写入案件 ${before ? `${before} 之后` : ''}${batch.length} 件（至 ${result.lastCode}），含当事人、办理记录和首问登记`,
      });
    });
  }
  // Fold the batches into the database file now rather than leave a large write-ahead log behind.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
