import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** The category dictionary (active and retired: old cases keep their retired category). */
export function useCategories() {
  return useLoad(useCallback(() => api.cases.categories({}), []));
}

/** Who may be handler or receive a referral: the centre's staff and the director. */
export function useStaff() {
  return useLoad(useCallback(() => api.cases.staff({}), []));
}

/** Working days per difficulty, to show the deadline a choice implies. */
export function useDeadlinePreset() {
  return useLoad(useCallback(() => api.calendar.preset({}), []));
}
