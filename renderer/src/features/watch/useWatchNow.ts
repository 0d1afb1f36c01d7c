import { useCallback, useEffect } from 'react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';

/** How often the duty screen asks the core again: the supervision clock turns red without anyone clicking. */
export const WATCH_REFRESH_MS = 30_000;

/**
 * The duty screen's data (`watch.now`), read again every 30 s: the core
 * computes 剩余 / 超时 from its own clock, so the page only re-asks. `reload`
 * is returned so a write (and a test) refreshes at once instead of waiting.
 */
export function useWatchNow() {
  const now = useLoad(useCallback(() => api.watch.now({}), []));
  const { reload } = now;
  useEffect(() => {
    const timer = setInterval(() => void reload(), WATCH_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return now;
}
