import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import type { Db } from '../../electron/core/db/open';
import { schemaVersion, SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { sql as mediationSql } from '../../electron/core/db/migrations/005-mediation';
import type { Result } from '../../shared/api/result';
import type { CaseDetail } from '../../shared/cases/schemas';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import type { MediationDetail } from '../../shared/mediation/schemas';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { insertBulkCases } from '../support/caseRows';
import { countRows, openDirect } from '../support/directDb';
import { OPEN } from '../support/mediation';
import { createTestCore } from '../support/jobs';
import { revertLoginSafety } from '../support/schema';

/** What migration 005 creates, read from its own SQL (by name only: its columns may change). */
const namesOf = (pattern: RegExp) => [...mediationSql.matchAll(pattern)].map((m) => m[1]!);
const TABLES = namesOf(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/giu);
const INDEXES = namesOf(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/giu);
const CASES = 1200;

/** Every case, its parties and its history, in id order: a migration must not touch any of it. */
function casesDigest(db: Db): { count: number; codes: string; rows: string } {
  const hash = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const codes = db.prepare('SELECT code FROM cases ORDER BY id').pluck().all();
  return {
    count: codes.length,
    codes: hash(codes),
    rows: hash([
      db.prepare('SELECT * FROM cases ORDER BY id').all(),
      db.prepare('SELECT * FROM case_parties ORDER BY id').all(),
    ]),
  };
}

/**
 * Migration 005 (people's mediation) on an archive of schema 4 that already
 * holds cases: backed up first, then migrated at the first login — the
 * mediation tables are created empty, the cases are left as they were, and a
 * mediation can be opened on one of them.
 */
describe('迁移 005：人民调解（在已有案件的第 4 版档案库上）', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: Core;
  let before: ReturnType<typeof casesDigest>;
  const call = <T = unknown>(channel: string, input: unknown = {}) =>
    core.call(channel, input) as Promise<Result<T>>;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    a.core.shutdown();
    const db = await openDirect(a.dir);
    try {
      expect(
        insertBulkCases(db, { count: CASES, from: '2025-06', to: '2026-11', now: '2026-11-24T09:00' }),
      ).toBe(CASES);
      before = casesDigest(db);
      // Back to the schema the previous program wrote: without anything migration 005 (or later) made.
      revertLoginSafety(db);
      for (const index of INDEXES) db.exec(`DROP INDEX IF EXISTS ${index}`);
      for (const table of [...TABLES].reverse()) db.exec(`DROP TABLE ${table}`);
      db.pragma('user_version = 4');
      expect(schemaVersion(db)).toBe(4);
    } finally {
      db.close();
    }
    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock: testClock('2026-11-25T08:30:00') });
  });

  afterAll(() => {
    core.shutdown();
    a.cleanup();
  });

  it('knows what 005 creates', () => {
    expect(TABLES).toEqual(
      expect.arrayContaining(['mediations', 'agreements', 'agreement_prints', 'follow_ups']),
    );
    expect(INDEXES).toContain('mediations_one_open');
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('backs up the schema-4 archive, migrates it at login, creates the mediation tables empty and leaves the cases', async () => {
    value(await call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));

    const backups = value(await call<BackupInfo[]>('maintenance:list-backups'));
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['before-migration', 4]]);
    expect(backups[0]!.counts['cases']).toBe(CASES);
    expect(Object.keys(backups[0]!.counts)).not.toContain('mediations');
    expect(value(await call('maintenance:check-integrity'))).toMatchObject({
      ok: true,
      schemaVersion: SCHEMA_VERSION,
    });

    const db = await openDirect(a.dir);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const objects = (
        db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')").all() as {
          type: string;
          name: string;
        }[]
      ).map((o) => `${o.type}:${o.name}`);
      expect(objects).toEqual(
        expect.arrayContaining([...TABLES.map((t) => `table:${t}`), ...INDEXES.map((i) => `index:${i}`)]),
      );
      for (const table of TABLES) expect(countRows(db, table), table).toBe(0);
      expect(casesDigest(db)).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('opens a mediation on a case registered before the upgrade', async () => {
    const db = await openDirect(a.dir);
    let target: { id: number; code: string };
    try {
      target = db
        .prepare(
          "SELECT id, code FROM cases WHERE status IN ('registered', 'accepted', 'in_progress', 'suspended') ORDER BY id LIMIT 1",
        )
        .get() as { id: number; code: string };
    } finally {
      db.close();
    }
    expect(target).toBeDefined();
    const opened = value(await call<MediationDetail>('mediation:open', { caseId: target.id, ...OPEN }));
    expect(opened).toMatchObject({ caseId: target.id, caseCode: target.code, status: 'open' });
    expect(value(await call<MediationDetail[]>('mediation:for-case', { caseId: target.id }))).toHaveLength(1);
    expect(value(await call<CaseDetail>('cases:get', { id: target.id })).status).toBe('mediating');
  });
});
