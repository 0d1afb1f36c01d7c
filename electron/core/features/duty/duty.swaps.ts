// Swaps and replacements (调班, 替班) of a published roster: the request and the director's decision, which publishes
// the changed roster as a new version. Separate from the roster itself (duty.roster.ts), whose reading it builds on.
import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import type { Assignment } from '../../../../shared/duty/rules';
import { dayLabel } from '../../../../shared/duty/shifts';
import type { Swap } from '../../../../shared/duty/schemas';
import { validateRoster } from '../../../../shared/duty/validate';
import { stmt } from '../cases/cases.queries';
import {
  nameOf,
  nextVersion,
  rosterContext,
  rosterOf,
  SWAP_SELECT,
  toSwap,
  type SwapRow,
} from './duty.roster';

export function requestSwap(
  db: Db,
  s: {
    month: string;
    kind: 'swap' | 'replace';
    date: string;
    shift: string;
    fromId: number;
    toId: number;
    otherDate?: string | undefined;
    otherShift?: string | undefined;
    reason: string;
  },
  actor: { id: number; name: string; role: string },
  at: string,
): { id: number; summary: string } {
  const roster = rosterOf(db, s.month, 'published');
  if (!roster) throw new AppError('CONFLICT', `${s.month} 的值班表尚未发布，请主任直接修改草稿。`);
  if (actor.role !== 'director' && actor.id !== s.fromId && actor.id !== s.toId)
    throw new AppError('FORBIDDEN', '只能为本人的班次申请调班。');
  const has = (date: string, shift: string, personId: number) =>
    roster.assignments.some((a) => a.date === date && a.shift === shift && a.personId === personId);
  if (!has(s.date, s.shift, s.fromId))
    throw new AppError(
      'VALIDATION',
      `输入有误：${dayLabel(s.date)} ${s.shift} 班没有排 ${nameOf(db, s.fromId) ?? '此人'}`,
    );
  if (s.kind === 'swap' && !has(s.otherDate!, s.otherShift!, s.toId))
    throw new AppError(
      'VALIDATION',
      `输入有误：${dayLabel(s.otherDate!)} ${s.otherShift} 班没有排 ${nameOf(db, s.toId) ?? '对方'}`,
    );
  const id = Number(
    stmt(
      db,
      `INSERT INTO duty_swaps (month, kind, date, shift, from_id, to_id, other_date, other_shift, reason, status, requested_at, requested_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?)`,
    ).run(
      s.month,
      s.kind,
      s.date,
      s.shift,
      s.fromId,
      s.toId,
      s.otherDate ?? null,
      s.otherShift ?? null,
      s.reason,
      at,
      actor.name,
    ).lastInsertRowid,
  );
  const from = nameOf(db, s.fromId);
  const to = nameOf(db, s.toId);
  return {
    id,
    summary:
      s.kind === 'replace'
        ? `申请替班：${dayLabel(s.date)} ${s.shift} 班 ${from} 由 ${to} 替班（${s.reason}）`
        : `申请换班：${from} ${dayLabel(s.date)} ${s.shift} 班与 ${to} ${dayLabel(s.otherDate!)} ${s.otherShift} 班互换（${s.reason}）`,
  };
}

/** The roster after a swap or replacement. */
function applied(assignments: Assignment[], s: Swap): Assignment[] {
  return assignments.map((a) => {
    if (a.date === s.date && a.shift === s.shift && a.personId === s.fromId)
      return { ...a, personId: s.toId };
    if (s.kind === 'swap' && a.date === s.otherDate && a.shift === s.otherShift && a.personId === s.toId)
      return { ...a, personId: s.fromId };
    return a;
  });
}

/**
 * The director's decision. Approved, the change makes a new published version
 * (the old one kept as superseded), refused when it would break a rule.
 */
export function decideSwap(
  db: Db,
  input: { id: number; approve: boolean; note?: string | undefined },
  actorName: string,
  at: string,
): Swap {
  const row = stmt(db, `${SWAP_SELECT} WHERE s.id = ?`).get(input.id) as SwapRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这条调班申请。');
  const s = toSwap(row);
  if (s.status !== 'requested') throw new AppError('CONFLICT', '该调班申请已审批。');
  let rosterId: number | null = null;
  if (input.approve) {
    const month = row.month;
    const roster = rosterOf(db, month, 'published');
    if (!roster) throw new AppError('CONFLICT', '该月值班表不存在。');
    const next = applied(roster.assignments, s);
    // Only what the change itself breaks counts (leave entered after publishing is the director's to weigh).
    const ctx = rosterContext(db, month, roster.template, roster.startsOn ?? undefined);
    const before = new Set(validateRoster(ctx, roster.assignments).map((i) => i.message));
    const broken = validateRoster(ctx, next).filter((i) => !before.has(i.message));
    if (broken.length)
      throw new AppError(
        'CONFLICT',
        `调班后将违反值班规则：${broken
          .slice(0, 3)
          .map((i) => i.message)
          .join('；')}`,
      );
    stmt(db, "UPDATE duty_rosters SET status = 'superseded' WHERE id = ?").run(roster.id);
    rosterId = Number(
      stmt(
        db,
        `INSERT INTO duty_rosters (month, version, status, template, assignments, starts_on, note, created_at, created_by, published_at, published_by)
         VALUES (?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        month,
        nextVersion(db, month),
        JSON.stringify(roster.template),
        JSON.stringify(next),
        roster.startsOn,
        `调班：${s.reason}`,
        at,
        actorName,
        at,
        actorName,
      ).lastInsertRowid,
    );
  }
  stmt(
    db,
    'UPDATE duty_swaps SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?, roster_id = ? WHERE id = ?',
  ).run(input.approve ? 'approved' : 'refused', at, actorName, input.note || null, rosterId, input.id);
  return toSwap(stmt(db, `${SWAP_SELECT} WHERE s.id = ?`).get(input.id) as SwapRow);
}
