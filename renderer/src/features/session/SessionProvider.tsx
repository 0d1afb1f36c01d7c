import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onAuthLost } from '../../api';
import type { ApiError } from '../../../../shared/api/result';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { SessionContext } from './SessionContext';

/**
 * Holds the one session status the whole app is driven by. It is read at
 * start and again whenever any call reports LOCKED or UNAUTHENTICATED, so an
 * expired or server-side locked session always lands on the right screen.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>();
  const [startupError, setStartupError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.session.status({});
    if (result.ok) {
      setStatus(result.value);
      setStartupError(null);
    } else {
      setStartupError(result.error);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onAuthLost(() => void refresh());
  }, [refresh]);

  const value = useMemo(
    () => ({ status, startupError, setStatus, refresh }),
    [status, startupError, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
