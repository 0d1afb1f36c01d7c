import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import { schemaVersion, SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { caseStats, MONTH_FIGURES_STATEMENT } from '../../electron/core/features/stats/stats.queries';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import type { CaseStats } from '../../shared/stats/schemas';
import { DIRECTOR, FAST_KDF, initialisedCore, value } from '../support/archive';
import { insertBulkCases } from '../support/caseRows';
import { openDirect } from '../support/directDb';
import { createTestCore } from '../support/jobs';
import { revertLoginSafety } from '../support/schema';

/**
 * Migration 003 (the statistics index) on an archive of schema 2 that already
 * holds cases: the index is built, the figures do not change, and the month
 * query reads the index alone.
 */
describe('迁移 003、004：统计与台账索引', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: Core;
  let before: CaseStats;
  const year = { from: '2025-01', to: '2025-12' };

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    a.core.shutdown();
    const db = await openDirect(a.dir);
    insertBulkCases(db, { count: 1500, from: '2024-06', to: '2026-10', now: '2026-11-24T09:00' });
    before = caseStats(db, year);
    // Back to the schema the previous program wrote.
    revertLoginSafety(db);
    db.exec('DROP INDEX cases_stats; DROP INDEX cases_major; DROP INDEX cases_amount');
    // …and without the later modules' tables (005, mediation), which that program never had.
    db.exec(
      'DROP TABLE follow_ups; DROP TABLE agreement_prints; DROP TABLE agreements; DROP TABLE agreement_serials; DROP TABLE mediation_sessions; DROP TABLE mediations',
    );
    db.pragma('user_version = 2');
    db.close();
    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF });
  });

  afterAll(() => {
    core.shutdown();
    a.cleanup();
  });

  it('builds the index at the first login, after the automatic backup, and the figures stay the same', async () => {
    value(await core.call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));
    const backups = value(await core.call('maintenance:list-backups', {})) as BackupInfo[];
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['before-migration', 2]]);
    expect(value(await core.call('stats:cases', year))).toEqual(before);

    const db = await openDirect(a.dir);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as {
        name: string;
      }[];
      expect(indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining(['cases_stats', 'cases_major', 'cases_amount']),
      );
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${MONTH_FIGURES_STATEMENT}`)
        .all({ start: '2025-01-01', end: '2025-02-01' }) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toContain('COVERING INDEX cases_stats');
    } finally {
      db.close();
    }
  });
});
