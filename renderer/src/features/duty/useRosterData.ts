import { useCallback, useMemo } from 'react';
import { createWorkCalendar } from '../../../../shared/calendar/workdays';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { addMonths } from './rosterGrid';

/** The roster's set-up: templates, rules, who may be on the roster (read by everyone on the roster). */
export function useDutySetup() {
  return useLoad(useCallback(() => api.duty.setup({}), []));
}

/**
 * A month of the roster and what its grid needs beside it: the previous month
 * (its last published week carries over into rest and nights in a row) and
 * the working-day calendar of the month's year (weekends and holidays).
 */
export function useRosterData(month: string) {
  const view = useLoad(useCallback(() => api.duty.month({ month }), [month]));
  const previous = useLoad(useCallback(() => api.duty.month({ month: addMonths(month, -1) }), [month]));
  const year = Number(month.slice(0, 4));
  const calendar = useLoad(useCallback(() => api.calendar.getYear({ year }), [year]));

  const isOffDay = useMemo(() => {
    const c = calendar.data;
    if (!c) return undefined;
    const work = createWorkCalendar([{ year: c.year, holidays: c.holidays, workdays: c.workdays }]);
    return (date: string) => !work.isWorkday(date);
  }, [calendar.data]);

  const { reload } = view;
  return {
    // An answer for another month (the picker moved on) is not shown as this one's.
    view: view.data?.month === month ? view.data : undefined,
    previous: previous.data?.month === addMonths(month, -1) ? previous.data : undefined,
    isOffDay,
    error: view.error ?? previous.error ?? calendar.error,
    reload,
  };
}
