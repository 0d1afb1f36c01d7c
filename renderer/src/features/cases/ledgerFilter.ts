import type { CaseSource, Difficulty } from '../../../../shared/cases/codes';
import type { CaseStatus } from '../../../../shared/cases/status';
import type { ListCasesInput } from '../../../../shared/cases/schemas';

/** The ledger's filter bar as typed; empty means "all". */
export interface LedgerFilter {
  status: CaseStatus[];
  categoryId: string;
  source: CaseSource | '';
  difficulty: Difficulty | '';
  handlerId: string;
  from: string;
  to: string;
  overdueOnly: boolean;
  majorOnly: boolean;
  q: string;
}

export const NO_FILTER: LedgerFilter = {
  status: [],
  categoryId: '',
  source: '',
  difficulty: '',
  handlerId: '',
  from: '',
  to: '',
  overdueOnly: false,
  majorOnly: false,
  q: '',
};

export type LedgerQuery = Omit<ListCasesInput, 'page' | 'pageSize'>;

/**
 * The filter as the server takes it, for a page (cases.list) and for the
 * exports, which print exactly what the ledger shows (cases.exportLedger …).
 */
export function ledgerQuery(
  f: LedgerFilter,
  sort?: { field: NonNullable<ListCasesInput['sort']>; direction: 'asc' | 'desc' },
): LedgerQuery {
  const q: LedgerQuery = {};
  if (f.status.length > 0) q.status = f.status;
  if (f.categoryId) q.categoryId = Number(f.categoryId);
  if (f.source) q.source = f.source;
  if (f.difficulty) q.difficulty = f.difficulty;
  if (f.handlerId) q.handlerId = Number(f.handlerId);
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.overdueOnly) q.overdueOnly = true;
  if (f.majorOnly) q.majorOnly = true;
  if (f.q.trim()) q.q = f.q.trim();
  if (sort) {
    q.sort = sort.field;
    q.direction = sort.direction;
  }
  return q;
}

/** True when any filter is set, so 清除条件 is offered. */
export const isFiltered = (f: LedgerFilter): boolean =>
  JSON.stringify({ ...f, q: f.q.trim() }) !== JSON.stringify(NO_FILTER);
