import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import type { ArchiveItemDetail } from '../../shared/archive/schemas';
import type { ImportReport } from '../../shared/import/schemas';
import { value } from '../support/archive';
import { archiveRoom, type ArchiveRoom } from '../support/archiveRoom';
import { STAFF } from '../support/ledger';
import { sheetRows } from '../support/workbook';

type ImportInput = InputOf<'imports', 'importCatalogue'>;

/**
 * A centre's old 归档文件目录 as it really looks: a title row, codes kept
 * under the standard pattern (one in the scanner's "." form), one written the
 * old way, one used twice in the file, one already taken in the archive, a
 * 门类 named in the office's own words, 长期 from before DA/T 22-2015, a 机密
 * file the centre may not register, a blank row and a 立卷人 line.
 */
async function oldCatalogue(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2019年目录');
  ws.addRow(['示范社区综治中心2019年度归档文件目录']);
  ws.mergeCells('A1:L1');
  ws.addRow([
    '档号',
    '门类',
    '年度',
    '保管期限',
    '题名',
    '责任者',
    '文号',
    '日期',
    '页数',
    '密级',
    '盒号',
    '柜号',
  ]);
  ws.addRow([
    'J001-HY·2019-Y-0001',
    '会议记录',
    2019,
    '永久',
    '2019年第一次综治工作例会记录',
    '示范社区综治中心',
    '',
    new Date(Date.UTC(2019, 0, 8)),
    4,
    '内部',
    'H-2019-01',
    'A01',
  ]); // row 3: kept, its box made
  ws.addRow([
    'J001-HY.2019-Y-0002',
    'HY',
    2019,
    '永久',
    '2019年第二次综治工作例会记录',
    '',
    '',
    '2019/4/9',
    '6页',
    '',
    'H-2019-01',
    'A01',
  ]); // row 4: kept in its canonical form, the centre as 责任者
  ws.addRow([
    '2019-永久-3',
    '会议记录',
    2019,
    '永久',
    '2019年综治工作总结会记录',
    '',
    '',
    '2019.12.20',
    3,
    '公开',
  ]); // 5: renumbered
  ws.addRow([
    'J001-HY·2019-Y-0001',
    '会议记录',
    2019,
    '永久',
    '2019年综治例会签到表',
    '',
    '',
    '2019-01-08',
    1,
  ]); // 6: taken by row 3
  ws.addRow([
    'J001-BG·2019-D10-0001',
    '情况报告',
    2019,
    '定期10年',
    '关于春节期间矛盾纠纷排查情况的报告',
    '示范社区综治中心',
    '示综治〔2019〕3号',
    '2019-02-15',
    2,
  ]); // 7: taken in the archive
  ws.addRow([
    'J001-BG·2019-D30-0005',
    '情况报告',
    2019,
    '长期',
    '2019年平安建设工作情况报告',
    '',
    '',
    '2019-11-30',
    9,
  ]); // 8
  ws.addRow(['', '会议纪要', 2019, '定期10年', '综治中心与派出所联席会议纪要', '', '', '2019-06-18', 5]); // 9: unknown 门类
  ws.addRow(['', '情况报告', 2019, '永久', '涉稳情况专报', '', '', '2019-07-01', 2, '机密']); // 10: refused
  ws.addRow([]);
  ws.addRow(['立卷人：孙档管', '', '', '检查人：王主任']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('档案目录导入：保留能用的档号，其余另编并留原档号', () => {
  let a: ArchiveRoom;
  let file: ImportInput;
  const byTitle = async (title: string): Promise<ArchiveItemDetail> => {
    const page = value(await a.api.archive.list({ page: 0, pageSize: 5, q: title }));
    expect(page.rows.map((r) => r.title)).toContain(title);
    return value(await a.api.archive.get({ id: page.rows.find((r) => r.title === title)!.id }));
  };

  beforeAll(async () => {
    a = await archiveRoom('2026-12-05T09:00:00');
    await a.asDirector();
    // Already in the archive: the 2019 情况报告 series has its first item.
    await a.file({ title: '2019年第一季度信访情况报告', categoryCode: 'BG', year: 2019, retention: 'D10' });
    file = { fileName: '2019年归档文件目录.xlsx', base64: (await oldCatalogue()).toString('base64') };
  }, 60_000);
  afterAll(() => a.cleanup());

  it('finds the header, proposes the mapping, previews the codes it keeps and lists the unknown 门类', async () => {
    const seen = value(await a.core.outcome(a.core.api.imports.inspectCatalogue(file)));
    expect(seen).toMatchObject({
      kind: 'catalogue',
      sheet: '2019年目录',
      headerRow: 2,
      mapping: [
        'code',
        'category',
        'year',
        'retention',
        'title',
        'responsible',
        'docNumber',
        'date',
        'pages',
        'classification',
        'boxNo',
        'cabinet',
      ],
      dataRows: 8,
      unknownCategories: [{ name: '会议纪要', rows: 1 }],
      previewColumns: ['档号', '门类', '年度', '保管期限', '题名', '密级', '页数'],
    });
    const preview = new Map(seen.preview.map((r) => [r.row, r]));
    expect(preview.get(4)!.values[0]).toBe('J001-HY·2019-Y-0002');
    expect(preview.get(5)!.values[0]).toBe('另编（原档号 2019-永久-3）');
    expect(preview.get(9)).toMatchObject({
      ok: false,
      values: ['', '会议纪要', '2019', '定期10年', '综治中心与派出所联席会议纪要', '', '5'],
    });
  });

  it('the dry run reports every row kept, renumbered or refused by its row number, and writes nothing', async () => {
    const before = await a.auditTotal();
    const check = value(await a.core.outcome(a.core.api.imports.checkCatalogue(file))) as ImportReport;
    // Row 4 goes into the box row 3 makes: the new box is told once.
    expect(check).toMatchObject({ dataRows: 8, valid: 6, changed: 5, refused: 2, repeated: 0, imported: 0 });
    expect(check.problems).toEqual([
      { row: 3, kind: 'changed', messages: ['档案盒 A01-H-2019-01 尚未登记：导入时新建'] },
      {
        row: 5,
        kind: 'changed',
        messages: [
          '档号「2019-永久-3」不符合本中心的档号格式（形如 J001-HY·2019-Y-0001）：导入时另编档号，原档号保留',
        ],
      },
      {
        row: 6,
        kind: 'changed',
        messages: ['档号「J001-HY·2019-Y-0001」已被第 3 行使用：导入时另编档号，原档号保留'],
      },
      {
        row: 7,
        kind: 'changed',
        messages: [
          '档号「J001-BG·2019-D10-0001」已被档案 J001-BG·2019-D10-0001 使用：导入时另编档号，原档号保留',
        ],
      },
      { row: 8, kind: 'changed', messages: ['保管期限「长期」按现行规定记为「定期30年」'] },
      { row: 9, kind: 'refused', messages: ['门类「会议纪要」尚未对应到本系统的门类'] },
      { row: 10, kind: 'refused', messages: ['密级「机密」：本系统只登记公开、内部、秘密档案'] },
    ]);
    const { rows } = await sheetRows(check.problemsFile!, '问题行');
    expect(rows.slice(3).map((r) => [r[0], r[1]])).toEqual([
      [3, '导入时有改动'],
      [5, '导入时有改动'],
      [6, '导入时有改动'],
      [7, '导入时有改动'],
      [8, '导入时有改动'],
      [9, '未导入'],
      [10, '未导入'],
    ]);
    expect(await a.auditTotal()).toBe(before);
    expect(value(await a.api.archive.list({ page: 0, pageSize: 1 })).total).toBe(1);
  });

  it('imports: kept codes stay, the rest follow in their series with 原档号, boxes made, audited', async () => {
    const decided = { ...file, categories: { 会议纪要: 'HY' } };
    const done = value(await a.core.outcome(a.core.api.imports.importCatalogue(decided))) as ImportReport;
    expect(done).toMatchObject({ valid: 7, refused: 1, imported: 7 });

    const first = await byTitle('2019年第一次综治工作例会记录');
    expect(first).toMatchObject({
      code: 'J001-HY·2019-Y-0001',
      categoryCode: 'HY',
      year: 2019,
      retention: 'Y',
      classification: 'internal',
      responsible: '示范社区综治中心',
      date: '2019-01-08',
      pages: 4,
      location: 'A01-H-2019-01',
      imported: { legacyCode: null, fileName: '2019年归档文件目录.xlsx', row: 3, importedBy: '王主任' },
    });
    expect(await byTitle('2019年第二次综治工作例会记录')).toMatchObject({
      code: 'J001-HY·2019-Y-0002',
      responsible: '测试综治中心',
      date: '2019-04-09',
      pages: 6,
      location: 'A01-H-2019-01',
    });
    // Renumbered after the kept serials, in date order: the 签到表 (01-08) before the 总结会 (12-20).
    expect(await byTitle('2019年综治例会签到表')).toMatchObject({
      code: 'J001-HY·2019-Y-0003',
      imported: { legacyCode: 'J001-HY·2019-Y-0001', row: 6 },
    });
    expect(await byTitle('2019年综治工作总结会记录')).toMatchObject({
      code: 'J001-HY·2019-Y-0004',
      classification: 'public',
      imported: { legacyCode: '2019-永久-3', row: 5 },
    });
    expect(await byTitle('关于春节期间矛盾纠纷排查情况的报告')).toMatchObject({
      code: 'J001-BG·2019-D10-0002',
      docNumber: '示综治〔2019〕3号',
      imported: { legacyCode: 'J001-BG·2019-D10-0001' },
    });
    expect(await byTitle('2019年平安建设工作情况报告')).toMatchObject({
      code: 'J001-BG·2019-D30-0005',
      retention: 'D30',
      pages: 9,
    });
    expect(await byTitle('综治中心与派出所联席会议纪要')).toMatchObject({
      code: 'J001-HY·2019-D10-0001',
      categoryCode: 'HY',
    });

    // The old label still finds its item; the next item filed continues after the kept serials.
    const old = value(await a.api.archive.list({ page: 0, pageSize: 5, q: '2019-永久-3' }));
    expect(old.rows.map((r) => r.code)).toEqual(['J001-HY·2019-Y-0004']);
    expect((await a.file({ categoryCode: 'BG', year: 2019, retention: 'D30' })).code).toBe(
      'J001-BG·2019-D30-0006',
    );

    const boxes = value(await a.api.archive.boxes({}));
    expect(boxes.map((b) => [b.location, b.itemCount])).toEqual([['A01-H-2019-01', 2]]);
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 5, action: 'imports.catalogue' }));
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.entityName).toBe('2019年归档文件目录.xlsx');
    expect(audit.rows[0]!.summary).toBe(
      `导入档案目录「2019年归档文件目录.xlsx」（SHA-256 ${done.sha256}）：导入 7 件，未导入 1 行，此前已导入 0 行；新建档案盒 H-2019-01`,
    );
  });

  it('a cancelled import leaves the catalogue, its series and the audit as they were', async () => {
    const total = value(await a.api.archive.list({ page: 0, pageSize: 1 })).total;
    const audits = await a.auditTotal();
    const csv =
      '题名,门类,年度,保管期限,日期,页数\r\n' +
      Array.from({ length: 3000 }, (_, i) => `2018年第${i + 1}号值班记录,ZB,2018,定期10年,2018-03-01,1`).join(
        '\r\n',
      );
    const ticket = value(
      await a.core.api.imports.importCatalogue({
        fileName: '大目录.csv',
        base64: Buffer.from(csv).toString('base64'),
      }),
    );
    value(await a.core.api.jobs.cancel({ jobId: ticket.jobId }));
    expect((await a.core.settled(ticket.jobId)).state).toBe('cancelled');
    expect(value(await a.api.archive.list({ page: 0, pageSize: 1 })).total).toBe(total);
    expect(await a.auditTotal()).toBe(audits);
    expect((await a.file({ categoryCode: 'ZB', year: 2018, retention: 'D10' })).code).toBe(
      'J001-ZB·2018-D10-0001',
    );
  });

  it('importing the same catalogue again adds nothing; staff cannot import', async () => {
    const total = value(await a.api.archive.list({ page: 0, pageSize: 1 })).total;
    const again = value(
      await a.core.outcome(a.core.api.imports.importCatalogue({ ...file, categories: { 会议纪要: 'HY' } })),
    ) as ImportReport;
    expect(again).toMatchObject({ imported: 0, repeated: 7, refused: 1 });
    expect(value(await a.api.archive.list({ page: 0, pageSize: 1 })).total).toBe(total);
    await a.login(STAFF);
    expect(await a.core.api.imports.checkCatalogue(file)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
