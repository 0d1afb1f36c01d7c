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
}
