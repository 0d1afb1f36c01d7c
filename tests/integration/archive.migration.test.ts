import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../support/jobs';
import { testApi, type TestApi } from '../support/api';
import { schemaVersion, SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { countRows, openDirect } from '../support/directDb';
import { revertArchiveAndDuty } from '../support/schema';

/**
 * Migrations 007–009 (the archive room, the duty roster, the loans' index) on
 * an archive of schema 6 with cases in it: backed up first, migrated at the
 * director's login, the dictionaries shipped, the cases untouched.
 */
describe('迁移 007—009：档案管理与值班排班（在已有案件的第 6 版档案库上）', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let core: TestCore;
  let api: TestApi;
  let cases: number;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock() });
    value(
      await a.api.cases.create({
        source: 'visit',
        categoryId: 2,
        summary: '升级前登记的邻里纠纷',
        risk: 'low',
        difficulty: 'general',
        majorReasons: [],
        parties: [{ kind: 'person', name: '张三' }],
      }),
    );
    a.core.shutdown();
    const db = await openDirect(a.dir);
    revertArchiveAndDuty(db);
    cases = countRows(db, 'cases');
    expect(schemaVersion(db)).toBe(6);
    db.close();
    core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock: testClock('2026-11-25T08:30:00') });
    api = testApi(core);
  });

  afterAll(() => {
    core.shutdown();
    a.cleanup();
  });

  it('backs up the schema-6 archive, migrates it at login and ships the 门类 and the shift templates', async () => {
    value(await api.session.login({ username: DIRECTOR.username, password: DIRECTOR.password }));
    const backups = value(await api.maintenance.listBackups({}));
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['before-migration', 6]]);
    expect(value(await api.archive.categories({})).map((c) => c.code)).toEqual([
      'TJ',
      'HY',
      'BG',
      'XX',
      'ZB',
      'WS',
    ]);
    expect(value(await api.duty.setup({})).templates.map((t) => t.name)).toEqual([
      '两班制（12 小时）',
      '三班制（8 小时）',
    ]);
    expect(value(await api.cases.list({ page: 0, pageSize: 10 })).total).toBe(cases);
    const db = await openDirect(a.dir);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it('files the first item of the upgraded archive from serial 0001', async () => {
    const item = value(
      await api.archive.create({
        title: '2026年11月工作例会记录',
        categoryCode: 'HY',
        year: 2026,
        retention: 'D10',
        classification: 'internal',
        responsible: '测试综治中心',
        pages: 4,
      }),
    );
    expect(item.code).toBe('J001-HY·2026-D10-0001');
  });
});
