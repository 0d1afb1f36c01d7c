import { describe, expect, it } from 'vitest';
import { AppError, toApiError } from '../../electron/core/errors';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('错误如何越过边界', () => {
  it('answers a busy archive in Chinese, never with SQLite’s English', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']) {
      const { error, unexpected } = toApiError(sqliteError(code, 'database is locked'));
      expect(error).toEqual({ code: 'ARCHIVE_BUSY', message: '档案库正忙，请稍后再试。' });
      expect(unexpected).toBe(false);
    }
  });

  it('keeps an expected failure as it is, a damaged archive as its own error, anything else generic', () => {
    expect(toApiError(new AppError('CONFLICT', '已办结')).error).toEqual({
      code: 'CONFLICT',
      message: '已办结',
    });
    expect(toApiError(sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'))).toMatchObject({
      error: { code: 'ARCHIVE_CORRUPT' },
      corrupt: true,
    });
    const other = toApiError(new TypeError('x is undefined'));
    expect(other).toMatchObject({ error: { code: 'INTERNAL' }, unexpected: true });
    expect(other.error.message).not.toContain('undefined');
  });
});
