import { joinClauses } from '../../../../shared/wording';
import { AppError } from '../../errors';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { Db } from '../../db/open';
import { toLocalIso } from '../../../../shared/dates';
import { OUTCOMES, SATISFACTION } from '../../../../shared/cases/codes';
import type { TransitionInput } from '../../../../shared/cases/schemas';
import {
  CASE_STATUSES,
  canTransition,
  transitionNeeds,
  type CaseStatus,
} from '../../../../shared/cases/status';
import { addEvent, setCaseColumns, type Actor } from './cases.queries';
import { minuteOf, mustGetCase } from './cases.service';

const CLOSED: readonly CaseStatus[] = ['closed', 'followed_up', 'archived'];

/** The refusal of a move the status machine does not have, in the ledger's own words. */
export const refusedTransition = (from: CaseStatus, to: CaseStatus) =>
  new AppError('CONFLICT', `不能从“${CASE_STATUSES[from]}”转为“${CASE_STATUSES[to]}”。`);

/**
 * Moves a case along the status machine (shared/cases/status). Closing needs
 * an outcome and a result and stamps 办结时间; suspending needs a reason,
 * which is cleared on leaving 中止; a follow-up stores its record.
 */
export function transitionCase(
  db: Db,
  input: TransitionInput,
  actor: Actor,
  now: Date,
): { code: string; from: CaseStatus; to: CaseStatus } {
  const c = mustGetCase(db, input.id);
  const from = c.status;
  const to = input.to;
  if (!canTransition(from, to)) throw refusedTransition(from, to);
  const needs = transitionNeeds(to);
  if (input.followUp) refuseFutureTimes(now, [['followUp.at', '回访时间', input.followUp.at]]);
  const errors: Record<string, string> = {};
  if (needs.outcome && !input.outcome) errors.outcome = '请选择办结结果';
  if (needs.result && !input.result) errors.result = '请填写处理结果';
  if (needs.reason && !input.reason) errors.reason = '请填写中止原因';
  if (needs.followUp && !input.followUp) errors.followUp = '请填写回访记录';
  if (Object.keys(errors).length)
    throw new AppError('VALIDATION', `输入有误：${Object.values(errors)[0]}`, errors);

  const columns: Record<string, string | number | null> = { status: to, updated_at: toLocalIso(now) };
  let detail = '';
  if (to === 'closed') {
    columns.outcome = input.outcome!;
    columns.result = input.result!;
    columns.closed_at = minuteOf(now);
    detail = `办结：${OUTCOMES[input.outcome!]}`;
  }
  if (to === 'suspended') {
    columns.suspended_reason = input.reason!;
    detail = `中止原因：${input.reason!}`;
  }
  if (from === 'suspended') columns.suspended_reason = null;
  if (to === 'followed_up') {
    const f = input.followUp!;
    columns.follow_up_at = f.at;
    columns.follow_up_method = f.method;
    columns.follow_up_note = f.note;
    columns.satisfaction = f.satisfaction;
    detail = `回访（${f.method}）：${SATISFACTION[f.satisfaction]}`;
  }
  setCaseColumns(db, c.id, columns);
  addEvent(db, {
    caseId: c.id,
    at: toLocalIso(now),
    actor,
    kind: 'transition',
    from,
    to,
    note: joinClauses([detail, input.note]) || null,
  });
  return { code: c.code, from, to };
}

/** 上报 (domain.md): a major dispute is reported upward, with when and to whom. */
export function escalateCase(
  db: Db,
  input: { id: number; at: string; to: string; note?: string | undefined },
  actor: Actor,
  now: Date,
): string {
  const c = mustGetCase(db, input.id);
  if (c.status === 'archived') throw new AppError('CONFLICT', '案件已归档，不能再上报。');
  if (c.major !== 1) throw new AppError('CONFLICT', '只有重大矛盾纠纷需要上报，请先在案件中勾选重大情形。');
  refuseFutureTimes(now, [['at', '上报时间', input.at]]);
  setCaseColumns(db, c.id, { escalated_at: input.at, escalated_to: input.to, updated_at: toLocalIso(now) });
  addEvent(db, {
    caseId: c.id,
    at: toLocalIso(now),
    actor,
    kind: 'escalated',
    note: joinClauses([`${input.at.replace('T', ' ')} 上报${input.to}`, input.note]),
  });
  return c.code;
}

/** 延期: a later deadline with its reason, recorded; never earlier than the current one. */
export function extendDeadline(
  db: Db,
  input: { id: number; deadline: string; reason: string },
  actor: Actor,
  now: Date,
): { code: string; from: string | null } {
  const c = mustGetCase(db, input.id);
  if (CLOSED.includes(c.status)) throw new AppError('CONFLICT', '案件已办结，不能再延长办理期限。');
  if (c.deadline && input.deadline < c.deadline) {
    const message = `新的办理期限不能早于原期限 ${c.deadline}`;
    throw new AppError('VALIDATION', `输入有误：${message}`, { deadline: message });
  }
  setCaseColumns(db, c.id, {
    deadline: input.deadline,
    extension_reason: input.reason,
    updated_at: toLocalIso(now),
  });
  addEvent(db, {
    caseId: c.id,
    at: toLocalIso(now),
    actor,
    kind: 'deadline-extended',
    note: `办理期限 ${c.deadline ?? '无'} → ${input.deadline}：${input.reason}`,
  });
  return { code: c.code, from: c.deadline };
}
