/**
 * How every call across the boundary answers: plain data, never a thrown
 * exception. `code` is for code, `message` is Chinese and fit to show the user.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NO_ARCHIVE'
  | 'ALREADY_INITIALISED'
  | 'WRONG_PASSWORD'
  | 'WRONG_RECOVERY_KEY'
  | 'BAD_RECOVERY_KEY_FORMAT'
  | 'ACCOUNT_DISABLED'
  /** Too many wrong passwords or recovery keys in a row: wait until the time in the message. */
  | 'TOO_MANY_ATTEMPTS'
  /** The account still has the password the director chose: it must set its own first. */
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_AN_ARCHIVE'
  | 'ARCHIVE_CORRUPT'
  | 'ARCHIVE_IN_USE'
  | 'ARCHIVE_BUSY'
  | 'ARCHIVE_TOO_NEW'
  | 'BACKUP_INVALID'
  | 'RUNTIME_UNSUPPORTED'
  | 'JOB_CANCELLED'
  | 'INTERNAL';

/** A typed, user-presentable error. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path (dot-joined) → Chinese message. */
  fields?: Record<string, string>;
}

/** The answer of every API call. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Builds a success answer. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failure answer. */
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
