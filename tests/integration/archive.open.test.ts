import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import type { Result } from '../../shared/api/result';
import type { SessionStatus } from '../../shared/session/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, tempDir, testClock, value } from '../support/archive';
import { changedFiles, isChinese, restingFiles } from '../support/files';
import { WELL_FORMED_WRONG_KEY } from '../support/validInputs';
import { createTestCore } from '../support/jobs';

const login = { username: DIRECTOR.username, password: DIRECTOR.password };

describe('打开档案库：创建、登录、恢复密钥', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let recoveryKey: string;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core.call(channel, input) as Promise<Result<T>>;
  const newCore = () => createTestCore({ archiveDir: tmp.dir, kdf: FAST_KDF, clock: testClock() });

  beforeEach(async () => {
    tmp = tempDir();
    core = newCore();
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'uninitialised' });
    ({ recoveryKey } = value(
      await call<{ recoveryKey: string }>('setup:initialise', { ...CENTRE, director: DIRECTOR }),
    ));
    value(await call('session:logout'));
    // A fresh core, as after a restart: nothing of the first session is in memory.
    core.shutdown();
    core = newCore();
  });

  afterEach(() => {
    core.shutdown();
    tmp.cleanup();
  });

  /** Runs a failing call and checks that no byte of the archive folder changed. */
  async function expectRefusedWithoutChange(channel: string, input: unknown, code: string): Promise<void> {
    const before = restingFiles(tmp.dir);
    const result = await call(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(isChinese(result.error.message)).toBe(true);
    expect(changedFiles(before, restingFiles(tmp.dir))).toEqual([]);
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'loggedOut' });
  }

  it('creates an archive, then logs out and in again', async () => {
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'loggedOut' });
    const status = value(await call<SessionStatus>('session:login', login));
    expect(status).toMatchObject({
      state: 'active',
      user: { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director' },
      centreName: CENTRE.centreName,
    });
    expect(value(await call('settings:get'))).toMatchObject(CENTRE);
    expect(value(await call<SessionStatus>('session:logout'))).toEqual({ state: 'loggedOut' });
    expect((await call('settings:get')).ok).toBe(false);
  });

  it('refuses a second initialisation', async () => {
    await expectRefusedWithoutChange(
      'setup:initialise',
      { ...CENTRE, director: DIRECTOR },
      'ALREADY_INITIALISED',
    );
  });

  it('refuses a wrong password without changing a byte', async () => {
    await expectRefusedWithoutChange(
      'session:login',
      { ...login, password: 'director-pass-X' },
      'WRONG_PASSWORD',
    );
  });

  it('gives the same answer for an unknown user name', async () => {
    const wrong = await call('session:login', { ...login, password: 'nope-nope' });
    await expectRefusedWithoutChange(
      'session:login',
      { username: 'nobody', password: DIRECTOR.password },
      'WRONG_PASSWORD',
    );
    const unknown = await call('session:login', { username: 'nobody', password: DIRECTOR.password });
    expect(unknown).toEqual(wrong);
  });

  it('finds the user name regardless of case', async () => {
    const status = value(await call<SessionStatus>('session:login', { ...login, username: 'WangZR' }));
    expect(status).toMatchObject({ state: 'active', user: { username: DIRECTOR.username } });
  });

  it('recovers with the right key: a new director password, the old one no longer works', async () => {
    const status = value(
      await call<SessionStatus>('session:recover', {
        recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '),
        username: DIRECTOR.username,
        newPassword: 'recovered-pass-1',
      }),
    );
    expect(status).toMatchObject({
      state: 'active',
      user: { username: DIRECTOR.username, role: 'director' },
    });
    value(await call('session:logout'));
    await expectRefusedWithoutChange('session:login', login, 'WRONG_PASSWORD');
    expect(
      value(await call<SessionStatus>('session:login', { ...login, password: 'recovered-pass-1' })),
    ).toMatchObject({
      state: 'active',
    });
  });

  it('refuses a well-formed but wrong recovery key without changing a byte', async () => {
    await expectRefusedWithoutChange(
      'session:recover',
      { recoveryKey: WELL_FORMED_WRONG_KEY, username: DIRECTOR.username, newPassword: 'recovered-pass-1' },
      'WRONG_RECOVERY_KEY',
    );
    value(await call('session:login', login));
  });

  it('refuses a mistyped recovery key as a format error without changing a byte', async () => {
    const n = recoveryKey.replace(/-/g, '');
    const i = [...n].findIndex((ch, k) => ch !== n[k + 1]);
    const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
    for (const typed of [swapped, `${recoveryKey}-2345`, recoveryKey.slice(0, -1), 'not-a-key']) {
      await expectRefusedWithoutChange(
        'session:recover',
        { recoveryKey: typed, username: DIRECTOR.username, newPassword: 'recovered-pass-1' },
        'BAD_RECOVERY_KEY_FORMAT',
      );
    }
    value(await call('session:login', login));
  });

  it('resets only a director’s password with the recovery key', async () => {
    value(await call('session:login', login));
    value(
      await call('accounts:create', {
        username: 'lits01',
        displayName: '李婷姝',
        role: 'staff',
        password: 'staff-pass-1',
      }),
    );
    value(await call('session:logout'));
    const result = await call('session:recover', {
      recoveryKey,
      username: 'lits01',
      newPassword: 'recovered-pass-1',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { username: expect.any(String) } },
    });
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'loggedOut' });
    value(await call('session:login', login));
  });

  it('answers NO_ARCHIVE in a folder without an archive', async () => {
    const empty = tempDir();
    const other = createTestCore({ archiveDir: empty.dir, kdf: FAST_KDF });
    try {
      expect(await other.call('session:login', login)).toMatchObject({
        ok: false,
        error: { code: 'NO_ARCHIVE' },
      });
      expect(value(await other.call('session:status', {}))).toEqual({ state: 'uninitialised' });
    } finally {
      other.shutdown();
      empty.cleanup();
    }
  });
});
