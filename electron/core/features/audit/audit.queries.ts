import { sha256 } from '../../db/crypto';
import type { Db } from '../../db/open';
import { likePattern } from '../../db/sql';
import { entityName, entityNames } from './audit.names';
import type {
  AuditPage,
  AuditRecord,
  AuditVerification,
  ListAuditInput,
} from '../../../../shared/audit/schemas';

/** What a write tells the audit trail about itself. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  summary: string;
}

export interface Actor {
  id: number | null;
  name: string;
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function contentHash(prevHash: string, r: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  return sha256(
    `${prevHash}\n${JSON.stringify([r.id, r.at, r.actor_id, r.actor_name, r.action, r.entity, r.entity_id, r.summary])}`,
  );
}

interface Head {
  last_id: number;
  last_hash: string;
}

/** Writes one record after `head` and moves the head to it. */
function insertRecord(db: Db, head: Head | undefined, at: string, actor: Actor, entry: AuditEntry): Head {
  const prevHash = head?.last_hash ?? GENESIS;
  const id = (head?.last_id ?? 0) + 1;
  const row = {
    id,
    at,
    actor_id: actor.id,
    actor_name: actor.name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    summary: entry.summary,
  };
  const hash = contentHash(prevHash, row);
  db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_id, summary, prev_hash, hash)
     VALUES (@id, @at, @actor_id, @actor_name, @action, @entity, @entity_id, @summary, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash });
  db.prepare(
    `INSERT INTO audit_head (id, last_id, last_hash, count) VALUES (1, @id, @hash, 1)
     ON CONFLICT (id) DO UPDATE SET last_id = @id, last_hash = @hash, count = count + 1`,
  ).run({ id, hash });
  return { last_id: id, last_hash: hash };
}

/** Written by the trail itself, not by the user whose write noticed the clock. */
const SYSTEM: Actor = { id: null, name: '系统' };
export const CLOCK_ROLLBACK_ACTION = 'audit.clock-rollback';

/**
 * Appends one record chained to the previous one. Must run inside the write's
 * own transaction (rules of the house 4), so a write and its record land together.
 *
 * A clock that reads earlier than the last record (set back by hand, or a
 * flat CMOS battery) is never silent: a 「系统时钟回拨」 record naming both times
 * goes first, sealed into the chain, so records backdated by moving the clock
 * cannot pass for history. Both records carry the time the clock gave: the
 * trail never writes a time it did not read, and its order is its numbering
 * (the hash chain, by which it is listed and verified), not its times. Only
 * the first write after the jump is preceded by the notice, since it is then
 * the last record.
 */
export function appendAudit(db: Db, at: string, actor: Actor, entry: AuditEntry): void {
  const head = db.prepare('SELECT last_id, last_hash FROM audit_head WHERE id = 1').get() as Head | undefined;
  const last = head
    ? (db.prepare('SELECT at FROM audit_log WHERE id = ?').get(head.last_id) as { at: string } | undefined)
    : undefined;
  let after = head;
  // Both times are toLocalIso strings (YYYY-MM-DDTHH:MM:SS), so text order is time order.
  if (head && last && at < last.at) {
    after = insertRecord(db, head, at, SYSTEM, {
      action: CLOCK_ROLLBACK_ACTION,
      entity: 'audit',
      entityId: head.last_id,
      summary: `系统时钟回拨：本机时间 ${at.replace('T', ' ')} 早于上一条记录（第 ${head.last_id} 条）的时间 ${last.at.replace('T', ' ')}`,
    });
  }
  insertRecord(db, after, at, actor, entry);
}

/** Walks the whole chain; reports the first record that does not fit. */
export function verifyAuditChain(db: Db): AuditVerification {
  let prev = GENESIS;
  let expectedId = 1;
  let checked = 0;
  for (const row of db
    .prepare('SELECT * FROM audit_log ORDER BY id')
    .iterate() as IterableIterator<AuditRow>) {
    if (row.id !== expectedId)
      return { ok: false, checked, problem: `第 ${expectedId} 条记录缺失（记录被删除）` };
    if (row.prev_hash !== prev) return { ok: false, checked, problem: `第 ${row.id} 条记录与前一条不衔接` };
    if (contentHash(prev, row) !== row.hash)
      return { ok: false, checked, problem: `第 ${row.id} 条记录内容被改动` };
    prev = row.hash;
    expectedId++;
    checked++;
  }
  const head = db.prepare('SELECT last_id, last_hash, count FROM audit_head WHERE id = 1').get() as
    { last_id: number; last_hash: string; count: number } | undefined;
  if (head && (head.last_id !== checked || head.last_hash !== prev || head.count !== checked)) {
    return { ok: false, checked, problem: `日志末尾缺少记录（应有 ${head.count} 条，实有 ${checked} 条）` };
  }
  return { ok: true, checked };
}

export function listAudit(db: Db, f: ListAuditInput): AuditPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.from) {
    where.push('at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push('at < @toNext');
    params.toNext = `${f.to}\u{10FFFF}`;
  }
  if (f.actor) {
    where.push('actor_name = @actor');
    params.actor = f.actor;
  }
  if (f.action) {
    where.push('action = @action');
    params.action = f.action;
  }
  if (f.q) {
    where.push("(summary LIKE @q ESCAPE '\\' OR entity LIKE @q ESCAPE '\\' OR action LIKE @q ESCAPE '\\')");
    params.q = likePattern(f.q);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT id, at, actor_name, action, entity, entity_id, summary FROM audit_log ${clause}
       ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: f.pageSize, offset: f.page * f.pageSize }) as AuditRow[];
  const names = entityNames(db, rows);
  return {
    total,
    rows: rows.map((r): AuditRecord => ({
      id: r.id,
      at: r.at,
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      entityName: entityName(names, r.entity, r.entity_id),
      summary: r.summary,
    })),
  };
}
