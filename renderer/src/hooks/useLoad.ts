import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/api/result';

interface LoadState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Loads data when `load` changes (memoise it with useCallback) and on
 * `reload()`. The previous data stays while a new request runs, so a grid
 * does not flash empty; a stale answer that arrives late is dropped.
 */
export function useLoad<T>(load: () => Promise<Result<T>>) {
  const [state, setState] = useState<LoadState<T>>({ data: undefined, error: null, loading: true });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const result = await load();
    if (request !== latest.current) return;
    setState((s) =>
      result.ok
        ? { data: result.value, error: null, loading: false }
        : { data: s.data, error: result.error, loading: false },
    );
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
