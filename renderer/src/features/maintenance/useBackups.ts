import { useCallback } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { newestFirst } from './backupLabels';

/** The verified backups beside the archive, newest first. */
export function useBackups() {
  const loaded = useLoad(useCallback(() => api.maintenance.listBackups({}), []));
  return { ...loaded, data: loaded.data ? newestFirst(loaded.data) : undefined };
}
