import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { isRetentionExpired, RETENTIONS } from '../../../../shared/archive/codes';
import type { ArchiveItem, Disposal } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';
import { ITEM_FROM, ITEM_SELECT, itemsByIds, toItem, type ItemRecord } from './archive.items';

/**
 * Retention and disposal (seed 001: 任何人不得私自销毁档案). Items whose
 * retention has ended are listed for appraisal; a disposal list is proposed by
 * the archivist and carried out only on the director's approval, and then
 * each item is marked 已销毁 with who, when and why — its catalogue row and
 * its history stay.
 */

/** Items kept past their retention period, oldest first: the appraisal list (到期鉴定). */
export function expiredItems(db: Db, currentYear: number): ArchiveItem[] {
  // D10 of year Y ends with Y + 10; the SQL pre-filters, the shared rule decides.
  return (
    stmt(
      db,
      `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM}
       WHERE i.destroyed_at IS NULL AND i.retention != 'Y'
         AND i.year + CASE i.retention WHEN 'D10' THEN 10 ELSE 30 END < ?
       ORDER BY i.year, i.category, i.serial`,
    ).all(currentYear) as ItemRecord[]
  )
    .map(toItem)
    .filter((i) => isRetentionExpired(i.year, i.retention, currentYear));
}

/**
 * How many items `expiredItems` lists, counted without building them (工作台's figure). The SQL is
 * the shared rule itself: a D10 or D30 item of year Y has expired once the current year is past Y + 10 or Y + 30.
 */
export function expiredCount(db: Db, currentYear: number): number {
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM archive_items i
       WHERE i.destroyed_at IS NULL AND i.retention != 'Y'
         AND i.year + CASE i.retention WHEN 'D10' THEN 10 ELSE 30 END < ?`,
    ).get(currentYear) as { n: number }
  ).n;
}

interface DisposalRecord {
  id: number;
  number: string;
  status: Disposal['status'];
  reason: string;
  item_ids: string;
  proposed_at: string;
  proposed_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
  supervisor: string | null;
}

const toDisposal = (db: Db, r: DisposalRecord): Disposal => ({
  id: r.id,
  number: r.number,
  status: r.status,
  reason: r.reason,
  proposedAt: r.proposed_at,
  proposedBy: r.proposed_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  decisionNote: r.decision_note,
  supervisor: r.supervisor,
  items: itemsByIds(db, JSON.parse(r.item_ids) as number[]),
});

export function getDisposal(db: Db, id: number): Disposal {
  const r = stmt(db, 'SELECT * FROM archive_disposals WHERE id = ?').get(id) as DisposalRecord | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这份销毁清册。');
  return toDisposal(db, r);
}

export function listDisposals(db: Db): Disposal[] {
  return (
    stmt(db, 'SELECT * FROM archive_disposals ORDER BY id DESC LIMIT 200').all() as DisposalRecord[]
  ).map((r) => toDisposal(db, r));
}

export const disposalsAwaiting = (db: Db): number =>
  (stmt(db, "SELECT count(*) AS n FROM archive_disposals WHERE status = 'proposed'").get() as { n: number })
    .n;

/** Why an item cannot be put on a disposal list now, or null. */
function disposalProblem(item: ArchiveItem, currentYear: number, listed: Set<number>): string | null {
  if (item.destroyed) return `${item.code} 已销毁`;
  if (!isRetentionExpired(item.year, item.retention, currentYear))
    return `${item.code} 保管期限（${RETENTIONS[item.retention]}）未满`;
  if (item.onLoanId !== null) return `${item.code} 正在借出`;
  if (listed.has(item.id)) return `${item.code} 已在待审批的销毁清册中`;
  return null;
}

function pendingItemIds(db: Db): Set<number> {
  const rows = stmt(db, "SELECT item_ids FROM archive_disposals WHERE status = 'proposed'").all() as {
    item_ids: string;
  }[];
  return new Set(rows.flatMap((r) => JSON.parse(r.item_ids) as number[]));
}

export function proposeDisposal(
  db: Db,
  itemIds: number[],
  reason: string,
  actorName: string,
  at: string,
  currentYear: number,
): { id: number; number: string } {
  const unique = [...new Set(itemIds)];
  const items = itemsByIds(db, unique);
  if (items.length !== unique.length) throw new AppError('NOT_FOUND', '所选档案中有不存在的条目。');
  const listed = pendingItemIds(db);
  const problems = items
    .map((i) => disposalProblem(i, currentYear, listed))
    .filter((p): p is string => p !== null);
  if (problems.length)
    throw new AppError(
      'CONFLICT',
      `不能列入销毁清册：${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等 ${problems.length} 件` : ''}。`,
    );
  const { n } = stmt(db, "SELECT count(*) AS n FROM archive_disposals WHERE number LIKE ? || '-%'").get(
    String(currentYear),
  ) as { n: number };
  const number = `${currentYear}-${String(n + 1).padStart(3, '0')}`;
  const info = stmt(
    db,
    `INSERT INTO archive_disposals (number, status, reason, item_ids, proposed_at, proposed_by)
     VALUES (?, 'proposed', ?, ?, ?, ?)`,
  ).run(number, reason, JSON.stringify(unique), at, actorName);
  return { id: Number(info.lastInsertRowid), number };
}

/** The director's decision; on approval every item is marked destroyed in the same transaction. */
export function decideDisposal(
  db: Db,
  input: { id: number; approve: boolean; note?: string | undefined; supervisor?: string | undefined },
  actorName: string,
  at: string,
): Disposal {
  const d = getDisposal(db, input.id);
  if (d.status !== 'proposed') throw new AppError('CONFLICT', `销毁清册 ${d.number} 已审批，不能再次审批。`);
  if (input.approve) {
    const out = d.items.filter((i) => i.onLoanId !== null);
    if (out.length)
      throw new AppError('CONFLICT', `不能销毁：${out.map((i) => i.code).join('、')} 正在借出。`);
    const mark = stmt(
      db,
      `UPDATE archive_items SET destroyed_at = ?, destroyed_by = ?, destroy_reason = ?, disposal_id = ?
       WHERE id = ? AND destroyed_at IS NULL`,
    );
    for (const i of d.items) mark.run(at, actorName, `${d.reason}（销毁清册 ${d.number}）`, d.id, i.id);
    // Waiting applications for a destroyed item can no longer be served.
    stmt(
      db,
      `UPDATE archive_loans SET status = 'cancelled', cancel_reason = '档案已销毁'
       WHERE status IN ('requested', 'approved') AND item_id IN (SELECT value FROM json_each(?))`,
    ).run(JSON.stringify(d.items.map((i) => i.id)));
  }
  stmt(
    db,
    `UPDATE archive_disposals SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?, supervisor = ?
     WHERE id = ?`,
  ).run(
    input.approve ? 'approved' : 'refused',
    at,
    actorName,
    input.note || null,
    input.supervisor || null,
    d.id,
  );
  return getDisposal(db, d.id);
}
