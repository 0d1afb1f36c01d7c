import { endpoint } from '../endpoint';
import { DIRECTOR } from '../access';
import { empty } from '../fields';
import {
  changePasswordInput,
  loginInput,
  recoverInput,
  unlockInput,
  type SessionStatus,
} from '../../session/schemas';
import {
  initialiseInput,
  recoveryKeySheetInput,
  type InitialiseOutput,
  type PdfOutput,
} from '../../setup/schemas';
import type { LoginFailureReport } from '../../accounts/schemas';

/** 会话: signing in and out, locking and unlocking, the session's state. */
export const sessionContract = {
  status: endpoint<SessionStatus>()(empty, 'public'),
  login: endpoint<SessionStatus>()(loginInput, 'public'),
  logout: endpoint<SessionStatus>()(empty, 'public'),
  lock: endpoint<SessionStatus>()(empty, 'user'),
  unlock: endpoint<SessionStatus>()(unlockInput, 'public'),
  heartbeat: endpoint<SessionStatus>()(empty, 'public'),
  changePassword: endpoint<null>()(changePasswordInput, 'user'),
  recover: endpoint<SessionStatus>()(recoverInput, 'public'),
  /** Failed logins, unlocks and recoveries since the director's previous login (工作台). */
  loginFailures: endpoint<LoginFailureReport>()(empty, DIRECTOR),
} as const;

/** First run: creating the archive and printing its recovery-key sheet. */
export const setupContract = {
  initialise: endpoint<InitialiseOutput>()(initialiseInput, 'public'),
  recoveryKeySheet: endpoint<PdfOutput>()(recoveryKeySheetInput, DIRECTOR),
  confirmRecoveryKept: endpoint<SessionStatus>()(empty, DIRECTOR),
} as const;
