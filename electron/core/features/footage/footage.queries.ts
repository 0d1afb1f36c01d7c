import type { Db } from '../../db/open';
import { maskIdNumber } from '../../../../shared/privacy/identity';
import type { FootageMedium } from '../../../../shared/footage/codes';
import { footageState } from '../../../../shared/footage/rules';
import type {
  FootageCopy,
  FootagePage,
  FootagePoint,
  FootageRequest,
  ListFootageInput,
} from '../../../../shared/footage/schemas';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';

/**
 * Reading the footage register: each request with its decision, its copies,
 * its cameras by code and name, and the corrections that link it. The state
 * (待审批 … 已更正) is derived in SQL so the register filters and pages on it.
 */

interface RequestRow {
  id: number;
  requester: string;
  unit: string;
  id_number: string;
  letter: string;
  point_ids: string;
  range_from: string;
  range_to: string;
  purpose: string;
  likely_overwritten: number;
  corrects_id: number | null;
  correction_reason: string | null;
  requested_at: string;
  recorded_by: string;
  approved: number | null;
  note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  copy_count: number;
  corrected_by_id: number | null;
  state: string;
}

const VIEW = `
  SELECT r.*, d.approved, d.note, d.decided_by, d.decided_at,
    (SELECT count(*) FROM footage_copies c WHERE c.request_id = r.id) AS copy_count,
    (SELECT min(n.id) FROM footage_requests n WHERE n.corrects_id = r.id) AS corrected_by_id
  FROM footage_requests r LEFT JOIN footage_decisions d ON d.request_id = r.id`;

/** The same order of tests as footageState (shared/footage/rules.ts). */
const STATED = `
  SELECT v.*, CASE
    WHEN v.copy_count > 0 THEN 'copied'
    WHEN v.corrected_by_id IS NOT NULL THEN 'corrected'
    WHEN v.approved IS NULL THEN 'waiting'
    WHEN v.approved = 1 THEN 'approved'
    ELSE 'refused' END AS state
  FROM (${VIEW}) v`;

interface PointRow {
  id: number;
  code: string;
  name: string;
  location: string;
  retired: number;
}

const toPoint = (p: PointRow): FootagePoint => ({
  id: p.id,
  code: p.code,
  name: p.name,
  location: p.location,
  retired: p.retired === 1,
});

function pointsByIds(db: Db, ids: readonly number[]): Map<number, FootagePoint> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT id, code, name, location, retired FROM watch_points WHERE id IN (${unique.map(() => '?').join(',')})`,
    )
    .all(...unique) as PointRow[];
  return new Map(rows.map((p) => [p.id, toPoint(p)]));
}

/** The points a request may name: every point in service, by code. */
export function requestablePoints(db: Db): FootagePoint[] {
  return (
    stmt(
      db,
      'SELECT id, code, name, location, retired FROM watch_points WHERE retired = 0 ORDER BY code',
    ).all() as PointRow[]
  ).map(toPoint);
}

/** The named points, each in service; a retired or unknown one is refused by name. */
export function pointsForRequest(db: Db, ids: readonly number[]): FootagePoint[] {
  const found = pointsByIds(db, ids);
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length)
    throw new AppError('VALIDATION', '输入有误：所选点位不存在', { pointIds: '所选点位不存在，请重新选择' });
  const retired = ids.map((i) => found.get(i)!).filter((p) => p.retired);
  if (retired.length) {
    const names = retired.map((p) => `${p.code} ${p.name}`).join('、');
    throw new AppError('VALIDATION', `输入有误：点位 ${names} 已停用`, { pointIds: `点位 ${names} 已停用` });
  }
  return [...new Set(ids)].map((i) => found.get(i)!);
}

interface CopyRow {
  id: number;
  request_id: number;
  medium: string;
  destination: string;
  operator: string;
  copied_at: string;
  recorded_by: string;
}

function copiesOf(db: Db, requestIds: readonly number[]): Map<number, FootageCopy[]> {
  const out = new Map<number, FootageCopy[]>();
  if (requestIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT * FROM footage_copies WHERE request_id IN (${requestIds.map(() => '?').join(',')}) ORDER BY id`,
    )
    .all(...requestIds) as CopyRow[];
  for (const c of rows) {
    const list = out.get(c.request_id) ?? [];
    list.push({
      id: c.id,
      medium: c.medium as FootageMedium,
      destination: c.destination,
      operator: c.operator,
      copiedAt: c.copied_at,
      recordedBy: c.recorded_by,
    });
    out.set(c.request_id, list);
  }
  return out;
}

/** Rows to requests, with their points and copies read in one query each. */
function assemble(db: Db, rows: readonly RequestRow[], wholeId: boolean): FootageRequest[] {
  const ids = rows.map((r) => JSON.parse(r.point_ids) as number[]);
  const points = pointsByIds(db, ids.flat());
  const copies = copiesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r, i) => {
    const approved = r.approved === null ? null : r.approved === 1;
    const own = copies.get(r.id) ?? [];
    return {
      id: r.id,
      requester: r.requester,
      unit: r.unit,
      idNumber: wholeId ? r.id_number : maskIdNumber(r.id_number),
      letter: r.letter,
      points: ids[i]!.flatMap((p) => points.get(p) ?? []),
      rangeFrom: r.range_from,
      rangeTo: r.range_to,
      purpose: r.purpose,
      likelyOverwritten: r.likely_overwritten === 1,
      correctsId: r.corrects_id,
      correctionReason: r.correction_reason,
      correctedById: r.corrected_by_id,
      requestedAt: r.requested_at,
      recordedBy: r.recorded_by,
      decision:
        approved === null
          ? null
          : { approved, note: r.note, decidedBy: r.decided_by!, decidedAt: r.decided_at! },
      copies: own,
      state: footageState({ approved, copyCount: own.length, correctedById: r.corrected_by_id }),
    };
  });
}

export function requestById(db: Db, id: number, wholeId = false): FootageRequest {
  const row = stmt(db, `${STATED} WHERE v.id = ?`).get(id) as RequestRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到录像调取登记 #${id}。`);
  return assemble(db, [row], wholeId)[0]!;
}

function where(input: Omit<ListFootageInput, 'page' | 'pageSize'>): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (input.from) {
    parts.push('requested_at >= ?');
    params.push(input.from);
  }
  if (input.to) {
    // requested_at is a local minute: every minute of the last day is before its `T24`.
    parts.push('requested_at < ?');
    params.push(`${input.to}T24`);
  }
  if (input.state) {
    parts.push('state = ?');
    params.push(input.state);
  }
  const q = input.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push("(requester LIKE ? ESCAPE '\\' OR unit LIKE ? ESCAPE '\\')");
    params.push(like, like);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The register, newest first, one page; ID numbers masked. */
export function listRequests(db: Db, input: ListFootageInput): FootagePage {
  const { sql, params } = where(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM (${STATED}) ${sql}`).get(...params) as { n: number })
    .n;
  const rows = db
    .prepare(`SELECT * FROM (${STATED}) ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize, input.page * input.pageSize) as RequestRow[];
  return { rows: assemble(db, rows, false), total, page: input.page, pageSize: input.pageSize };
}

/** Every request registered in the period, oldest first (the printed register); ID numbers masked. */
export function registerRequests(db: Db, from: string, to: string): FootageRequest[] {
  const { sql, params } = where({ from, to });
  const rows = db.prepare(`SELECT * FROM (${STATED}) ${sql} ORDER BY id`).all(...params) as RequestRow[];
  return assemble(db, rows, false);
}
