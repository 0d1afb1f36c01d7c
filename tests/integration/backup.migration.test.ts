import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core } from '../../electron/core/app';
import { schemaVersion } from '../../electron/core/db/migrate';
import type * as Migrations from '../../electron/core/db/migrations';
import type { Result } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { countRows, openDirect } from '../support/directDb';
import { createTestCore } from '../support/jobs';

/**
 * This file plays a newer program: its migration list has one step more than
 * the real one (only the list of SQL steps is replaced; the archive, the
 * migration runner and the backup are real). An archive made at the real
 * version is then "older" and must be backed up before it is migrated.
 */
vi.mock('../../electron/core/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof Migrations>();
  const MIGRATIONS = [...real.MIGRATIONS, 'CREATE TABLE t_extra (x TEXT NOT NULL) STRICT;'];
  return { MIGRATIONS, SCHEMA_VERSION: MIGRATIONS.length };
});

const { MIGRATIONS, SCHEMA_VERSION } = await import('../../electron/core/db/migrations');

describe('打开旧版本档案库时先备份再迁移', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: Core;
  const OLD = SCHEMA_VERSION - 1;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core.call(channel, input) as Promise<Result<T>>;
  const login = () => call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password });

  beforeEach(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    a.core.shutdown();
    // Turn the archive back into one written by the previous program version.
    const db = await openDirect(a.dir);
    db.exec('DROP TABLE t_extra');
    db.pragma(`user_version = ${OLD}`);
    db.close();
    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock: testClock('2026-11-25T08:30:00') });
  });

  afterEach(() => {
    core.shutdown();
    a.cleanup();
  });

  it('plays a newer program (the mock is in effect)', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
    expect(MIGRATIONS.at(-1)).toContain('t_extra');
  });

  it('backs up the old archive, then migrates it, at login', async () => {
    value(await login());
    const backups = value(await call<BackupInfo[]>('maintenance:list-backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      name: 'backup-20261125-083000',
      reason: 'before-migration',
      schemaVersion: OLD,
    });
    expect(Object.keys(backups[0]!.counts)).not.toContain('t_extra');
    expect(value(await call('maintenance:check-integrity'))).toMatchObject({
      ok: true,
      schemaVersion: SCHEMA_VERSION,
    });
    core.shutdown();
    const db = await openDirect(a.dir);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(countRows(db, 't_extra')).toBe(0);
    } finally {
      db.close();
    }
  });

  it('does not back up again once migrated', async () => {
    value(await login());
    value(await call('session:logout'));
    value(await login());
    expect(value(await call<BackupInfo[]>('maintenance:list-backups'))).toHaveLength(1);
  });
});
