import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app';
import { dbPath } from '../../electron/core/db/archive';
import type { SetupStage } from '../../electron/core/db/create';
import { createKeyring, keyringPath, newRecoveryKey, writeKeyring } from '../../electron/core/db/keyring';
import { migrate } from '../../electron/core/db/migrate';
import { openEncrypted, readDbSalt } from '../../electron/core/db/open';
import { unfinishedSetup } from '../../electron/core/db/unfinishedSetup';
import { CLEARED_UNFINISHED } from '../../electron/cli/verbs/init';
import type { Result } from '../../shared/api/result';
import type { SessionStatus } from '../../shared/session/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, tempDir, value } from '../support/archive';
import { runCli, spawnTsx, watchLines } from '../support/children';

const BACKUP_NOTE = 'backups/note.txt';
const LOGIN = { username: DIRECTOR.username, password: DIRECTOR.password };
const stagingLeft = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.setup-'));

/** Runs a set-up in a child that SIGKILLs itself when set-up reaches `stage` (tests/support/setupChild.ts). */
async function interruptedSetup(dir: string, stage: SetupStage): Promise<NodeJS.Signals | null> {
  const child = spawnTsx('tests/support/setupChild.ts', [dir, stage]);
  const out = watchLines(child);
  await new Promise((done) => child.once('close', done));
  if (child.signalCode !== 'SIGKILL') throw new Error(`set-up child was not killed: ${out.stderr()}`);
  return child.signalCode;
}

const verify = (dir: string) =>
  runCli(['verify', '--dir', dir, '--password-stdin'], `${DIRECTOR.password}\n`);

describe('初始化中途断电（SIGKILL）', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core!.call(channel, input) as Promise<Result<T>>;

  beforeEach(() => {
    tmp = tempDir();
    // The archive folder may hold other things; set-up and its clean-up leave them alone.
    mkdirSync(join(tmp.dir, 'backups'));
    writeFileSync(join(tmp.dir, BACKUP_NOTE), '别动我');
  });

  afterEach(() => {
    core?.shutdown();
    core = undefined;
    tmp.cleanup();
  });

  /** What every pre-commit kill must leave: no archive, a plain message, nothing a user must delete by hand. */
  async function expectNoArchiveYet(): Promise<void> {
    expect(existsSync(keyringPath(tmp.dir))).toBe(false);
    expect(unfinishedSetup(tmp.dir)).not.toBeNull();
    const checked = await verify(tmp.dir);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('未完成的初始化');
    expect(checked.stderr).not.toContain('请从备份恢复');
    core = createCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
    expect(value(await call<SessionStatus>('session:status'))).toEqual({
      state: 'uninitialised',
      unfinishedSetup: true,
    });
    const login = await call('session:login', LOGIN);
    expect(login.ok ? '' : login.error.code).toBe('NO_ARCHIVE');
  }

  async function expectWholeArchive(): Promise<void> {
    const checked = await verify(tmp.dir);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(stagingLeft(tmp.dir)).toEqual([]);
    expect(readFileSync(join(tmp.dir, BACKUP_NOTE), 'utf8')).toBe('别动我');
  }

  it('killed before the director was sealed in: `archive init` clears the leftovers and succeeds', async () => {
    await interruptedSetup(tmp.dir, 'staged-empty');
    // The killed process's lock file is stale, not "in use".
    expect(existsSync(join(tmp.dir, 'archive.lock'))).toBe(true);
    await expectNoArchiveYet();
    core!.shutdown();
    core = undefined;
    const init = await runCli(
      [
        'init',
        '--dir',
        tmp.dir,
        '--centre',
        CENTRE.centreName,
        '--director',
        DIRECTOR.displayName,
        '--username',
        DIRECTOR.username,
        '--password-stdin',
      ],
      `${DIRECTOR.password}\n`,
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(CLEARED_UNFINISHED);
    await expectWholeArchive();
  });

  it('killed with everything staged: the wizard sets up again', async () => {
    await interruptedSetup(tmp.dir, 'staged');
    await expectNoArchiveYet();
    value(await call('setup:initialise', { ...CENTRE, director: DIRECTOR }));
    value(await call('setup:confirm-recovery-kept'));
    core!.shutdown();
    core = undefined;
    await expectWholeArchive();
  });

  it('killed between moving the database and the keyring: the lone database is the set-up’s, `seed` starts over', async () => {
    await interruptedSetup(tmp.dir, 'db-moved');
    expect(existsSync(dbPath(tmp.dir))).toBe(true);
    await expectNoArchiveYet();
    core!.shutdown();
    core = undefined;
    const seeded = await runCli(['seed', '--dir', tmp.dir, '--password-stdin'], `${DIRECTOR.password}\n`);
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain(CLEARED_UNFINISHED);
    await expectWholeArchive();
  });

  it('killed just after the commit: the archive is whole, the director signs in and is asked to keep a recovery key', async () => {
    await interruptedSetup(tmp.dir, 'committed');
    expect(unfinishedSetup(tmp.dir)).toBeNull();
    core = createCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'loggedOut' });
    const status = value(await call<SessionStatus>('session:login', LOGIN));
    expect(status).toMatchObject({ state: 'active', recoveryKeyPending: true });
    const again = await call('setup:initialise', { ...CENTRE, director: DIRECTOR });
    expect(again.ok ? '' : again.error.code).toBe('ALREADY_INITIALISED');
  });
});

describe('未完成初始化的残留与档案库的区分', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core!.call(channel, input) as Promise<Result<T>>;

  beforeEach(() => {
    tmp = tempDir();
    core = createCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
  });

  afterEach(() => {
    core?.shutdown();
    tmp.cleanup();
  });

  /** The state earlier versions left when killed after the keyring but before the director's account. */
  async function accountlessArchive(dir: string): Promise<void> {
    const key = randomBytes(32);
    const db = openEncrypted(dbPath(dir), key, { create: true });
    migrate(db);
    db.close();
    const keyring = await createKeyring(key, readDbSalt(dbPath(dir)), newRecoveryKey(), FAST_KDF);
    writeKeyring(keyringPath(dir), keyring);
  }

  it('recognises a keyring with no account (left by earlier versions) as an unfinished set-up', async () => {
    await accountlessArchive(tmp.dir);
    expect(value(await call<SessionStatus>('session:status'))).toEqual({
      state: 'uninitialised',
      unfinishedSetup: true,
    });
    value(await call('setup:initialise', { ...CENTRE, director: DIRECTOR }));
    // (SQLite's -wal and -shm files sit beside the open database.)
    const files = readdirSync(tmp.dir).filter((n) => !n.startsWith('archive.db-'));
    // login-guard.json: the login throttle's sidecar, made with the archive (session.guard.ts).
    expect(files.sort()).toEqual(['archive.db', 'archive.lock', 'keyring.json', 'login-guard.json']);
  });

  it('never takes a database that lost its keyring for leftovers, even beside a stranger’s staging folder', async () => {
    const other = tempDir();
    try {
      await accountlessArchive(other.dir);
      const lone = openEncrypted(dbPath(tmp.dir), randomBytes(32), { create: true });
      migrate(lone);
      lone.close();
      // A staging folder whose keyring was sealed for another database.
      mkdirSync(join(tmp.dir, '.setup-0123456789ab'));
      writeFileSync(
        join(tmp.dir, '.setup-0123456789ab', 'keyring.json'),
        readFileSync(keyringPath(other.dir)),
      );
    } finally {
      other.cleanup();
    }
    expect(unfinishedSetup(tmp.dir)).toBeNull();
    expect(value(await call<SessionStatus>('session:status'))).toEqual({ state: 'loggedOut' });
    const again = await call('setup:initialise', { ...CENTRE, director: DIRECTOR });
    expect(again.ok ? '' : again.error.code).toBe('ALREADY_INITIALISED');
    const login = await call('session:login', LOGIN);
    expect(login.ok ? '' : login.error.message).toContain('密钥文件（keyring.json）缺失');
    expect(existsSync(dbPath(tmp.dir))).toBe(true);
  });

  it('does not clear a set-up another running program holds the lock for', async () => {
    mkdirSync(join(tmp.dir, '.setup-0123456789ab'));
    // The test runner's parent process: alive, and not this one.
    writeFileSync(join(tmp.dir, 'archive.lock'), JSON.stringify({ pid: process.ppid, host: hostname() }));
    const result = await call('setup:initialise', { ...CENTRE, director: DIRECTOR });
    expect(result.ok ? '' : result.error.code).toBe('ARCHIVE_IN_USE');
    expect(stagingLeft(tmp.dir)).toEqual(['.setup-0123456789ab']);
  });
});
