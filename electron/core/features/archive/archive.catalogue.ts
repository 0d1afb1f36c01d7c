import type { Db } from '../../db/open';
import { scanCode } from '../../../../shared/archive/codes';
import type { ArchiveItem, ItemPage, ListItemsInput } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';
import { resolveSearch } from '../cases/cases.search';
import { ITEM_FROM, ITEM_SELECT, toItem, type ItemRecord } from './archive.items';

/** The catalogue filter without paging (the list, the exports and the prints share it). */
export type CatalogueFilter = Omit<ListItemsInput, 'page' | 'pageSize'>;

const SORT_TERMS: Record<NonNullable<CatalogueFilter['sort']>, string> = {
  code: 'i.category, i.year, i.retention, i.serial',
  date: 'i.date',
  title: 'i.title',
  createdAt: 'i.created_at',
};

/**
 * The where-clause of a catalogue filter; values are always bound. A search
 * term matches the trigram index (题名, 档号, 文号, 责任者, 备注, as the
 * ledger's search), or is a 档号 typed or scanned — then that item is found
 * whatever separators the scanner typed.
 */
export function catalogueWhere(
  db: Db,
  f: CatalogueFilter,
): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const state = f.state ?? 'kept';
  if (state !== 'all') where.push(state === 'kept' ? 'i.destroyed_at IS NULL' : 'i.destroyed_at IS NOT NULL');
  for (const [key, column] of [
    ['categoryCode', 'category'],
    ['year', 'year'],
    ['retention', 'retention'],
    ['classification', 'classification'],
    ['boxId', 'box_id'],
  ] as const) {
    if (f[key] !== undefined) {
      where.push(`i.${column} = @${key}`);
      params[key] = f[key];
    }
  }
  if (f.unboxed) where.push('i.box_id IS NULL');
  if (f.onLoan !== undefined)
    where.push(
      `${f.onLoan ? '' : 'NOT '}EXISTS (SELECT 1 FROM archive_loans l WHERE l.item_id = i.id AND l.status = 'out')`,
    );
  const search = resolveSearch(db, f.q, 'archive_items_fts');
  if (search) {
    params.scan = scanCode(f.q ?? '');
    // An item renumbered on import is still found by the 档号 on its old label.
    params.legacy = (f.q ?? '').trim();
    if (search.kind === 'match') {
      where.push(
        `(i.id IN (SELECT rowid FROM archive_items_fts WHERE archive_items_fts MATCH @fts) OR i.scan_code = @scan
          OR i.legacy_code = @legacy)`,
      );
      params.fts = search.expr;
    } else if (search.kind === 'scan') {
      where.push(`(i.title LIKE @like ESCAPE '\\' OR i.code LIKE @like ESCAPE '\\' OR i.responsible LIKE @like ESCAPE '\\'
        OR i.doc_number LIKE @like ESCAPE '\\' OR i.note LIKE @like ESCAPE '\\' OR i.scan_code = @scan
        OR i.legacy_code = @legacy)`);
      params.like = search.like;
    } else where.push('(i.scan_code = @scan OR i.legacy_code = @legacy)');
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const orderOf = (f: CatalogueFilter): string => {
  const dir = f.direction === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${SORT_TERMS[f.sort ?? 'code']
    .split(', ')
    .map((t) => `${t} ${dir}`)
    .join(', ')}, i.id ${dir}`;
};

/**
 * A page: the page's ids first, from the items table alone, then their rows.
 * Sorting the full rows would compute every row's join and "on loan"
 * subquery before the sort (SQLite fills its sorter with whole result rows),
 * 100 times the work for a page of 50 out of 5 000.
 */
export function listItems(db: Db, f: ListItemsInput): ItemPage {
  const { where, params } = catalogueWhere(db, f);
  const total = (stmt(db, `SELECT count(*) AS n FROM archive_items i ${where}`).get(params) as { n: number })
    .n;
  const ids = (
    stmt(db, `SELECT i.id FROM archive_items i ${where} ${orderOf(f)} LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit: f.pageSize,
      offset: f.page * f.pageSize,
    }) as { id: number }[]
  ).map((r) => r.id);
  const byId = new Map(
    (
      stmt(db, `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM} WHERE i.id IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify(ids),
      ) as ItemRecord[]
    ).map((r) => [r.id, r]),
  );
  return { rows: ids.map((id) => toItem(byId.get(id)!)), total, page: f.page, pageSize: f.pageSize };
}

/** Every item a filter selects, in catalogue order (exports and prints; `limit` guards a print). */
export function catalogueItems(db: Db, f: CatalogueFilter, limit = 1_000_000): ArchiveItem[] {
  const { where, params } = catalogueWhere(db, f);
  return (
    stmt(db, `SELECT ${ITEM_SELECT} FROM ${ITEM_FROM} ${where} ${orderOf(f)} LIMIT @limit`).all({
      ...params,
      limit,
    }) as ItemRecord[]
  ).map(toItem);
}
