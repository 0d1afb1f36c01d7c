import { useCallback, useState } from 'react';
import type { ApiError, Result } from '../../../shared/api/result';

/**
 * Runs one API call at a time for a form or a button: `busy` disables the
 * controls while it runs, `error` holds the last failure to show as is.
 */
export function useCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async <T>(call: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      if (!result.ok) setError(result.error);
      return result;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
