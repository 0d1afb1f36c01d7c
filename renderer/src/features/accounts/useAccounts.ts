import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** All accounts of the archive, for the director's list. */
export function useAccounts() {
  return useLoad(useCallback(() => api.accounts.list({}), []));
}
