/**
 * The login throttle (issue 9): five wrong passwords for one login name are
 * free (typos happen); after that each further try waits, twice as long each
 * time, from 30 seconds up to 30 minutes. A quiet day forgets the count, so a
 * typo next week does not start at a long wait; five guesses a day are nothing
 * against the password policy.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 30 * 60_000;
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** Consecutive failures of one login name (or of the recovery key) and when the last one happened. */
export interface FailureCount {
  failures: number;
  /** Epoch milliseconds of the last failure. */
  lastAt: number;
}

/** The wait after `failures` consecutive failures (0 while still within the free attempts). */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

/** The count still in force at `now`: a count older than a day starts again from zero. */
export function currentFailures(count: FailureCount | undefined, now: number): number {
  if (!count || now - count.lastAt >= FORGET_AFTER_MS) return 0;
  return count.failures;
}

/** Epoch milliseconds before which a new try is refused, or null when it may go ahead now. */
export function retryNotBefore(count: FailureCount | undefined, now: number): number | null {
  const failures = currentFailures(count, now);
  if (!count || failures === 0) return null;
  const at = count.lastAt + delayAfter(failures);
  return at > now ? at : null;
}
