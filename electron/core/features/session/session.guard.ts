import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors';
import { keyringPath, lookupOf, readKeyring } from '../../db/keyring';
import { sealText } from '../../db/sealedBox';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { LoginFailureKind } from '../../../../shared/accounts/schemas';
import { retryNotBefore, currentFailures } from '../../../../shared/session/throttle';
import { readGuard, updateGuard } from './session.guardFile';

/**
 * The login guard (issue 9, item 5): failed logins, unlocks and recovery-key
 * tries are counted per login name and slowed down, and each one is kept until
 * it can be written into the audit trail.
 *
 * A failure happens while the archive is closed (the password is what unwraps
 * its key), so it cannot go into the encrypted audit trail at that moment. It is
 * kept in a sidecar file beside the keyring and written into the audit trail at
 * the next successful login or unlock by anyone, in that session's first
 * transaction (session.failures.ts). The counters live in the same file, so
 * restarting the app does not reset the throttle.
 *
 * What an attacker holding the files could do, and why this is still right:
 * - Delete or edit the sidecar to reset the counters or drop pending failures.
 *   True, but whoever holds the files needs no app at all: they can try
 *   passwords offline against keyring.json at scrypt's cost (N=2^16, ~0.2 s per
 *   guess per core). The throttle guards the door everyone uses — the login page
 *   of the office PC and the local HTTP host — against someone guessing at the
 *   keyboard; the files are guarded by the folder's permissions and by scrypt.
 *   Nothing in the archive depends on the sidecar: a missing or damaged one
 *   only starts the counts afresh.
 * - Read the sidecar. It names no one: counters are keyed by the same salted
 *   HMAC of the login name as the keyring, and the names as typed (which may be
 *   a colleague's name, or a password typed in the wrong box) are sealed to a
 *   public key whose private half lives inside the encrypted database.
 * - Swap in their own public key to read later failures. That tells them only
 *   what others typed as a login name, which they could watch at the keyboard.
 * A refused try (still waiting) is not counted and not recorded: it tested no
 * password, and recording it would let anyone flood the trail.
 */

/** How many failures the sidecar keeps before the oldest are dropped (a bound on its size). */
const MAX_PENDING = 1000;
const MAX_COUNTERS = 200;
const RECOVERY_COUNTER = 'recovery-key';

export type GuardKey = string;

/** The counter of one login name: the keyring's salted HMAC, never the name itself. */
export function nameKey(dir: string, username: string): GuardKey {
  return `name:${lookupOf(readKeyring(keyringPath(dir)), username)}`;
}

/** The recovery key has one counter: it is one secret, whatever name is typed with it. */
export const recoveryKeyCounter: GuardKey = RECOVERY_COUNTER;

/** "09:05:30" today, "11月25日 09:05:30" another day. */
function whenText(at: Date, now: Date): string {
  const time = toLocalIso(at).slice(11);
  return toLocalDate(at) === toLocalDate(now) ? time : `${at.getMonth() + 1}月${at.getDate()}日 ${time}`;
}

/** Refuses a try while its login name (or the recovery key) must still wait. */
export function assertMayTry(dir: string, key: GuardKey, now: Date): void {
  const notBefore = retryNotBefore(readGuard(dir).counters[key], now.getTime());
  if (notBefore === null) return;
  const what = key === RECOVERY_COUNTER ? '恢复密钥' : '密码';
  throw new AppError(
    'TOO_MANY_ATTEMPTS',
    `${what}错误次数过多，请于 ${whenText(new Date(notBefore), now)} 后再试。`,
  );
}

/** Counts one failure and keeps it (name sealed) for the audit trail. */
export function recordFailure(
  dir: string,
  key: GuardKey,
  now: Date,
  kind: LoginFailureKind,
  typedName: string,
): void {
  updateGuard(dir, (state) => {
    const failures = currentFailures(state.counters[key], now.getTime()) + 1;
    state.counters[key] = { failures, lastAt: now.getTime() };
    const keys = Object.keys(state.counters);
    if (keys.length > MAX_COUNTERS) {
      keys.sort((a, b) => state.counters[a]!.lastAt - state.counters[b]!.lastAt);
      for (const old of keys.slice(0, keys.length - MAX_COUNTERS)) delete state.counters[old];
    }
    state.pending.push({
      id: randomBytes(12).toString('hex'),
      at: toLocalIso(now),
      kind,
      name: state.publicKey ? sealText(state.publicKey, typedName) : null,
    });
    state.pending = state.pending.slice(-MAX_PENDING);
  });
}

/** A success ends the run of failures for that name (or for the recovery key). */
export function clearFailures(dir: string, ...keys: GuardKey[]): void {
  const state = readGuard(dir);
  if (!keys.some((k) => k in state.counters)) return;
  updateGuard(dir, (s) => {
    for (const k of keys) delete s.counters[k];
  });
}

/** Whether an error is a wrong secret (counted), rather than e.g. a locked or missing archive. */
export function isWrongSecret(err: unknown): boolean {
  return err instanceof AppError && (err.code === 'WRONG_PASSWORD' || err.code === 'WRONG_RECOVERY_KEY');
}
