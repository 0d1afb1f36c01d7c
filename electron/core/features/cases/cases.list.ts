import type { Db } from '../../db/open';
import { addDays, addWorkdays, type WorkCalendar } from '../../../../shared/calendar/workdays';
import type { CaseDashboard, CasePage, CaseRow, ListCasesInput } from '../../../../shared/cases/schemas';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from '../../../../shared/cases/status';
import { ROW_FROM, ROW_SELECT, stmt, toCaseRow, type LedgerRowRecord } from './cases.queries';
import { resolveSearch, type Search } from './cases.search';

/** The ledger filter without paging (the list, the exports and the prints share it). */
export type CaseFilter = Omit<ListCasesInput, 'page' | 'pageSize'>;

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

const STATUS_ORDER = Object.keys(CASE_STATUSES) as CaseStatus[];
const STATUS_RANK_SQL = `CASE c.status ${STATUS_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/**
 * Sort keys → the SQL terms of the ordering (all in the chosen direction, the
 * case id last so pages never overlap). Status sorts in the order of the flow
 * (登记 → 受理 → … → 归档, 中止 last), then by deadline.
 */
const SORT_TERMS: Record<NonNullable<CaseFilter['sort']>, string[]> = {
  registeredAt: ['c.registered_at'],
  code: ['c.code'],
  deadline: ['c.deadline'],
  status: [STATUS_RANK_SQL, 'c.deadline'],
  amount: ['c.amount_cents'],
};

/**
 * Above this many matches of a search, the page is read by walking the sort
 * index and testing membership in the match set, instead of fetching and
 * sorting every match (measured at 100 000 cases: ~1.4 ms against 6–9 ms for
 * a common term; for a rare term the match set is small and sorting it wins).
 */
const WALK_THRESHOLD = 1500;
/** Sort keys with an index to walk. */
const INDEXED_SORTS = new Set<string>(['registeredAt', 'code', 'deadline']);

/**
 * Where-clause and parameters of a filter, with its search term already
 * resolved (cases.search.ts). Values are always bound; the SQL text only
 * depends on which filters are set.
 */
export function filterSql(
  f: CaseFilter,
  today: string,
  search: Search | null,
  options: { walkSortIndex?: boolean } = {},
): { where: string; params: Record<string, unknown>; others: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status?.length) {
    where.push(`c.status IN (${f.status.map((_, i) => `@status${i}`).join(', ')})`);
    f.status.forEach((s, i) => (params[`status${i}`] = s));
  }
  for (const [key, column] of [
    ['categoryId', 'category_id'],
    ['source', 'source'],
    ['difficulty', 'difficulty'],
    ['handlerId', 'handler_id'],
  ] as const) {
    if (f[key] !== undefined) {
      where.push(`c.${column} = @${key}`);
      params[key] = f[key];
    }
  }
  if (f.from) {
    where.push('c.registered_at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push('c.registered_at < @toNext');
    params.toNext = addDays(f.to, 1);
  }
  if (f.overdueOnly) {
    where.push(`c.status IN (${OPEN_LIST}) AND c.deadline < @today`);
    params.today = today;
  }
  if (f.majorOnly) where.push('c.major = 1');
  const others = where.length;
  if (search?.kind === 'match') {
    // `+` keeps the planner from driving the query off the match list (see WALK_THRESHOLD).
    where.push(
      `${options.walkSortIndex ? '+' : ''}c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @fts)`,
    );
    params.fts = search.expr;
  } else if (search?.kind === 'scan') {
    where.push(
      `c.id IN (SELECT rowid FROM cases_fts WHERE code LIKE @like ESCAPE '\\' OR names LIKE @like ESCAPE '\\'
        OR summary LIKE @like ESCAPE '\\' OR place LIKE @like ESCAPE '\\' OR notes LIKE @like ESCAPE '\\')`,
    );
    params.like = search.like;
  } else if (search?.kind === 'nothing') where.push('0');
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params, others };
}

export function orderSql(f: CaseFilter): string {
  const dir = (f.direction ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY ${[...SORT_TERMS[f.sort ?? 'registeredAt'], 'c.id'].map((t) => `${t} ${dir}`).join(', ')}`;
}

const and = (where: string, term: string) => (where ? `${where} AND ${term}` : `WHERE ${term}`);

/** The full rows of a page, in the order of `ids`. */
function rowsByIds(db: Db, ids: readonly number[]): LedgerRowRecord[] {
  if (!ids.length) return [];
  const rows = stmt(
    db,
    `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as LedgerRowRecord[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

const pluck = (db: Db, sql: string, params: Record<string, unknown>): number[] =>
  stmt(db, sql).pluck(true).all(params) as number[];

interface SortKeys {
  id: number;
  registered_at: string;
  code: string;
  deadline: string | null;
  status: CaseStatus;
  amount_cents: number | null;
}

/** The SQL ordering, in JS: SQLite puts NULL first ascending and last descending, as here. */
function compareKeys(sort: NonNullable<CaseFilter['sort']>, desc: boolean) {
  const rank = (s: CaseStatus) => STATUS_ORDER.indexOf(s);
  const cmp = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  const terms: ((k: SortKeys) => string | number | null)[] = {
    registeredAt: [(k: SortKeys) => k.registered_at],
    code: [(k: SortKeys) => k.code],
    deadline: [(k: SortKeys) => k.deadline],
    status: [(k: SortKeys) => rank(k.status), (k: SortKeys) => k.deadline],
    amount: [(k: SortKeys) => k.amount_cents],
  }[sort];
  return (a: SortKeys, b: SortKeys) => {
    for (const t of [...terms, (k: SortKeys) => k.id]) {
      const c = cmp(t(a), t(b));
      if (c) return desc ? -c : c;
    }
    return 0;
  };
}

/** The ids of one page and the total. Each strategy is chosen for what it costs at 100 000 cases. */
export function pageIds(db: Db, f: ListCasesInput, today: string): { total: number; ids: number[] } {
  const sort = f.sort ?? 'registeredAt';
  const offset = f.page * f.pageSize;
  const search = resolveSearch(db, f.q);
  const filter = filterSql(f, today, search);

  // A term too common for the index: scan once, taking the sort keys along, and sort in memory.
  if (search?.kind === 'scan') {
    const keys = stmt(
      db,
      `SELECT c.id, c.registered_at, c.code, c.deadline, c.status, c.amount_cents FROM cases c ${filter.where}`,
    ).all(filter.params) as SortKeys[];
    keys.sort(compareKeys(sort, f.direction !== 'asc'));
    return { total: keys.length, ids: keys.slice(offset, offset + f.pageSize).map((k) => k.id) };
  }

  // Status in the flow's order: count each status, then read the page's stretch of each from the (status, deadline) index.
  if (sort === 'status') {
    const counts = new Map(
      (
        stmt(db, `SELECT c.status, count(*) AS n FROM cases c ${filter.where} GROUP BY c.status`).all(
          filter.params,
        ) as { status: CaseStatus; n: number }[]
      ).map((r) => [r.status, r.n]),
    );
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const desc = f.direction !== 'asc';
    const dir = desc ? 'DESC' : 'ASC';
    const ids: number[] = [];
    let skip = offset;
    for (const status of desc ? [...STATUS_ORDER].reverse() : STATUS_ORDER) {
      const n = counts.get(status) ?? 0;
      if (skip >= n) {
        skip -= n;
        continue;
      }
      const need = f.pageSize - ids.length;
      ids.push(
        ...pluck(
          db,
          `SELECT c.id FROM cases c ${and(filter.where, 'c.status = @sortStatus')}
           ORDER BY c.deadline ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`,
          { ...filter.params, sortStatus: status, limit: need, offset: skip },
        ),
      );
      skip = 0;
      if (ids.length >= f.pageSize) break;
    }
    return { total, ids };
  }

  const count =
    search?.kind === 'match' && filter.others === 0
      ? // One index row per case: the search alone is counted on the index.
        {
          sql: 'SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH @fts',
          params: { fts: filter.params.fts },
        }
      : { sql: `SELECT count(*) AS n FROM cases c ${filter.where}`, params: filter.params };
  const total = (stmt(db, count.sql).get(count.params) as { n: number }).n;
  if (total === 0 || offset >= total) return { total, ids: [] };
  const walk = search?.kind === 'match' && total > WALK_THRESHOLD && INDEXED_SORTS.has(sort);
  const { where, params } = walk ? filterSql(f, today, search, { walkSortIndex: true }) : filter;
  return {
    total,
    ids: pluck(db, `SELECT c.id FROM cases c ${where} ${orderSql(f)} LIMIT @limit OFFSET @offset`, {
      ...params,
      limit: f.pageSize,
      offset,
    }),
  };
}

/** One ledger page: server-side filter, sort and paging; party IDs and phones never appear in rows. */
export function listCases(db: Db, f: ListCasesInput, calendar: WorkCalendar, today: string): CasePage {
  const { total, ids } = pageIds(db, f, today);
  return { total, rows: rowsByIds(db, ids).map((r) => toCaseRow(r, calendar, today)) };
}

const DASHBOARD_LIMIT = 50;

/**
 * 工作台 (domain.md, cross-module links): the user's open cases — as handler,
 * or as first contact while no handler is named — that are due within one
 * working day or overdue; and every major case not yet closed.
 */
export function dashboard(db: Db, userId: number, calendar: WorkCalendar, today: string): CaseDashboard {
  const mine = `c.status IN (${OPEN_LIST}) AND (c.handler_id = @user OR (c.handler_id IS NULL AND c.first_contact_id = @user))`;
  const map = (rows: LedgerRowRecord[]): CaseRow[] => rows.map((r) => toCaseRow(r, calendar, today));
  // Yellow means at most one working day left, i.e. due before the second working day from today.
  const horizon = addWorkdays(calendar, today, 2);
  const due = map(
    stmt(
      db,
      `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE ${mine} AND c.deadline >= @today AND c.deadline < @horizon
       ORDER BY c.deadline, c.id`,
    ).all({ user: userId, today, horizon }) as LedgerRowRecord[],
  )
    .filter((r) => r.deadlineState === 'yellow')
    .slice(0, DASHBOARD_LIMIT);
  const overdue = map(
    stmt(
      db,
      `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE ${mine} AND c.deadline < @today ORDER BY c.deadline, c.id LIMIT ${DASHBOARD_LIMIT}`,
    ).all({ user: userId, today }) as LedgerRowRecord[],
  );
  const notClosed: CaseStatus[] = [...OPEN_STATUSES, 'suspended'];
  const majorOpen = map(
    stmt(
      db,
      `SELECT ${ROW_SELECT} FROM ${ROW_FROM} WHERE c.major = 1 AND c.status IN (${notClosed.map((s) => `'${s}'`).join(', ')})
       ORDER BY c.deadline IS NULL, c.deadline, c.id LIMIT ${DASHBOARD_LIMIT}`,
    ).all() as LedgerRowRecord[],
  );
  return { due, overdue, majorOpen };
}
