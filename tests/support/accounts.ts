import { createTestCore } from './jobs';
import type { Account } from '../../shared/accounts/schemas';
import type { Result } from '../../shared/api/result';
import { DIRECTOR, value } from './archive';

type Call = <T = unknown>(channel: string, input?: unknown) => Promise<Result<T>>;

/** The password the director hands out for an account whose own password will be `own`. */
export const initialPasswordOf = (own: string): string => `initial-${own}`;

/**
 * Issue 9, item 6: an account logs in first with the password the director chose
 * and must set its own before anything else. Leaves that account signed in.
 */
export async function firstLogin(call: Call, username: string, initial: string, own: string): Promise<void> {
  value(await call('session:login', { username, password: initial }));
  value(await call('session:change-password', { currentPassword: initial, newPassword: own }));
}

/**
 * Creates an account the way the centre does — the director chooses an initial
 * password, its owner logs in once and sets `input.password` as their own — then
 * signs the director (or `back`) in again. Tests then log in with `input.password`.
 */
export async function createAccountInUse(
  call: Call,
  input: { username: string; displayName: string; role: string; password: string },
  back: { username: string; password: string } = DIRECTOR,
): Promise<Account> {
  const initial = initialPasswordOf(input.password);
  const account = value(await call<Account>('accounts:create', { ...input, password: initial }));
  await firstLogin(call, input.username, initial, input.password);
  value(await call('session:login', { username: back.username, password: back.password }));
  return { ...account, mustChangePassword: false };
}

/**
 * The first login of an account in an archive folder no core of the test holds
 * (a seeded demo archive): its owner replaces the seeded password with `own`.
 */
export async function takeOwnPassword(
  dir: string,
  username: string,
  initial: string,
  own: string,
): Promise<void> {
  const core = createTestCore({ archiveDir: dir });
  try {
    const call: Call = <T>(channel: string, input: unknown = {}) =>
      core.call(channel, input) as Promise<Result<T>>;
    await firstLogin(call, username, initial, own);
  } finally {
    core.shutdown();
  }
}
