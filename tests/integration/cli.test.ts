import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyringPath, readKeyring } from '../../electron/core/db/keyring';
import { DEFAULT_KDF } from '../../electron/core/db/crypto';
import type { Account } from '../../shared/accounts/schemas';
import type { Result } from '../../shared/api/result';
import { isWellFormedRecoveryKey } from '../../shared/recoveryKey';
import { containsText, snapshot, tempDir, value } from '../support/archive';
import { ROOT, runCli, runCliAt, type CliResult } from '../support/children';
import { changedFiles, isChinese, restingFiles } from '../support/files';
import { createTestCore } from '../support/jobs';

const CENTRE = '测试综治中心';
const DIRECTOR = '王主任';
const PASSWORD = 'pw-1234';

/** One Chinese line on stderr, as design.md asks of every failure. */
function expectOneChineseLine(result: CliResult): void {
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(isChinese(lines[0]!)).toBe(true);
}

/** Signs in through the core (real default KDF, as the CLI made it) and lists the accounts. */
async function accountsOf(
  dir: string,
  username: string,
  password: string,
  then?: (call: (c: string, i: unknown) => Promise<Result<unknown>>) => Promise<void>,
): Promise<string[]> {
  const core = createTestCore({ archiveDir: dir });
  try {
    value(await core.call('session:login', { username, password }));
    await then?.((c, i) => core.call(c, i));
    return (value(await core.call('accounts:list', {})) as Account[]).map((a) => a.username);
  } finally {
    core.shutdown();
  }
}

describe('命令行 npm run archive', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;

  beforeAll(() => {
    tmp = tempDir('archive-cli-');
    dir = join(tmp.dir, 'archive');
  });

  afterAll(() => tmp.cleanup());

  it('init creates an archive with the real default KDF and prints the recovery key once', async () => {
    const result = await runCli(
      ['init', '--dir', dir, '--centre', CENTRE, '--director', DIRECTOR, '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const keys = result.stdout.match(/\b[2-9A-Z]{4}(-[2-9A-Z]{4}){8}\b/g) ?? [];
    expect(keys).toHaveLength(1);
    expect(isWellFormedRecoveryKey(keys[0]!)).toBe(true);
    expect(readKeyring(keyringPath(dir)).kdf).toEqual(DEFAULT_KDF);
  });

  it('refuses to initialise the same folder twice', async () => {
    const before = restingFiles(dir);
    const result = await runCli(
      ['init', '--dir', dir, '--centre', CENTRE, '--director', DIRECTOR, '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(result.code).toBe(1);
    expectOneChineseLine(result);
    expect(changedFiles(before, restingFiles(dir))).toEqual([]);
  });

  it('leaves no centre or director name in clear on disk', () => {
    const files = snapshot(dir);
    for (const name of [CENTRE, DIRECTOR, `${CENTRE}人民调解委员会`])
      expect(containsText(files, name), name).toBeNull();
  });

  it('verify succeeds with the right password, and only reads', async () => {
    const before = restingFiles(dir);
    const result = await runCli(['verify', '--dir', dir, '--password-stdin'], `${PASSWORD}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('快速完整性检查：正常');
    expect(result.stdout).toContain('链条完整');
    expect(changedFiles(before, restingFiles(dir))).toEqual([]);
  });

  // The same CLI through the npm script (`npm run -s archive -- …`), to check the script's wiring.
  it.skipIf(!process.env.npm_execpath)('runs as the npm script archive', async () => {
    const child = spawn(
      process.execPath,
      [process.env.npm_execpath!, 'run', '-s', 'archive', '--', 'verify', '--dir', dir, '--password-stdin'],
      {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stdin.end(`${PASSWORD}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('数据版本');
  });

  it('verify fails with a wrong password: non-zero, one Chinese line, not a byte changed', async () => {
    const before = restingFiles(dir);
    const result = await runCli(['verify', '--dir', dir, '--password-stdin'], 'wrong-password\n');
    expect(result.code).not.toBe(0);
    expectOneChineseLine(result);
    expect(result.stdout).toBe('');
    expect(changedFiles(before, restingFiles(dir))).toEqual([]);
  });

  it('refuses a password given as an argument (exit 2), changing nothing', async () => {
    const before = restingFiles(dir);
    for (const args of [
      ['verify', '--dir', dir, '--password', PASSWORD],
      ['backup', '--dir', dir, '--password', PASSWORD],
      [
        'init',
        '--dir',
        join(tmp.dir, 'other'),
        '--centre',
        CENTRE,
        '--director',
        DIRECTOR,
        '--password',
        PASSWORD,
      ],
    ]) {
      const result = await runCli(args, `${PASSWORD}\n`);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneChineseLine(result);
    }
    expect(changedFiles(before, restingFiles(dir))).toEqual([]);
    expect(existsSync(join(tmp.dir, 'other'))).toBe(false);
  });

  it('refuses an unknown verb with exit 2', async () => {
    const result = await runCli(['explode', '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('未知命令');
  });

  it('backs up and restores: the account made after the backup is gone', async () => {
    const backup = await runCli(['backup', '--dir', dir, '--password-stdin'], `${PASSWORD}\n`);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const folder = /备份完成并已校验：(.+)$/m.exec(backup.stdout)?.[1];
    expect(folder).toBeDefined();
    expect(existsSync(join(folder!, 'manifest.json'))).toBe(true);

    const after = await accountsOf(dir, DIRECTOR, PASSWORD, async (call) => {
      value(
        await call('accounts:create', {
          username: 'houlai01',
          displayName: '后来者',
          role: 'staff',
          password: 'staff-pass-1',
        }),
      );
    });
    expect(after).toEqual([DIRECTOR, 'houlai01']);

    const restore = await runCli(
      ['restore', '--dir', dir, '--from', folder!, '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(await accountsOf(dir, DIRECTOR, PASSWORD)).toEqual([DIRECTOR]);
    const verify = await runCli(['verify', '--dir', dir, '--full', '--password-stdin'], `${PASSWORD}\n`);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('完整完整性检查：正常');
  });

  it('refuses to restore from a folder that is not a backup', async () => {
    const before = restingFiles(dir);
    const result = await runCli(
      ['restore', '--dir', dir, '--from', tmp.dir, '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(result.code).toBe(1);
    expectOneChineseLine(result);
    expect(changedFiles(before, restingFiles(dir))).toEqual([]);
  });

  it('seed creates the demo archive with its accounts', async () => {
    const demo = join(tmp.dir, 'demo');
    const result = await runCliAt(
      '2026-11-24T09:00:00',
      ['seed', '--dir', demo, '--password-stdin'],
      'demo-pass-1\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('新增 5 个');
    const usernames = await accountsOf(demo, 'wangzr', 'demo-pass-1');
    expect(usernames.sort()).toEqual(['chenyan', 'lits', 'liuk', 'wangzr', 'zhangzb', 'zhaoda']);
    // A demo account signs in with the seeded password and its own role.
    const core = createTestCore({ archiveDir: demo });
    try {
      expect(
        value(await core.call('session:login', { username: 'zhaoda', password: 'demo-pass-1' })),
      ).toMatchObject({
        state: 'active',
        user: { role: 'archivist' },
      });
    } finally {
      core.shutdown();
    }
    // Seeding again adds nothing.
    const again = await runCli(['seed', '--dir', demo, '--password-stdin'], 'demo-pass-1\n');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新增 0 个');
  });
});
