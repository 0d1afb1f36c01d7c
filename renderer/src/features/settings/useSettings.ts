import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** The centre's settings as stored in the archive. */
export function useSettings() {
  return useLoad(useCallback(() => api.settings.get({}), []));
}
