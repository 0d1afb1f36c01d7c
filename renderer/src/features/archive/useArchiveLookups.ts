import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** The 门类 dictionary, retired ones included (old items keep theirs; new ones take only active ones). */
export function useArchiveCategories() {
  return useLoad(useCallback(() => api.archive.categories({}), []));
}

/** The boxes on the shelves, with what each holds. */
export function useBoxes() {
  return useLoad(useCallback(() => api.archive.boxes({}), []));
}
