import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/import/schemas';
import { value } from '../support/archive';
import { ledgerArchive, ID_NUMBER, PHONE, STAFF, type LedgerArchive } from '../support/ledger';
import { convertWith, sofficePath, SOFFICE_MISSING } from '../support/libreoffice';
import { oldLedgerFile, type OldLedger } from '../support/oldLedger';

/**
 * Issue 14: an old ledger saved by LibreOffice Calc comes in with every field
 * as the office wrote it. LibreOffice writes its own .xlsx (its styles and
 * shared strings, typed dates as numbers with date formats, merged ranges,
 * formulas with their cached results) and its own CSV (dates and amounts as
 * the cells show them); each is imported through the API and read back.
 */
const soffice = sofficePath();
if (!soffice && process.env.CI)
  throw new Error(`[imports.libreoffice] ${SOFFICE_MISSING}。CI 必须运行此测试，不能跳过。`);
if (!soffice) console.log(`[imports.libreoffice] 跳过 LibreOffice 另存文件的导入测试：${SOFFICE_MISSING}`);

const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/**
 * Typed dates (one with its time), a date written as text, a phone typed as a
 * number, amounts typed with a 元 format and written with 万元 and commas, two
 * parties in one cell and in 申请人 / 被申请人, a 是否办结 column of typed
 * yes-or-no cells (LibreOffice saves them as the formulas TRUE() / FALSE()),
 * a handler without an account, a category the dictionary lacks, and a row
 * whose 编号, date and amount (computed to 0) are formulas.
 */
const LEDGER: OldLedger = {
  sheet: '2024年台账',
  title: '2024年矛盾纠纷排查调处台账',
  unit: '填报单位：示范社区综治中心',
  header: [
    '序号',
    '受理日期',
    { over: '当事人', under: ['申请人', '被申请人'] },
    '身份证号',
    '联系电话',
    '纠纷类别',
    '简要情况',
    '涉及金额',
    '调解员',
    '是否办结',
    '调解结果',
    '办结日期',
    '备注',
  ],
  formats: { 1: 'yyyy-mm-dd hh:mm', 8: '#,##0.00"元"', 12: 'yyyy"年"m"月"d"日"' },
  rows: [
    [
      'LO-001',
      day(2024, 1, 5),
      '张三',
      '李四',
      ID_NUMBER,
      Number(PHONE),
      '邻里纠纷',
      '楼上漏水，渗至楼下',
      '1.5万元',
      STAFF.displayName,
      true,
      '调解成功',
      day(2024, 1, 20),
      null,
    ],
    [
      'LO-002',
      '2024年3月8日',
      '王五、赵六',
      '锦华物业服务有限公司',
      '',
      '',
      '物业',
      '物业费争议',
      12000.5,
      '',
      false,
      '',
      null,
      '分期缴纳',
    ],
    [],
    [
      'LO-003',
      day(2024, 4, 2, 9, 30),
      '周八与吴九',
      '',
      '',
      '',
      '合同纠纷',
      '货款',
      '3,000元',
      '赵老师',
      '',
      '调解不成功',
      '2024/4/30',
      null,
    ],
    [
      { formula: '"LO-"&TEXT(4,"000")', result: 'LO-004' },
      { formula: 'DATE(2024,5,6)', result: day(2024, 5, 6) },
      '钱八 vs 孙九',
      '',
      '',
      '',
      '土地纠纷',
      '宅基地边界',
      { formula: '3000-3000', result: 0 },
      '',
      false,
      '',
      null,
      null,
    ],
    ['注：本表由调解员每月填写'],
  ],
};

const LABELS = [
  '序号',
  '受理日期',
  '申请人',
  '被申请人',
  '身份证号',
  '联系电话',
  '纠纷类别',
  '简要情况',
  '涉及金额',
  '调解员',
  '是否办结',
  '调解结果',
  '办结日期',
  '备注',
];

/** Every field of the four imported cases, whichever file LibreOffice wrote. */
async function expectImported(a: LedgerArchive, fileName: string) {
  const page = value(
    await a.api.cases.list({ page: 0, pageSize: 50, sort: 'registeredAt', direction: 'asc' }),
  );
  expect(page.rows.map((r) => [r.code, r.registeredAt, r.amount])).toEqual([
    ['2024-000001', '2024-01-05T00:00', 15000],
    ['2024-000002', '2024-03-08T00:00', 12000.5],
    ['2024-000003', '2024-04-02T09:30', 3000],
    ['2024-000004', '2024-05-06T00:00', 0],
  ]);
  const get = async (n: number) => value(await a.api.cases.getByCode({ code: `2024-00000${n}` }));
  const parties = (c: Awaited<ReturnType<typeof get>>) =>
    c.parties.map((p) => [p.kind, p.name, p.idNumber, p.phone]);

  const first = await get(1);
  expect(first).toMatchObject({
    category: '邻里纠纷',
    summary: '楼上漏水，渗至楼下',
    handlerName: STAFF.displayName,
    status: 'closed',
    outcome: 'resolved',
    result: '调解成功',
    closedAt: '2024-01-20T00:00',
    notes: null,
    imported: { legacyCode: 'LO-001', fileName, row: 5, flags: [] },
  });
  expect(parties(first)).toEqual([
    ['person', '张三', ID_NUMBER, PHONE],
    ['person', '李四', null, null],
  ]);

  const second = await get(2);
  expect(second).toMatchObject({
    category: '物业纠纷',
    summary: '物业费争议',
    handlerName: null,
    status: 'registered',
    outcome: null,
    closedAt: null,
    notes: '分期缴纳',
    imported: { legacyCode: 'LO-002', fileName, row: 6, flags: [] },
  });
  expect(parties(second)).toEqual([
    ['person', '王五', null, null],
    ['person', '赵六', null, null],
    ['organisation', '锦华物业服务有限公司', null, null],
  ]);

  const third = await get(3);
  expect(third).toMatchObject({
    category: '合同纠纷',
    summary: '货款',
    handlerName: null,
    status: 'closed',
    outcome: 'guided',
    result: '调解不成功',
    closedAt: '2024-04-30T00:00',
    notes: '原承办人：赵老师',
    imported: { legacyCode: 'LO-003', fileName, row: 8, flags: [] },
  });
  expect(parties(third)).toEqual([
    ['person', '周八', null, null],
    ['person', '吴九', null, null],
  ]);

  const fourth = await get(4);
  expect(fourth).toMatchObject({
    category: '土地纠纷',
    summary: '宅基地边界',
    status: 'registered',
    outcome: null,
    closedAt: null,
    notes: null,
    imported: { legacyCode: 'LO-004', fileName, row: 9, flags: [] },
  });
  expect(parties(fourth)).toEqual([
    ['person', '钱八', null, null],
    ['person', '孙九', null, null],
  ]);
}

/** LibreOffice's own .xlsx, its UTF-8 CSV, and its GB18030 CSV (charset 85, what a Chinese office picks). */
const SAVED = [
  { as: 'xlsx', target: 'xlsx:Calc MS Excel 2007 XML' },
  { as: 'UTF-8 CSV', target: 'csv:Text - txt - csv (StarCalc):44,34,76' },
  { as: 'GB18030 CSV', target: 'csv:Text - txt - csv (StarCalc):44,34,85' },
] as const;

describe.skipIf(!soffice)('台账导入：LibreOffice 另存的旧台账，每一栏照原样导入', () => {
  let dir: string;
  const saved = new Map<string, Buffer>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lo-ledger-'));
    const source = join(dir, '2024年台账.xlsx');
    await writeFile(source, await oldLedgerFile(LEDGER));
    // Each conversion has its own profile, so they may run side by side.
    await Promise.all(
      SAVED.map(async ({ as, target }) => saved.set(as, await readFile(await convertWith(source, target)))),
    );
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('the CSVs are what LibreOffice writes: dates and amounts as shown, GB18030 when asked', () => {
    const utf8 = saved.get('UTF-8 CSV')!.toString('utf8');
    expect(utf8.split('\n')[4]).toContain('LO-001,2024-01-05 00:00,张三,李四');
    expect(utf8).toContain('"12,000.50元"');
    expect(utf8).toContain('2024年1月20日');
    const gb = saved.get('GB18030 CSV')!;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    expect(new TextDecoder('gb18030').decode(gb)).toBe(utf8);
  });

  describe.each(SAVED)('$as', ({ as }) => {
    let a: LedgerArchive;
    const fileName = as === 'xlsx' ? '2024年台账.xlsx' : '2024年台账.csv';
    const file = () => ({ fileName, base64: saved.get(as)!.toString('base64') });

    beforeAll(async () => {
      a = await ledgerArchive('2026-12-05T09:00:00');
      await a.asDirector();
    }, 60_000);
    afterAll(() => a.cleanup());

    it('finds the two-row header under the title and proposes every column', async () => {
      const seen = value(await a.core.outcome(a.core.api.imports.inspectLedger(file())));
      expect(seen).toMatchObject({
        headerRow: 4,
        labels: LABELS,
        mapping: [
          'legacyCode',
          'registeredAt',
          'applicant',
          'respondent',
          'idNumber',
          'phone',
          'category',
          'summary',
          'amount',
          'handler',
          'status',
          'outcome',
          'closedAt',
          'notes',
        ],
        dataRows: 4,
        unknownCategories: [{ name: '土地纠纷', rows: 1 }],
      });
    });

    it('checks, then imports every row with each field as written', async () => {
      const check = value(await a.core.outcome(a.core.api.imports.checkLedger(file()))) as ImportReport;
      expect(check).toMatchObject({ dataRows: 4, valid: 3, refused: 1, repeated: 0, imported: 0 });
      // Exactly these: a yes-or-no or formula cell read wrongly would add a 「无对应项」 or a missing value here.
      expect(check.problems).toEqual([
        { row: 8, kind: 'changed', messages: ['承办人「赵老师」不是本系统的账户，记入备注'] },
        { row: 9, kind: 'refused', messages: ['纠纷类型「土地纠纷」尚未对应到本系统的类型'] },
      ]);
      const done = value(
        await a.core.outcome(a.core.api.imports.importLedger({ ...file(), categories: { 土地纠纷: 'new' } })),
      ) as ImportReport;
      expect(done).toMatchObject({ dataRows: 4, valid: 4, refused: 0, imported: 4 });
      await expectImported(a, fileName);
    });

    it('the same ledger saved in any other form adds nothing: typed and written dates and amounts are one row', async () => {
      for (const other of SAVED.filter((s) => s.as !== as)) {
        const again = value(
          await a.core.outcome(
            a.core.api.imports.checkLedger({
              fileName: other.as === 'xlsx' ? 'x.xlsx' : 'x.csv',
              base64: saved.get(other.as)!.toString('base64'),
              categories: { 土地纠纷: 'new' },
            }),
          ),
        ) as ImportReport;
        expect(again, other.as).toMatchObject({ dataRows: 4, repeated: 4, valid: 0 });
      }
    });
  });
});
