import { z } from 'zod';
import { id, password, text, username } from '../api/fields';
import { ROLES, type Role } from './roles';

const role = z.enum(ROLES, { error: '请选择角色' });

export const createAccountInput = z
  .object({ username, displayName: text('姓名', 30), role, password })
  .strict();
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const updateAccountInput = z.object({ id, displayName: text('姓名', 30), role }).strict();
export const disableAccountInput = z.object({ id }).strict();
/** Resetting a password also re-enables a disabled account. */
export const resetPasswordInput = z.object({ id, newPassword: password }).strict();

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** The password is still the one the director chose (created or reset): it must be changed at the next login. */
  mustChangePassword: boolean;
}

/** How a failed attempt was made: the login page, the lock screen, or the recovery key. */
export type LoginFailureKind = 'login' | 'unlock' | 'recover';

/** One failed login, unlock or recovery, as recorded in the archive. */
export interface LoginFailure {
  /** When it happened (local time), not when it was written. */
  at: string;
  kind: LoginFailureKind;
  /** The login name as typed; null when it could not be read back (see session.guard.ts). */
  username: string | null;
}

/** The failed attempts since the director's previous login, for 工作台. */
export interface LoginFailureReport {
  /** The director's previous login; null at their first. */
  since: string | null;
  total: number;
  /** The newest first, at most 50. */
  recent: LoginFailure[];
}
