import { z } from 'zod';
import { givenPassword, password, text, username } from '../api/fields';
import type { Role } from '../accounts/roles';

export const loginInput = z.object({ username, password: givenPassword }).strict();
export const unlockInput = z.object({ password: givenPassword }).strict();
export const changePasswordInput = z
  .object({ currentPassword: givenPassword, newPassword: password })
  .strict()
  // A "new" password equal to the old one would leave the director's initial password in use.
  .refine((v) => v.newPassword !== v.currentPassword, {
    error: '新密码不能与当前密码相同',
    path: ['newPassword'],
  });
export const recoverInput = z
  .object({ recoveryKey: text('恢复密钥', 64), username, newPassword: password })
  .strict();

/** Who is signed in, as the renderer needs to know it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/**
 * The state of the one session the app holds:
 * - `uninitialised`: no archive yet — the setup wizard runs; `unfinishedSetup` when an
 *   interrupted set-up left files behind (the wizard says so; set-up clears them);
 * - `loggedOut`: an archive exists, nobody is signed in;
 * - `locked`: idle lock; the key is dropped, the user must enter the password;
 * - `active`: signed in and unlocked.
 */
export type SessionStatus =
  | { state: 'uninitialised'; unfinishedSetup?: true }
  | { state: 'loggedOut' }
  | { state: 'locked'; user: SessionUser }
  | {
      state: 'active';
      user: SessionUser;
      centreName: string;
      idleLockMinutes: number;
      /** A freshly created recovery key the director has not yet confirmed keeping. */
      recoveryKeyPending: boolean;
      /** The password is still the one the director chose: every call but changing it is refused. */
      mustChangePassword: boolean;
    };
