import type { Classification, Retention } from '../../../../shared/archive/codes';
import type { ArchiveItem, ListItemsInput } from '../../../../shared/archive/schemas';

/** The catalogue's filter bar as typed; empty means "all". */
export interface CatalogueFilter {
  q: string;
  categoryCode: string;
  year: string;
  retention: Retention | '';
  classification: Classification | '';
  /** A box's id, 'none' for 未装盒, or '' for any. */
  box: string;
  loan: '' | 'in' | 'out';
  /** 在册 (default), 已销毁, or both. */
  state: 'kept' | 'destroyed' | 'all';
}

export const NO_CATALOGUE_FILTER: CatalogueFilter = {
  q: '',
  categoryCode: '',
  year: '',
  retention: '',
  classification: '',
  box: '',
  loan: '',
  state: 'kept',
};

export type CatalogueQuery = Omit<ListItemsInput, 'page' | 'pageSize'>;
export type ItemSortField = NonNullable<ListItemsInput['sort']>;

/**
 * The filter as the server takes it, for a page (archive.list) and for the
 * exports and prints, which carry exactly what the catalogue shows.
 */
export function catalogueQuery(
  f: CatalogueFilter,
  sort?: { field: ItemSortField; direction: 'asc' | 'desc' },
): CatalogueQuery {
  const q: CatalogueQuery = {};
  if (f.q.trim()) q.q = f.q.trim();
  if (f.categoryCode) q.categoryCode = f.categoryCode;
  if (/^\d{4}$/.test(f.year)) q.year = Number(f.year);
  if (f.retention) q.retention = f.retention;
  if (f.classification) q.classification = f.classification;
  if (f.box === 'none') q.unboxed = true;
  else if (f.box) q.boxId = Number(f.box);
  if (f.loan) q.onLoan = f.loan === 'out';
  if (f.state !== 'kept') q.state = f.state;
  if (sort) {
    q.sort = sort.field;
    q.direction = sort.direction;
  }
  return q;
}

export const isCatalogueFiltered = (f: CatalogueFilter): boolean =>
  JSON.stringify({ ...f, q: f.q.trim() }) !== JSON.stringify(NO_CATALOGUE_FILTER);

/** 状态 of an item as the catalogue shows it. */
export function itemState(item: Pick<ArchiveItem, 'destroyed' | 'onLoanId'>): '在库' | '借出中' | '已销毁' {
  if (item.destroyed) return '已销毁';
  return item.onLoanId === null ? '在库' : '借出中';
}
