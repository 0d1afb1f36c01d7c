import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import type { ImportReport } from '../../shared/import/schemas';
import { value } from '../support/archive';
import { encodeGbk } from '../support/gbk';
import { caseInput, ledgerArchive, ID_NUMBER, STAFF, type LedgerArchive } from '../support/ledger';
import { oldLedgerFile } from '../support/oldLedger';
import { sheetRows } from '../support/workbook';

type ImportInput = InputOf<'imports', 'importLedger'>;

/**
 * An office's old ledger as it really looks: a title row and a 填报单位 line
 * above a header merged over two rows (当事人 over 申请人 | 被申请人), blank and
 * note rows, dates typed and written every way, two parties in one cell, a
 * category the dictionary lacks, an ID number that fails its check, a handler
 * who has no account, and a date no calendar has.
 */
const oldLedger = () =>
  oldLedgerFile({
    sheet: '2024年台账',
    title: '2024年矛盾纠纷排查调处台账',
    unit: '填报单位：示范社区综治中心',
    header: [
      '序号',
      '受理日期',
      { over: '当事人', under: ['申请人', '被申请人'] },
      '身份证号',
      '纠纷类别',
      '简要情况',
      '调解员',
      '办理状态',
      '调解结果',
    ],
    rows: [
      [
        'L-001',
        new Date(Date.UTC(2024, 0, 5)),
        '张三',
        '李四',
        ID_NUMBER,
        '邻里纠纷',
        '楼上漏水',
        STAFF.displayName,
        '已办结',
        '调解成功',
      ],
      [
        'L-002',
        '2024/3/8',
        '王五、赵六',
        '锦华物业服务有限公司',
        '110105194912310021',
        '物业',
        '物业费争议',
        '',
        '办理中',
        '',
      ],
      [],
      ['L-003', 45366, '陈七', '', '', '土地纠纷', '宅基地边界', '赵老师', '', ''],
      ['L-004', '2024年13月1日', '钱八', '孙九', '', '合同纠纷', '货款', '', '', ''],
      ['L-005', '24.6.1 9:30', '周八与吴九', '', '', '合同纠纷', '', '', '', '调解不成功'],
      ['注：本表由调解员每月填写'],
    ],
  });

describe('台账导入：旧台账的每一行，导入或说明原因', () => {
  let a: LedgerArchive;
  let file: ImportInput;

  beforeAll(async () => {
    a = await ledgerArchive('2026-12-05T09:00:00');
    file = { fileName: '2024年台账.xlsx', base64: (await oldLedger()).toString('base64') };
    await a.asDirector();
  }, 60_000);
  afterAll(() => a.cleanup());

  it('finds the header under the title rows, proposes the mapping and lists the unknown category', async () => {
    const seen = value(await a.core.outcome(a.core.api.imports.inspectLedger(file)));
    expect(seen).toMatchObject({
      sheet: '2024年台账',
      headerRow: 4,
      labels: [
        '序号',
        '受理日期',
        '申请人',
        '被申请人',
        '身份证号',
        '纠纷类别',
        '简要情况',
        '调解员',
        '办理状态',
        '调解结果',
      ],
      mapping: [
        'legacyCode',
        'registeredAt',
        'applicant',
        'respondent',
        'idNumber',
        'category',
        'summary',
        'handler',
        'status',
        'outcome',
      ],
      remembered: false,
      dataRows: 5,
      unknownCategories: [{ name: '土地纠纷', rows: 1 }],
    });
    expect(seen.previewColumns).toEqual(['原编号', '登记时间', '当事人', '纠纷类型', '状态']);
    expect(seen.preview[0]).toMatchObject({
      row: 5,
      ok: true,
      values: ['L-001', '2024-01-05 00:00', '张三、李四', '邻里纠纷', '办结'],
    });
    expect(seen.preview[1]).toMatchObject({
      row: 6,
      values: ['L-002', '2024-03-08 00:00', '王五、赵六、锦华物业服务有限公司', '物业纠纷', '办理中'],
    });
    // A row that cannot come in shows what the file says, beside why.
    expect(seen.preview.find((r) => r.row === 9)).toMatchObject({
      ok: false,
      values: [
        expect.any(String),
        '2024年13月1日',
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ],
      messages: ['登记时间：日期「2024年13月1日」不存在'],
    });
  });

  it('the dry run lists every row that would be refused or changed, by its row in the file, and writes nothing', async () => {
    const before = await a.auditTotal();
    const check = value(await a.core.outcome(a.core.api.imports.checkLedger(file))) as ImportReport;
    expect(check).toMatchObject({ dataRows: 5, valid: 3, refused: 2, repeated: 0, imported: 0 });
    expect(check.problems.filter((p) => p.kind === 'refused')).toEqual([
      { row: 8, kind: 'refused', messages: ['纠纷类型「土地纠纷」尚未对应到本系统的类型'] },
      { row: 9, kind: 'refused', messages: ['登记时间：日期「2024年13月1日」不存在'] },
    ]);
    expect(check.problems.find((p) => p.row === 6)!.messages[0]).toContain('身份证号「110105194912310021」');
    const { rows } = await sheetRows(check.problemsFile!, '问题行');
    const listed = rows.slice(3).map((r) => [r[0], r[1]]);
    expect(listed).toEqual(
      check.problems.map((p) => [
        p.row,
        { refused: '未导入', changed: '导入时有改动', repeated: '此前已导入' }[p.kind],
      ]),
    );
    expect(await a.auditTotal()).toBe(before);
    expect(value(await a.api.cases.list({ page: 0, pageSize: 50 })).total).toBe(0);
  });

  it('imports the good rows once the unknown category is decided: 原编号, codes in each year, flags kept, audited', async () => {
    const decided = { ...file, categories: { 土地纠纷: 'new' as const } };
    const done = value(await a.core.outcome(a.core.api.imports.importLedger(decided))) as ImportReport;
    expect(done).toMatchObject({ valid: 4, refused: 1, imported: 4 });
    const page = value(
      await a.api.cases.list({ page: 0, pageSize: 50, sort: 'registeredAt', direction: 'asc' }),
    );
    expect(page.rows.map((r) => r.code)).toEqual([
      '2024-000001',
      '2024-000002',
      '2024-000003',
      '2024-000004',
    ]);
    const first = value(await a.api.cases.getByCode({ code: '2024-000001' }));
    expect(first).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      handlerName: STAFF.displayName,
      imported: { legacyCode: 'L-001', fileName: '2024年台账.xlsx', row: 5, flags: [] },
    });
    expect(first.parties.map((p) => [p.name, p.idNumber])).toEqual([
      ['张三', ID_NUMBER],
      ['李四', null],
    ]);
    const second = value(await a.api.cases.getByCode({ code: '2024-000002' }));
    expect(second.parties.map((p) => [p.kind, p.name])).toEqual([
      ['person', '王五'],
      ['person', '赵六'],
      ['organisation', '锦华物业服务有限公司'],
    ]);
    expect(second.imported!.flags).toEqual([
      {
        field: 'idNumber',
        party: '王五',
        value: '110105194912310021',
        message: expect.stringContaining('校验位'),
      },
    ]);
    const third = value(await a.api.cases.getByCode({ code: '2024-000003' }));
    expect(third).toMatchObject({
      registeredAt: '2024-03-15T00:00',
      category: '土地纠纷',
      notes: '原承办人：赵老师',
    });
    const fourth = value(await a.api.cases.getByCode({ code: '2024-000004' }));
    expect(fourth).toMatchObject({
      registeredAt: '2024-06-01T09:30',
      status: 'closed',
      outcome: 'guided',
      summary: '周八与吴九合同纠纷',
    });
    // Found by a party's name like any case.
    expect(
      value(await a.api.cases.list({ page: 0, pageSize: 50, q: '锦华物业' })).rows.map((r) => r.code),
    ).toEqual(['2024-000002']);
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 5, action: 'imports.ledger' })).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain(`导入旧台账「2024年台账.xlsx」（SHA-256 ${done.sha256}）：导入 4 件`);
    expect(value(await a.api.cases.categories({})).map((c) => c.label)).toContain('土地纠纷');
  });

  it('importing the same file again adds nothing, and the mapping is remembered for its columns', async () => {
    const again = value(await a.core.outcome(a.core.api.imports.importLedger(file))) as ImportReport;
    expect(again).toMatchObject({ imported: 0, repeated: 4, refused: 1 });
    expect(value(await a.api.cases.list({ page: 0, pageSize: 50 })).total).toBe(4);
    const seen = value(await a.core.outcome(a.core.api.imports.inspectLedger(file)));
    expect(seen.remembered).toBe(true);
  });

  it('two rows alike but for the time in a typed date cell are two cases, not one repeated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('来电');
    ws.addRow(['受理时间', '当事人', '纠纷类型', '简要情况']);
    ws.addRow([new Date(Date.UTC(2024, 8, 2, 9, 30)), '钱某', '邻里纠纷', '来电反映噪音']);
    ws.addRow([new Date(Date.UTC(2024, 8, 2, 15, 10)), '钱某', '邻里纠纷', '来电反映噪音']);
    const calls = {
      fileName: '来电登记.xlsx',
      base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    };
    const check = value(await a.core.outcome(a.core.api.imports.checkLedger(calls))) as ImportReport;
    expect(check).toMatchObject({ dataRows: 2, valid: 2, repeated: 0 });
  });

  it("reads a GBK CSV as Chinese Excel saves it; this year's rows continue this year's series", async () => {
    const csv = encodeGbk(
      '编号,登记日期,当事人,纠纷类型,简要情况,联系电话\r\nC-1,2026-12-01,郑十 vs 冯十一,婚姻家庭,"感情不和,要求离婚",１３８１２３４５６７８\r\n',
    );
    const before = value(await a.api.cases.create(caseInput()));
    const done = value(
      await a.core.outcome(
        a.core.api.imports.importLedger({ fileName: '旧台账.csv', base64: csv.toString('base64') }),
      ),
    ) as ImportReport;
    expect(done).toMatchObject({ imported: 1, refused: 0 });
    const year = Number(before.code.slice(5));
    const imported = value(
      await a.api.cases.getByCode({ code: `2026-${String(year + 1).padStart(6, '0')}` }),
    );
    expect(imported).toMatchObject({
      category: '婚姻家庭纠纷',
      summary: '感情不和,要求离婚',
      imported: { legacyCode: 'C-1' },
    });
    expect(imported.parties.map((p) => [p.name, p.phone])).toEqual([
      ['郑十', '13812345678'],
      ['冯十一', null],
    ]);
  });

  it('a cancelled import leaves the archive as it was; staff cannot import', async () => {
    const total = value(await a.api.cases.list({ page: 0, pageSize: 1 })).total;
    const audits = await a.auditTotal();
    const big = encodeGbk(
      '编号,登记日期,当事人,纠纷类型\r\n' +
        Array.from({ length: 3000 }, (_, i) => `B-${i},2025-01-0${(i % 9) + 1},甲${i}与乙${i},邻里纠纷`).join(
          '\r\n',
        ),
    );
    const ticket = value(
      await a.core.api.imports.importLedger({ fileName: '大台账.csv', base64: big.toString('base64') }),
    );
    value(await a.core.api.jobs.cancel({ jobId: ticket.jobId }));
    expect((await a.core.settled(ticket.jobId)).state).toBe('cancelled');
    expect(value(await a.api.cases.list({ page: 0, pageSize: 1 })).total).toBe(total);
    expect(await a.auditTotal()).toBe(audits);
    await a.login(STAFF);
    expect(await a.core.api.imports.checkLedger(file)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
