import { createContext } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { SessionStatus } from '../../../../shared/session/schemas';

export interface SessionContextValue {
  /** Undefined until the first `session.status` answer. */
  status: SessionStatus | undefined;
  /** Why the first status could not be read (service not reachable, bad token). */
  startupError: ApiError | null;
  /** Most calls that change the session answer with the new status; pages hand it here. */
  setStatus: (status: SessionStatus) => void;
  /** Asks the server again, e.g. after a LOCKED answer or a restore. */
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
