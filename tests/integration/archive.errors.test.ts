import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import { dbPath } from '../../electron/core/db/archive';
import { keyringPath } from '../../electron/core/db/keyring';
import { checkIntegrity } from '../../electron/core/db/open';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import type { Result } from '../../shared/api/result';
import type { JobStatus } from '../../shared/jobs/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, tempDir, value } from '../support/archive';
import { killAndWait, spawnTsx, watchLines } from '../support/children';
import { openDirect } from '../support/directDb';
import { changedFiles, flipByte, isChinese, restingFiles } from '../support/files';
import { WELL_FORMED_WRONG_KEY } from '../support/validInputs';
import { createTestCore } from '../support/jobs';

const login = { username: DIRECTOR.username, password: DIRECTOR.password };
const ARCHIVE_ERRORS = ['NOT_AN_ARCHIVE', 'ARCHIVE_CORRUPT'];

/**
 * One archive with enough rows to span many pages (300 settings updates, each
 * with its audit record), closed, kept as bytes; each test starts from a copy.
 */
let pristine: {
  db: Buffer;
  keyring: Buffer;
  pageSize: number;
  lastAuditPage: number;
  firstAuditPage: number;
  pageCount: number;
};

beforeAll(async () => {
  const a = await initialisedCore({ kdf: FAST_KDF });
  for (let i = 0; i < 300; i++) {
    value(
      await a.call('settings:update', {
        ...CENTRE,
        committeeName: `${CENTRE.committeeName}${i}`,
        idleLockMinutes: 10,
        backupKeep: 10,
      }),
    );
  }
  a.core.shutdown();
  const db = await openDirect(a.dir);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  // dbstat maps each page to its table: flip a byte in a page the audit log's rows live in.
  const { pageno, first } = db
    .prepare(
      "SELECT max(pageno) AS pageno, min(pageno) AS first FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf'",
    )
    .get() as { pageno: number; first: number };
  db.close();
  pristine = {
    db: readFileSync(dbPath(a.dir)),
    keyring: readFileSync(keyringPath(a.dir)),
    pageSize,
    pageCount,
    lastAuditPage: pageno,
    firstAuditPage: first,
  };
  a.cleanup();
});

describe('档案库文件出错时的提示', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  const path = () => dbPath(tmp.dir);

  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(path(), pristine.db);
    writeFileSync(keyringPath(tmp.dir), pristine.keyring);
    core = createTestCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
  });

  afterEach(() => {
    core.shutdown();
    tmp.cleanup();
  });

  /** Logs in and expects a refusal with one of `codes`, a Chinese message, and no byte changed. */
  async function expectLoginRefused(codes: string[]): Promise<string> {
    const before = restingFiles(tmp.dir);
    const result = (await core.call('session:login', login)) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (result.ok) return '';
    expect(codes).toContain(result.error.code);
    expect(isChinese(result.error.message)).toBe(true);
    expect(changedFiles(before, restingFiles(tmp.dir))).toEqual([]);
    return result.error.code;
  }

  it('opens the untouched copy (the baseline of the tests below)', async () => {
    value(await core.call('session:login', login));
    expect(value(await core.call('maintenance:check-integrity', {}))).toMatchObject({
      ok: true,
      messages: [],
    });
    expect(pristine.pageCount).toBeGreaterThan(20);
  });

  it('says NOT_AN_ARCHIVE for random bytes', async () => {
    writeFileSync(path(), randomBytes(pristine.db.length));
    expect(await expectLoginRefused(['NOT_AN_ARCHIVE'])).toBe('NOT_AN_ARCHIVE');
  });

  it('says NOT_AN_ARCHIVE for a plain, unencrypted SQLite database', async () => {
    rmSync(path());
    const plain = new Database(path());
    plain.exec("CREATE TABLE accounts (username TEXT); INSERT INTO accounts VALUES ('wangzr');");
    plain.close();
    expect(await expectLoginRefused(['NOT_AN_ARCHIVE'])).toBe('NOT_AN_ARCHIVE');
  });

  it('says NOT_AN_ARCHIVE for a keyring file that is not ours', async () => {
    writeFileSync(keyringPath(tmp.dir), '{"hello": "world"}');
    expect(await expectLoginRefused(['NOT_AN_ARCHIVE'])).toBe('NOT_AN_ARCHIVE');
  });

  it('says ARCHIVE_CORRUPT for a flipped byte inside a data page of the audit log', async () => {
    // The last page that holds audit_log rows, far from the header page.
    expect(pristine.lastAuditPage).toBeGreaterThan(pristine.pageCount / 2);
    flipByte(path(), (pristine.lastAuditPage - 1) * pristine.pageSize + pristine.pageSize / 2);
    // Opening reads only page 1; quick_check at login reads every table page, so the
    // page's HMAC (SQLCipher 4) fails there and the login is refused.
    expect(await expectLoginRefused(['ARCHIVE_CORRUPT'])).toBe('ARCHIVE_CORRUPT');
  });

  it('on a large archive checks beside the session: damage found stops it, and the next login refuses', async () => {
    // An old page of the audit log: a login (which appends to its last page) does not read it.
    flipByte(path(), (pristine.firstAuditPage - 1) * pristine.pageSize + pristine.pageSize / 2);
    await core.shutdown();
    // Every archive counts as large here: the quick_check runs as a job after the login answered.
    let checked!: (s: JobStatus) => void;
    const done = new Promise<JobStatus>((resolve) => (checked = resolve));
    core = createTestCore({
      archiveDir: tmp.dir,
      kdf: FAST_KDF,
      deferCheckAbovePages: 0,
      archiveCheckDelayMs: 0,
      onJobProgress: (s) => s.state !== 'running' && checked(s),
    });
    expect(value(await core.call('session:login', login))).toMatchObject({ state: 'active' });
    expect(await done).toMatchObject({ state: 'done', label: '启动检查（快速完整性检查）' });
    const refused = (await core.call('settings:get', {})) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'ARCHIVE_CORRUPT' } });
    // Signing in again checks before it opens, and refuses with nothing changed.
    expect(await expectLoginRefused(['ARCHIVE_CORRUPT'])).toBe('ARCHIVE_CORRUPT');
  });

  it('reports the damaged page from the integrity check that maintenance:check-integrity runs', async () => {
    flipByte(path(), (pristine.lastAuditPage - 1) * pristine.pageSize + 100);
    // Opened directly, only page 1 is read: the damage shows in the full check, as a
    // finding (ok: false in the API's report), not as a thrown error.
    const db = await openDirect(tmp.dir);
    try {
      const messages = checkIntegrity(db, 'full');
      expect(messages.length).toBeGreaterThan(0);
      expect(checkIntegrity(db, 'quick').length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('says ARCHIVE_CORRUPT for a flipped byte in the header page', async () => {
    flipByte(path(), 100);
    expect(await expectLoginRefused(['ARCHIVE_CORRUPT'])).toBe('ARCHIVE_CORRUPT');
  });

  it.each([
    ['half the file', () => Math.floor(pristine.db.length / 2)],
    ['the last page cut short', () => pristine.db.length - 1000],
    ['one page', () => pristine.pageSize],
    ['a partial header', () => 100],
    ['an empty file', () => 0],
  ])('refuses a truncated archive (%s) with an archive error', async (_label, size) => {
    truncateSync(path(), size());
    expect(statSync(path()).size).toBe(size());
    await expectLoginRefused(ARCHIVE_ERRORS);
  });

  it('says ARCHIVE_TOO_NEW for an archive from a newer program', async () => {
    const db = await openDirect(tmp.dir);
    db.pragma('user_version = 99');
    db.close();
    const before = restingFiles(tmp.dir);
    const result = (await core.call('session:login', login)) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'ARCHIVE_TOO_NEW' } });
    if (!result.ok) {
      expect(result.error.message).toContain('99');
      expect(result.error.message).toContain(String(SCHEMA_VERSION));
    }
    expect(changedFiles(before, restingFiles(tmp.dir))).toEqual([]);
  });
});

describe('档案库正被另一个程序使用', () => {
  let tmp: ReturnType<typeof tempDir>;

  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(dbPath(tmp.dir), pristine.db);
    writeFileSync(keyringPath(tmp.dir), pristine.keyring);
  });

  afterEach(() => tmp.cleanup());

  it('says ARCHIVE_IN_USE while another process holds it, and opens once that process is gone', async () => {
    const child = spawnTsx('tests/support/holdArchive.ts', [tmp.dir, DIRECTOR.username, DIRECTOR.password]);
    const core = createTestCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
    try {
      await watchLines(child).until((line) => line === 'ready');
      const result = (await core.call('session:login', login)) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'ARCHIVE_IN_USE' } });
      if (!result.ok) expect(isChinese(result.error.message)).toBe(true);
      const recover = {
        recoveryKey: WELL_FORMED_WRONG_KEY,
        username: DIRECTOR.username,
        newPassword: 'abcdefg',
      };
      expect(await core.call('session:recover', recover)).toMatchObject({
        ok: false,
        error: { code: 'ARCHIVE_IN_USE' },
      });
    } finally {
      await killAndWait(child);
    }
    // The dead process's lock file is stale and taken over.
    try {
      expect(value(await core.call('session:login', login))).toMatchObject({ state: 'active' });
    } finally {
      expect(existsSync(join(tmp.dir, 'archive.lock'))).toBe(true);
      core.shutdown();
    }
    expect(existsSync(join(tmp.dir, 'archive.lock'))).toBe(false);
  });
});
