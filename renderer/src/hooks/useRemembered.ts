import { useCallback, useState, type SetStateAction } from 'react';

// In memory only, for this window: nothing of it reaches the disk or outlives the program.
const memory = new Map<string, unknown>();

/**
 * A useState that a page gets back when it is opened again, e.g. the ledger's
 * filter and page after the user looked at a case and came back. Key it by the
 * user, so one account never sees another's search.
 */
export function useRemembered<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const set = useCallback(
    (next: SetStateAction<T>) => {
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        memory.set(key, value);
        return value;
      });
    },
    [key],
  );
  return [value, set] as const;
}
