import type { Db } from '../../db/open';
import { FOOTAGE_MEDIA } from '../../../../shared/footage/codes';
import { likelyOverwritten, retentionWarning } from '../../../../shared/footage/rules';
import type { FootageCheck, FootageRequestInput } from '../../../../shared/footage/schemas';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';
import { getWatchSettings } from '../watch/watch.settings';
import { pointsForRequest, requestById } from './footage.queries';

/**
 * Writing the footage register. Every write is an INSERT: the triggers of
 * migration 010 refuse any UPDATE or DELETE of the three tables, and no
 * function here tries one. A correction is a new request pointing at the old.
 */

type RequestFields = Omit<FootageRequestInput, 'idNumber'> & { idNumber: string };

/** Whether hours from `rangeFrom` are older than the recorders keep, as of `now`. */
export function checkRetention(db: Db, rangeFrom: string, now: string): FootageCheck {
  const { footageRetentionDays: days } = getWatchSettings(db);
  const old = likelyOverwritten(rangeFrom, now, days);
  return { retentionDays: days, likelyOverwritten: old, warning: old ? retentionWarning(days) : null };
}

function insertRequest(
  db: Db,
  input: RequestFields,
  correction: { id: number; reason: string } | null,
  by: string,
  now: string,
) {
  const points = pointsForRequest(db, input.pointIds);
  const check = checkRetention(db, input.rangeFrom, now);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO footage_requests (requester, unit, id_number, letter, point_ids, range_from, range_to, purpose,
       likely_overwritten, corrects_id, correction_reason, requested_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.requester,
    input.unit,
    input.idNumber,
    input.letter,
    JSON.stringify(points.map((p) => p.id)),
    input.rangeFrom,
    input.rangeTo,
    input.purpose,
    check.likelyOverwritten ? 1 : 0,
    correction?.id ?? null,
    correction?.reason ?? null,
    now,
    by,
  );
  const id = Number(lastInsertRowid);
  const cameras = points.map((p) => p.code).join('、');
  const summary =
    `${correction ? `更正录像调取登记 #${correction.id}（${correction.reason}），新登记 #${id}` : `登记录像调取 #${id}`}：` +
    `${input.unit} ${input.requester}，点位 ${cameras}，${input.rangeFrom.replace('T', ' ')} 至 ${input.rangeTo.replace('T', ' ')}` +
    (check.warning ? `（${check.warning}）` : '');
  return { id, summary, warning: check.warning };
}

export function recordRequest(db: Db, input: RequestFields, by: string, now: string) {
  return insertRequest(db, input, null, by, now);
}

/** A request may be corrected once: a later correction corrects the correction. */
export function recordCorrection(
  db: Db,
  input: RequestFields & { correctsId: number; reason: string },
  by: string,
  now: string,
) {
  const old = requestById(db, input.correctsId);
  if (old.correctedById !== null)
    throw new AppError(
      'CONFLICT',
      `登记 #${old.id} 已由 #${old.correctedById} 更正；如需再次更正，请在 #${old.correctedById} 上更正。`,
    );
  return insertRequest(db, input, { id: old.id, reason: input.reason }, by, now);
}

/** A request still open to a decision or a copy: not superseded by a correction. */
function mustBeCurrent(db: Db, id: number) {
  const r = requestById(db, id);
  if (r.correctedById !== null)
    throw new AppError('CONFLICT', `登记 #${r.id} 已更正，见 #${r.correctedById}；请在更正后的登记上办理。`);
  return r;
}

/** The director's 审批: once per request. */
export function recordDecision(
  db: Db,
  input: { id: number; approved: boolean; note?: string | undefined },
  by: string,
  now: string,
): string {
  const r = mustBeCurrent(db, input.id);
  if (r.decision)
    throw new AppError(
      'CONFLICT',
      `登记 #${r.id} 已于 ${r.decision.decidedAt.replace('T', ' ')} 由 ${r.decision.decidedBy}${r.decision.approved ? '批准' : '不予批准'}，审批不能更改。`,
    );
  stmt(
    db,
    'INSERT INTO footage_decisions (request_id, approved, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)',
  ).run(r.id, input.approved ? 1 : 0, input.note ?? null, by, now);
  return `${input.approved ? '批准' : '不予批准'}录像调取 #${r.id}（${r.unit} ${r.requester}）${input.note ? `：${input.note}` : ''}`;
}

/** A copy, only on an approved request (the director's approval before any copy). */
export function recordCopy(
  db: Db,
  input: { requestId: number; medium: keyof typeof FOOTAGE_MEDIA; destination: string; operator: string },
  by: string,
  now: string,
): string {
  const r = mustBeCurrent(db, input.requestId);
  if (!r.decision) throw new AppError('CONFLICT', `登记 #${r.id} 尚未经主任批准，不能复制录像。`);
  if (!r.decision.approved) throw new AppError('CONFLICT', `登记 #${r.id} 主任不予批准，不能复制录像。`);
  stmt(
    db,
    'INSERT INTO footage_copies (request_id, medium, destination, operator, copied_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(r.id, input.medium, input.destination, input.operator, now, by);
  return `复制录像 #${r.id}（${r.unit} ${r.requester}）：${FOOTAGE_MEDIA[input.medium]}，去向 ${input.destination}，经办人 ${input.operator}`;
}
