import { useCallback, useState } from 'react';
import type { GridColumnVisibilityModel } from '@mui/x-data-grid';
import { api } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';

const modelOf = (hidden: string[]): GridColumnVisibilityModel =>
  Object.fromEntries(hidden.map((field) => [field, false]));

/**
 * Which ledger columns the user hid, kept per account on the server
 * (cases.columnPrefs), so the choice follows them to the next session.
 */
export function useColumnPrefs() {
  const prefs = useLoad(useCallback(() => api.cases.columnPrefs({}), []));
  const [changed, setChanged] = useState<GridColumnVisibilityModel>();
  const save = useCall();

  const model = changed ?? (prefs.data ? modelOf(prefs.data.hidden) : {});
  const change = (next: GridColumnVisibilityModel) => {
    setChanged(next);
    const hidden = Object.entries(next)
      .filter(([, visible]) => !visible)
      .map(([field]) => field);
    void save.run(() => api.cases.saveColumnPrefs({ hidden }));
  };

  return { model, change, error: prefs.error ?? save.error };
}
