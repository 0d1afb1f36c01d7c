import { use } from 'react';
import { SessionContext, type SessionContextValue } from './SessionContext';

/** The session state machine's current state and its setters. */
export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
