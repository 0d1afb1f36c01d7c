import type { Access } from '../../../../shared/api/contract';
import { fail, type Result } from '../../../../shared/api/result';
import type { CoreState } from '../../api/context';
import { getAccount } from '../accounts/accounts.queries';

/** What an account with the director's initial password may still do: change it, or step away. */
const ALLOWED = new Set(['session:change-password', 'session:lock']);

export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  '请先设置新密码：当前密码是主任为您设置的初始密码，改为只有您自己知道的密码后才能继续。';

/**
 * Issue 9, item 6: a password the director chose is known to two people, so
 * nothing done under it could be told apart from the director's own work. Until
 * the owner sets their own, every call but the change is refused. Public calls
 * (status, logout, login) stay open so the user can leave. Read from the
 * account on every call, like the role, so a reset applies at once.
 */
export function passwordChangeGate(state: CoreState, channel: string, access: Access): Result<never> | null {
  if (access === 'public' || ALLOWED.has(channel) || !state.archive || !state.user) return null;
  if (!getAccount(state.archive.db, state.user.id)?.mustChangePassword) return null;
  return fail('PASSWORD_CHANGE_REQUIRED', PASSWORD_CHANGE_REQUIRED_MESSAGE);
}
