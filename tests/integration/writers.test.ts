/**
 * Two writers never collide (design.md, "The encrypted archive"): while the
 * app writes through its HTTP host (the core in its worker thread), the
 * command line's scheduled backup succeeds and verifies, a seed is refused by
 * the in-use rule (or succeeds), the full check passes afterwards, and every
 * write the app reported is in the archive.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, verifyBackupFolder, backupsDir } from '../../electron/core/db/backup';
import { startHttpHost, type HttpHost } from '../../electron/core/host/httpHost';
import { silentLogger } from '../../electron/core/logger';
import { startCoreWorker } from '../../electron/core/worker/coreWorker';
import type { Core } from '../../electron/core/app';
import type { Result } from '../../shared/api/result';
import { DIRECTOR, FAST_KDF, initialisedCore } from '../support/archive';
import { runCli } from '../support/children';
import { countRows, masterKeyOf, openDirect } from '../support/directDb';
import { validInputOf } from '../support/validInputs';

const WARM_UP = 5;

describe('应用写入时命令行备份与示范数据', { timeout: 300_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let host: HttpHost;

  const call = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const response = await fetch(`${host.url}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  };

  beforeAll(async () => {
    const a = await initialisedCore({ kdf: FAST_KDF });
    await a.core.shutdown();
    dir = a.dir;
    cleanup = a.cleanup;
    core = startCoreWorker({ archiveDir: dir, kdf: FAST_KDF }, silentLogger);
    host = await startHttpHost({
      core,
      staticDir: mkdtempSync(join(tmpdir(), 'static-')),
      log: silentLogger,
    });
  });

  afterAll(async () => {
    await host?.close();
    await core?.shutdown();
    cleanup?.();
  });

  it('backs up, refuses or runs the seed, and loses none of the app’s writes', async () => {
    expect(
      await call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }),
    ).toMatchObject({ ok: true });
    const intake = validInputOf('intake:create');
    const reported: number[] = [];
    const failures: Result<unknown>[] = [];
    let stop = false;
    let warmedUp!: () => void;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    // Each write registers an intake and its case (the case number comes from nextCaseCode).
    const loop = (async () => {
      for (let i = 1; !stop; i++) {
        const result = await call('intake:create', { ...intake, matter: `写入循环第${i}次` });
        if (result.ok) reported.push(i);
        else failures.push(result);
        if (reported.length === WARM_UP) warmedUp();
      }
    })();
    await warm;
    const [backup, seed] = await Promise.all([
      runCli(['backup', '--dir', dir, '--password-stdin', '--scheduled'], `${DIRECTOR.password}\n`),
      runCli(['seed', '--dir', dir, '--password-stdin', '--cases', '30'], `${DIRECTOR.password}\n`),
    ]);
    stop = true;
    await loop;

    expect(failures).toEqual([]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('备份完成并已校验');
    expect(seed.code === 0 || seed.stderr.includes('档案库正被另一个正在运行的程序使用'), seed.stderr).toBe(
      true,
    );
    expect(reported.length).toBeGreaterThan(WARM_UP);

    await host.close();
    await core.shutdown();
    const verify = await runCli(
      ['verify', '--dir', dir, '--password-stdin', '--full'],
      `${DIRECTOR.password}\n`,
    );
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);

    // The backup verifies on its own, with the counts of its copy.
    const [made] = listBackups(dir);
    expect(made?.reason).toBe('scheduled');
    verifyBackupFolder(join(backupsDir(dir), made!.name), await masterKeyOf(dir));

    const db = await openDirect(dir);
    try {
      const matters = db.prepare("SELECT matter FROM intakes WHERE matter LIKE '写入循环第%'").all() as {
        matter: string;
      }[];
      expect(matters.length).toBe(reported.length);
      expect(new Set(matters.map((m) => m.matter))).toEqual(new Set(reported.map((i) => `写入循环第${i}次`)));
      expect(countRows(db, 'cases')).toBeGreaterThanOrEqual(reported.length);
      const recorded = db
        .prepare("SELECT summary FROM audit_log WHERE action = 'maintenance.backup'")
        .all() as { summary: string }[];
      expect(recorded.map((r) => r.summary)).toEqual([`命令行定时备份 ${made!.name}（已校验）`]);
    } finally {
      db.close();
    }
  });
});
