import { joinClauses, sentence } from '../../../../shared/wording';
import { AppError } from '../../errors';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { Db } from '../../db/open';
import { toLocalIso } from '../../../../shared/dates';
import {
  FOLLOW_UP_METHODS,
  MEDIATION_STATUSES,
  type MediationStatus,
} from '../../../../shared/mediation/codes';
import type {
  OpenMediationInput,
  RecordFollowUpInput,
  SaveSessionInput,
} from '../../../../shared/mediation/schemas';
import type { CaseStatus } from '../../../../shared/cases/status';
import type { TransitionInput } from '../../../../shared/cases/schemas';
import { addEvent, setCaseColumns, stmt, type Actor } from '../cases/cases.queries';
import { hasOpenMediation } from '../cases/cases.detail';
import { canOpenMediation } from '../../../../shared/mediation/rules';
import { minuteOf, mustGetCase } from '../cases/cases.service';
import { transitionCase } from '../cases/cases.transitions';
import { getMediationRecord, setMediationColumns, type MediationRecord } from './mediation.queries';

export const mediationNotFound = () => new AppError('NOT_FOUND', '找不到该调解。');

export function mustGetMediation(db: Db, id: number): MediationRecord {
  const m = getMediationRecord(db, id);
  if (!m) throw mediationNotFound();
  return m;
}

/** Refuses a change the mediation's status no longer allows, in the staff's words. */
export function requireStatus(m: MediationRecord, allowed: readonly MediationStatus[], what: string): void {
  if (!allowed.includes(m.status))
    throw new AppError('CONFLICT', `调解${MEDIATION_STATUSES[m.status]}，不能${what}。`);
}

/** A case event on the mediation's case, so the case's timeline tells the whole story. */
export function caseEvent(db: Db, caseId: number, actor: Actor, now: Date, note: string): void {
  addEvent(db, { caseId, at: toLocalIso(now), actor, kind: 'mediation', note });
}

/** Moves the case along its own status machine, through 受理 when it was only registered. */
export function moveCase(
  db: Db,
  caseId: number,
  to: CaseStatus,
  actor: Actor,
  now: Date,
  extra: Omit<TransitionInput, 'id' | 'to'> = {},
): void {
  const c = mustGetCase(db, caseId);
  if (c.status === to) return;
  if (c.status === 'registered' && to !== 'accepted' && to !== 'closed')
    transitionCase(db, { id: caseId, to: 'accepted' }, actor, now);
  transitionCase(db, { id: caseId, to, ...extra }, actor, now);
}

/**
 * Opens a mediation on a case (人民调解法第17条: only with the parties'
 * consent — a refusal is recorded instead). The case moves to 调解中.
 * `prefix` places field errors where the caller's form has them (e.g. `mediation.`).
 */
export function openMediation(
  db: Db,
  input: OpenMediationInput,
  actor: Actor,
  now: Date,
  prefix = '',
): number {
  const c = mustGetCase(db, input.caseId);
  if (hasOpenMediation(db, c.id)) throw new AppError('CONFLICT', `案件 ${c.code} 已有正在进行的调解。`);
  if (!canOpenMediation(c.status, false))
    throw new AppError('CONFLICT', `案件 ${c.code} 当前不能转入调解（只有未办结的案件可以申请调解）。`);
  const openedAt = input.openedAt ?? minuteOf(now);
  refuseFutureTimes(now, [[`${prefix}openedAt`, '受理时间', openedAt]]);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO mediations (case_id, status, source, intake_form, requests, mediators, recorder, participants,
         place, opened_at, opened_by)
       VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      c.id,
      input.source,
      input.intakeForm,
      input.requests ?? null,
      JSON.stringify(input.mediators),
      input.recorder,
      input.participants ?? null,
      input.place ?? null,
      openedAt,
      actor.name,
    );
  if (c.status === 'suspended') transitionCase(db, { id: c.id, to: 'in_progress' }, actor, now);
  moveCase(db, c.id, 'mediating', actor, now);
  setCaseColumns(db, c.id, { route: 'mediation', updated_at: toLocalIso(now) });
  caseEvent(
    db,
    c.id,
    actor,
    now,
    `受理人民调解（调解员：${input.mediators.join('、')}；记录人：${input.recorder}）`,
  );
  return Number(lastInsertRowid);
}

/** 人民调解法第17条: a party who clearly refuses may not be mediated — recorded, nothing opened. */
export function recordRefusal(
  db: Db,
  input: { caseId: number; partyName: string; note?: string | undefined },
  actor: Actor,
  now: Date,
): string {
  const c = mustGetCase(db, input.caseId);
  if (!canOpenMediation(c.status, hasOpenMediation(db, c.id)))
    throw new AppError('CONFLICT', `案件 ${c.code} 当前不在可申请调解的状态，无需记录拒绝调解。`);
  caseEvent(
    db,
    c.id,
    actor,
    now,
    `当事人${input.partyName}明确拒绝调解，依人民调解法第十七条不予调解${input.note ? `（${input.note}）` : ''}`,
  );
  setCaseColumns(db, c.id, { updated_at: toLocalIso(now) });
  return c.code;
}

export function markRightsNoticeSigned(db: Db, id: number, actor: Actor, now: Date): MediationRecord {
  const m = mustGetMediation(db, id);
  requireStatus(m, ['open'], '再确认权利义务告知书');
  setMediationColumns(db, id, { rights_notice_signed_at: minuteOf(now) });
  caseEvent(db, m.case_id, actor, now, '当事人已签收人民调解当事人权利义务告知书');
  return m;
}

/** Records (or corrects) one sitting; sittings are numbered 1, 2, … within the mediation. */
export function saveSession(db: Db, input: SaveSessionInput, actor: Actor, now: Date): number {
  const m = mustGetMediation(db, input.mediationId);
  requireStatus(m, ['open'], input.sessionId ? '修改调解记录' : '记录调解');
  // 调解记录 records a sitting that took place: neither its start nor its end lies ahead.
  refuseFutureTimes(now, [
    ['startedAt', '调解开始时间', input.startedAt],
    ['endedAt', '调解结束时间', input.endedAt],
  ]);
  const values = [
    input.startedAt,
    input.endedAt ?? null,
    input.place,
    input.attendees ?? null,
    JSON.stringify(input.steps),
    input.outcome ?? null,
  ];
  if (input.sessionId) {
    const { changes } = db
      .prepare(
        `UPDATE mediation_sessions SET started_at = ?, ended_at = ?, place = ?, attendees = ?, steps = ?, outcome = ?
         WHERE id = ? AND mediation_id = ?`,
      )
      .run(...values, input.sessionId, m.id);
    if (changes === 0) throw new AppError('NOT_FOUND', '找不到该调解记录。');
    return input.sessionId;
  }
  const { no } = stmt(
    db,
    'SELECT COALESCE(MAX(no), 0) + 1 AS no FROM mediation_sessions WHERE mediation_id = ?',
  ).get(m.id) as { no: number };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO mediation_sessions (mediation_id, no, started_at, ended_at, place, attendees, steps, outcome,
         recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(m.id, no, ...values, actor.name);
  return Number(lastInsertRowid);
}

/**
 * 终止调解 (人民调解法第26条): the reason is recorded and the parties are told
 * of arbitration, administrative and judicial routes; the case is closed in
 * the ledger as 未化解-已引导.
 */
export function terminateMediation(
  db: Db,
  id: number,
  reason: string,
  actor: Actor,
  now: Date,
): MediationRecord {
  const m = mustGetMediation(db, id);
  requireStatus(m, ['open'], '终止');
  setMediationColumns(db, id, {
    status: 'terminated',
    terminated_at: minuteOf(now),
    termination_reason: reason,
  });
  moveCase(db, m.case_id, 'closed', actor, now, {
    outcome: 'guided',
    result: `人民调解终止：${sentence(reason)}已告知当事人可依法通过仲裁、行政、司法等途径维护自己的权利。`,
  });
  caseEvent(db, m.case_id, actor, now, `终止调解：${reason}`);
  return m;
}

export function scheduleFollowUp(
  db: Db,
  input: { mediationId: number; dueOn: string; reason: string },
  actor: Actor,
  now: Date,
): MediationRecord {
  const m = mustGetMediation(db, input.mediationId);
  requireStatus(m, ['agreed', 'closed'], '安排回访（达成协议后才回访履行情况）');
  stmt(db, 'INSERT INTO follow_ups (mediation_id, due_on, reason) VALUES (?, ?, ?)').run(
    m.id,
    input.dueOn,
    input.reason,
  );
  caseEvent(db, m.case_id, actor, now, `安排回访：${input.dueOn}（${input.reason}）`);
  return m;
}

/**
 * 人民调解法第31条: the committee follows up performance. A visit is
 * recorded (a scheduled one filled in, or a new one) and the case moves to 回访.
 */
export function recordFollowUp(db: Db, input: RecordFollowUpInput, actor: Actor, now: Date): MediationRecord {
  const m = mustGetMediation(db, input.mediationId);
  requireStatus(m, ['agreed', 'closed'], '记录回访');
  refuseFutureTimes(now, [['visitedAt', '回访时间', input.visitedAt]]);
  const values = [
    input.reason,
    input.visitedAt,
    input.method,
    input.performance,
    input.satisfaction,
    input.risk ?? null,
    input.note ?? null,
    input.visitor,
  ];
  if (input.followUpId) {
    const { changes } = db
      .prepare(
        `UPDATE follow_ups SET reason = ?, visited_at = ?, method = ?, performance = ?, satisfaction = ?, risk = ?,
           note = ?, visitor = ? WHERE id = ? AND mediation_id = ?`,
      )
      .run(...values, input.followUpId, m.id);
    if (changes === 0) throw new AppError('NOT_FOUND', '找不到该回访安排。');
  } else {
    db.prepare(
      `INSERT INTO follow_ups (mediation_id, reason, visited_at, method, performance, satisfaction, risk, note, visitor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(m.id, ...values);
  }
  const c = mustGetCase(db, m.case_id);
  const note = joinClauses([input.note, input.risk ? `风险：${input.risk}` : null]) || input.reason;
  if (c.status === 'closed')
    transitionCase(
      db,
      {
        id: c.id,
        to: 'followed_up',
        followUp: {
          at: input.visitedAt,
          method: FOLLOW_UP_METHODS[input.method],
          note,
          satisfaction: input.satisfaction,
        },
      },
      actor,
      now,
    );
  else caseEvent(db, c.id, actor, now, `回访（${FOLLOW_UP_METHODS[input.method]}）：${note}`);
  return m;
}

export function saveJudicial(
  db: Db,
  input: {
    id: number;
    court: string;
    appliedOn?: string | undefined;
    caseNumber?: string | undefined;
    ruling?: string | undefined;
    ruledOn?: string | undefined;
    note?: string | undefined;
  },
  signedOn: string | null,
  actor: Actor,
  now: Date,
): MediationRecord {
  const m = mustGetMediation(db, input.id);
  if (!signedOn) throw new AppError('CONFLICT', '调解协议签署生效后才能申请司法确认。');
  refuseFutureTimes(now, [
    ['appliedOn', '申请日期', input.appliedOn],
    ['ruledOn', '裁定日期', input.ruledOn],
  ]);
  if (input.appliedOn && input.appliedOn < signedOn)
    throw new AppError('VALIDATION', '输入有误：申请日期不能早于协议生效日期', {
      appliedOn: '申请日期不能早于协议生效日期',
    });
  if (input.ruling && !input.appliedOn)
    throw new AppError('VALIDATION', '输入有误：请先填写申请日期', { appliedOn: '请先填写申请日期' });
  setMediationColumns(db, m.id, {
    judicial_court: input.court,
    judicial_applied_on: input.appliedOn ?? null,
    judicial_case_number: input.caseNumber ?? null,
    judicial_ruling: input.ruling ?? null,
    judicial_ruled_on: input.ruledOn ?? null,
    judicial_note: input.note ?? null,
  });
  caseEvent(
    db,
    m.case_id,
    actor,
    now,
    `司法确认：${input.court}${input.caseNumber ? `（${input.caseNumber}）` : ''}`,
  );
  return m;
}
