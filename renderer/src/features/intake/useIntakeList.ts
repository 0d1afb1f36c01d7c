import { useCallback } from 'react';
import type { GridPaginationModel } from '@mui/x-data-grid';
import type { IntakeChannel, IntakeOutcome } from '../../../../shared/cases/codes';
import type { ListIntakesInput } from '../../../../shared/intake/schemas';
import { api } from '../../api';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { useRemembered } from '../../hooks/useRemembered';

export interface IntakeFilter {
  channel: IntakeChannel | '';
  outcome: IntakeOutcome | '';
  from: string;
  to: string;
  q: string;
}
const NO_FILTER: IntakeFilter = { channel: '', outcome: '', from: '', to: '', q: '' };
const FIRST_PAGE: GridPaginationModel = { page: 0, pageSize: 25 };

/** One server-side page of the first-contact log, with its filter kept per user while the app runs. */
export function useIntakeList(userId: number) {
  const [filter, setFilter] = useRemembered<IntakeFilter>(`intake-filter:${userId}`, NO_FILTER);
  const [pagination, setPagination] = useRemembered(`intake-page:${userId}`, FIRST_PAGE);
  const q = useDebounced(filter.q.trim(), 300);
  const { channel, outcome, from, to } = filter;

  const load = useCallback(() => {
    const input: ListIntakesInput = { page: pagination.page, pageSize: pagination.pageSize };
    if (channel) input.channel = channel;
    if (outcome) input.outcome = outcome;
    if (from) input.from = from;
    if (to) input.to = to;
    if (q) input.q = q;
    return api.intake.list(input);
  }, [pagination, channel, outcome, from, to, q]);

  const setFilterField = (key: keyof IntakeFilter, value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setPagination((p) => ({ ...p, page: 0 }));
  };

  return { filter, setFilterField, pagination, setPagination, intakes: useLoad(load) };
}

export type IntakeListState = ReturnType<typeof useIntakeList>;
