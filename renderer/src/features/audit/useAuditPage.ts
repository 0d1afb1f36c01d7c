import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import type { ListAuditInput } from '../../../../shared/audit/schemas';

export interface AuditFilter {
  from: string;
  to: string;
  actor: string;
  q: string;
}

export const NO_FILTER: AuditFilter = { from: '', to: '', actor: '', q: '' };

/** One server-side page of the audit trail; empty filter fields are left out of the query. */
export function useAuditPage(page: number, pageSize: number, filter: AuditFilter) {
  const load = useCallback(() => {
    const input: ListAuditInput = { page, pageSize };
    if (filter.from) input.from = filter.from;
    if (filter.to) input.to = filter.to;
    if (filter.actor.trim()) input.actor = filter.actor.trim();
    if (filter.q.trim()) input.q = filter.q.trim();
    return api.audit.list(input);
  }, [page, pageSize, filter]);
  return useLoad(load);
}
