import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/import/schemas';
import { value } from '../support/archive';
import { ARCHIVIST, archiveRoom, type ArchiveRoom } from '../support/archiveRoom';
import { countRows, openDirect } from '../support/directDb';
import { OPERATOR, STAFF } from '../support/ledger';

/**
 * Issue 14, tried the way a hostile tester and a clerk with a messy file
 * would: each bad file is refused in Chinese and changes nothing, each odd
 * row is refused or changed with its reason, and an import either comes in
 * whole or not at all. Kept to a few jobs: each runs in a thread of its own.
 */
const b64 = (text: string) => Buffer.from(text).toString('base64');
const csv = (fileName: string, text: string) => ({ fileName, base64: b64(text) });

describe('导入：坏文件、怪单元格与中途失败', () => {
  let a: ArchiveRoom;

  beforeAll(async () => {
    a = await archiveRoom('2026-12-05T09:00:00');
    await a.asDirector();
  }, 60_000);
  afterAll(() => a.cleanup());

  it('a workbook with no sheet is refused in Chinese, not as the sheet 「undefined」', async () => {
    const wb = new ExcelJS.Workbook();
    const empty = {
      fileName: '空.xlsx',
      base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    };
    expect(await a.core.outcome(a.core.api.imports.inspectLedger(empty))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '文件中没有工作表，请选择有数据的工作簿。' },
    });
  });

  it('a category cell saying 「constructor」 is an unknown category, not a crash of the whole import', async () => {
    const file = csv(
      '原型.csv',
      '登记日期,当事人,纠纷类型,简要情况\n2024-1-5,张三,constructor,甲\n2024-1-6,"李四\n王五",邻里纠纷,乙\n',
    );
    const done = value(await a.core.outcome(a.core.api.imports.importLedger(file))) as ImportReport;
    // The second row's party cell holds a line break: two parties, one per line.
    expect(done).toMatchObject({ dataRows: 2, imported: 1, refused: 1 });
    expect(done.problems[0]).toEqual({
      row: 2,
      kind: 'refused',
      messages: ['纠纷类型「constructor」尚未对应到本系统的类型'],
    });
    const page = value(await a.api.cases.list({ page: 0, pageSize: 10 }));
    const got = value(await a.api.cases.getByCode({ code: page.rows[0]!.code }));
    expect(got.parties.map((p) => p.name)).toEqual(['李四', '王五']);
  });

  it('a failure on the last row rolls the whole import back: no case, no new category, no batch, no audit', async () => {
    const cases = value(await a.api.cases.list({ page: 0, pageSize: 1 })).total;
    const audits = await a.auditTotal();
    const db = await openDirect(a.dir);
    // A constraint only the database knows, met late in the file (as a full disk or a bug would be).
    db.exec(
      "CREATE TRIGGER refuse_bomb BEFORE INSERT ON cases WHEN NEW.summary = '最后一行' BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    const rows = Array.from(
      { length: 40 },
      (_, i) => `2025-02-${String((i % 28) + 1).padStart(2, '0')},甲${i},宅基地,第${i}行`,
    );
    const file = csv(
      '会失败.csv',
      `登记日期,当事人,纠纷类型,简要情况\n${rows.join('\n')}\n2025-03-01,乙,宅基地,最后一行\n`,
    );
    const failed = await a.core.outcome(
      a.core.api.imports.importLedger({ ...file, categories: { 宅基地: 'new' } }),
    );
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^操作未能完成/u) },
    });
    expect(value(await a.api.cases.list({ page: 0, pageSize: 1 })).total).toBe(cases);
    expect(await a.auditTotal()).toBe(audits);
    expect(value(await a.api.cases.categories({})).map((c) => c.label)).not.toContain('宅基地');
    expect(countRows(db, 'import_batches')).toBe(1);
    expect(countRows(db, 'case_serials')).toBe(1);
    db.exec('DROP TRIGGER refuse_bomb');
    db.close();
    // Nothing was remembered as imported: the same file, fixed in the database, now comes in whole.
    const again = value(
      await a.core.outcome(a.core.api.imports.importLedger({ ...file, categories: { 宅基地: 'new' } })),
    ) as ImportReport;
    expect(again).toMatchObject({ imported: 41, repeated: 0 });
    const codes = value(
      await a.api.cases.list({ page: 0, pageSize: 200, sort: 'registeredAt', direction: 'asc' }),
    ).rows.map((r) => r.code);
    // The failed attempt left no gap in 2025's series.
    expect(codes.filter((c) => c.startsWith('2025-'))).toEqual(
      Array.from({ length: 41 }, (_, i) => `2025-${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('catalogue: one 盒号 named under two cabinets, a 柜号 alone, a 件号 0 and a code claimed twice', async () => {
    const file = csv(
      '目录.csv',
      [
        '档号,题名,柜号,盒号,备注',
        'J001-HY·2019-Y-0001,第一次例会记录,A01,H-9,',
        'J001-HY·2019-Y-0002,第二次例会记录,B02,H-9,',
        'j001-hy.2019-y-0000,第三次例会记录,C03,,',
        'J001-HY·2019-Y-0001,例会签到表,,,',
      ].join('\r\n'),
    );
    const done = value(await a.core.outcome(a.core.api.imports.importCatalogue(file))) as ImportReport;
    expect(done).toMatchObject({ imported: 4, refused: 0 });
    expect(done.problems).toEqual([
      { row: 2, kind: 'changed', messages: ['档案盒 A01-H-9 尚未登记：导入时新建'] },
      {
        row: 3,
        kind: 'changed',
        messages: ['档案盒 H-9 已按第 2 行在柜 A01 新建，不是本行的 B02：放入该盒，原柜号记入备注'],
      },
      {
        row: 4,
        kind: 'changed',
        messages: [
          '档号「j001-hy.2019-y-0000」的件号为 0：导入时另编件号，原档号保留',
          '只写了柜号「C03」而无盒号：未放入档案盒，柜号记入备注',
        ],
      },
      {
        row: 5,
        kind: 'changed',
        messages: ['档号「J001-HY·2019-Y-0001」已被第 2 行使用：导入时另编档号，原档号保留'],
      },
    ]);
    const items = value(await a.api.archive.list({ page: 0, pageSize: 10 })).rows;
    const byTitle = new Map(items.map((i) => [i.title, i]));
    expect(byTitle.get('第一次例会记录')!.code).toBe('J001-HY·2019-Y-0001');
    expect(byTitle.get('第二次例会记录')!.code).toBe('J001-HY·2019-Y-0002');
    const third = value(await a.api.archive.get({ id: byTitle.get('第三次例会记录')!.id }));
    expect(third).toMatchObject({
      code: 'J001-HY·2019-Y-0003',
      note: '原柜号：C03',
      boxId: null,
      imported: { legacyCode: 'j001-hy.2019-y-0000', row: 4 },
    });
    expect(byTitle.get('第二次例会记录')).toMatchObject({ note: '原柜号：B02', location: 'A01-H-9' });
    expect(byTitle.get('例会签到表')).toMatchObject({ code: 'J001-HY·2019-Y-0004', location: null });
  });

  it('a second import while one is writing is told the archive is busy; a cancelled one can be run again', async () => {
    const cases = value(await a.api.cases.list({ page: 0, pageSize: 1 })).total;
    const big = csv(
      '大台账.csv',
      '登记日期,当事人,纠纷类型\n' +
        Array.from({ length: 3000 }, (_, i) => `2023-05-0${(i % 9) + 1},丙${i},邻里纠纷`).join('\n'),
    );
    const ticket = value(await a.core.api.imports.importLedger(big));
    const other = csv('小台账.csv', '登记日期,当事人,纠纷类型\n2023-06-01,丁某,邻里纠纷\n');
    const second = await a.core.outcome(a.core.api.imports.importLedger(other));
    // A second writer is refused at once, by name, rather than queued or written beside the first.
    expect(second).toEqual({
      ok: false,
      error: { code: 'ARCHIVE_BUSY', message: '「导入旧台账」正在进行，请等它完成后再导入「小台账.csv」。' },
    });
    value(await a.core.api.jobs.cancel({ jobId: ticket.jobId }));
    expect((await a.core.settled(ticket.jobId)).state).toBe('cancelled');
    expect(value(await a.api.cases.list({ page: 0, pageSize: 1 })).total).toBe(cases);
    // Nothing of the cancelled import was remembered: it and the refused one both come in afterwards.
    const retried = value(await a.core.outcome(a.core.api.imports.importLedger(other))) as ImportReport;
    expect(retried).toMatchObject({ imported: 1, repeated: 0 });
  });

  it('a 门类 decision naming no 门类 is refused in Chinese; staff, operators and archivists cannot import', async () => {
    const file = csv('目录2.csv', '档号,题名,门类\nJ001-HY·2020-Y-0001,记录,例会\n');
    expect(
      await a.core.outcome(a.core.api.imports.checkCatalogue({ ...file, categories: { 例会: 'ZZ' } })),
    ).toEqual({ ok: false, error: { code: 'VALIDATION', message: '为「例会」选择的门类不存在或已停用。' } });
    for (const who of [STAFF, OPERATOR, ARCHIVIST]) {
      await a.login(who);
      expect(await a.core.api.imports.importCatalogue(file), who.username).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await a.core.api.imports.inspectLedger(file), who.username).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    await a.asDirector();
  });
});
