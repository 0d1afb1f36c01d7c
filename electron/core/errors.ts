import type { ApiError, ErrorCode } from '../../shared/api/result';

/**
 * An expected failure with a user-facing Chinese message. Thrown inside the
 * core, turned into `{ ok: false, error }` at the API edge and into one stderr
 * line by the CLI.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

/** The archive's own failure messages, one per cause (design.md: each its own message). */
export const archiveErrors = {
  noArchive: () => new AppError('NO_ARCHIVE', '此文件夹中还没有档案库，请先完成初始化。'),
  keyringMissing: () =>
    new AppError(
      'NOT_AN_ARCHIVE',
      '档案库的密钥文件（keyring.json）缺失，无法打开。请从备份恢复：每份备份都带有密钥文件，可用当时的密码或恢复密钥恢复。',
    ),
  unfinishedSetup: () =>
    new AppError(
      'NO_ARCHIVE',
      '此文件夹中只有一次未完成的初始化留下的文件（初始化时断电或程序被强行关闭），还没有档案库，也无需从备份恢复。请重新初始化：残留文件会自动清除，文件夹中的其他内容（如备份）不受影响。',
    ),
  alreadyInitialised: () => new AppError('ALREADY_INITIALISED', '此文件夹中已有档案库，不能重复初始化。'),
  wrongPassword: () => new AppError('WRONG_PASSWORD', '用户名或密码不正确。'),
  wrongRecoveryKey: () => new AppError('WRONG_RECOVERY_KEY', '恢复密钥不正确，无法打开档案库。'),
  badRecoveryKeyFormat: () =>
    new AppError('BAD_RECOVERY_KEY_FORMAT', '恢复密钥格式不正确：应为 9 组、每组 4 个字符，请逐字核对。'),
  accountDisabled: () => new AppError('ACCOUNT_DISABLED', '该账户已停用，请联系主任。'),
  notAnArchive: (what: string) => new AppError('NOT_AN_ARCHIVE', `${what}不是本系统的档案库文件。`),
  // SQLite's own (English) finding goes to the log, not into the user's message.
  corrupt: (detail?: string) =>
    new AppError(
      'ARCHIVE_CORRUPT',
      `档案库文件已损坏${detail && /[\u4e00-\u9fff]/.test(detail) ? `（${detail}）` : ''}，已停止写入。请从最近一次校验通过的备份恢复。`,
    ),
  inUse: () => new AppError('ARCHIVE_IN_USE', '档案库正被另一个正在运行的程序使用，请先关闭它再试。'),
  tooNew: (found: number, supported: number) =>
    new AppError(
      'ARCHIVE_TOO_NEW',
      `档案库来自更新版本的程序（数据版本 ${found}，本程序支持到 ${supported}），请升级程序后再打开。`,
    ),
};

const sqliteCodeOf = (err: unknown): string =>
  typeof err === 'object' && err !== null ? String((err as { code?: unknown }).code ?? '') : '';

/** SQLite says the archive is damaged: stop writing and offer the newest verified backup. */
export const isCorruption = (err: unknown): boolean => sqliteCodeOf(err).startsWith('SQLITE_CORRUPT');

/**
 * Another writer held the archive past the busy timeout (a second process, the
 * command line's backup). Never SQLite's English text for the user.
 */
export const isBusy = (err: unknown): boolean => {
  const code = sqliteCodeOf(err);
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED');
};

export const busyError = () => new AppError('ARCHIVE_BUSY', '档案库正忙，请稍后再试。');

/** The generic answer to an unexpected failure; the detail goes to the log. */
export const INTERNAL_MESSAGE = '操作未能完成：发生了意外错误，详情已记入日志。已保存的数据不受影响。';

/**
 * How a thrown error crosses the boundary: an expected failure as it is, a
 * busy archive as 「档案库正忙」, a damaged one as its own error, anything else
 * as INTERNAL (`unexpected` tells the caller to log it).
 */
export function toApiError(err: unknown): { error: ApiError; unexpected: boolean; corrupt: boolean } {
  if (err instanceof AppError) return { error: err.toApiError(), unexpected: false, corrupt: false };
  if (isCorruption(err))
    return { error: archiveErrors.corrupt().toApiError(), unexpected: true, corrupt: true };
  if (isBusy(err)) return { error: busyError().toApiError(), unexpected: false, corrupt: false };
  return { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE }, unexpected: true, corrupt: false };
}
