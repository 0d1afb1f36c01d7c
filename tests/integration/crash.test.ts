import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import type { Result } from '../../shared/api/result';
import type { AuditPage, AuditVerification } from '../../shared/audit/schemas';
import type { IntegrityReport } from '../../shared/maintenance/schemas';
import type { Settings } from '../../shared/settings/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, value } from '../support/archive';
import { killAndWait, spawnTsx, watchLines } from '../support/children';
import { createTestCore } from '../support/jobs';

const REPORTED = 50;

describe('断电式中断（SIGKILL）后档案库完好', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: Core | undefined;
  let initialRecords: number;

  beforeEach(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    initialRecords = value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1 })).total;
    a.core.shutdown();
  });

  afterEach(() => {
    core?.shutdown();
    a.cleanup();
  });

  it('keeps every write the killed process reported as committed, and opens again', async () => {
    const child = spawnTsx('tests/support/writeLoop.ts', [a.dir, DIRECTOR.username, DIRECTOR.password]);
    const out = watchLines(child);
    try {
      await out.until((_line, all) => all.length >= REPORTED);
    } finally {
      await killAndWait(child, 'SIGKILL');
    }
    expect(child.signalCode).toBe('SIGKILL');
    const reported = out.lines.map(Number);
    expect(reported.length).toBeGreaterThanOrEqual(REPORTED);
    expect(reported).toEqual(reported.map((_n, i) => i + 1));
    const last = reported.at(-1)!;
    // The killed process left its WAL and its lock file behind.
    expect(existsSync(join(a.dir, 'archive.lock'))).toBe(true);

    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF });
    const call = <T = unknown>(channel: string, input: unknown = {}) =>
      core!.call(channel, input) as Promise<Result<T>>;
    // The lock of a dead process is stale: taken over, not ARCHIVE_IN_USE.
    value(await call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));
    expect(value(await call<IntegrityReport>('maintenance:check-integrity'))).toMatchObject({
      ok: true,
      messages: [],
    });
    expect(value(await call<AuditVerification>('audit:verify'))).toMatchObject({ ok: true });

    // The centre name carries the index of the write: at least the last reported one survived
    // (a write may also have committed just before the kill without being reported).
    const settings = value(await call<Settings>('settings:get'));
    const stored = Number(settings.centreName.slice(`${CENTRE.centreName}-`.length));
    expect(settings.centreName.startsWith(`${CENTRE.centreName}-`)).toBe(true);
    expect(stored).toBeGreaterThanOrEqual(last);
    expect(stored).toBeLessThanOrEqual(last + 1);
    // Every committed write has its audit record: init, the child's login, each update, then our login.
    const updates = value(
      await call<AuditPage>('audit:list', { page: 0, pageSize: 1, action: 'settings.update' }),
    ).total;
    expect(updates).toBe(stored);
    const total = value(await call<AuditPage>('audit:list', { page: 0, pageSize: 1 })).total;
    expect(total).toBe(initialRecords + 1 + stored + 1);
  });
});
