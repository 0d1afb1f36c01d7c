import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, unpackedSize } from '../../electron/core/features/imports/imports.read';
import { catalogueRow, type CatalogueLookups } from '../../shared/import/catalogueRow';
import { ledgerRow, type LedgerLookups } from '../../shared/import/ledgerRow';
import { importLedgerInput } from '../../shared/import/schemas';
import { readAmount, readDate, splitParties } from '../../shared/import/values';
import { encodeGbk } from '../support/gbk';

/**
 * Issue 14, as a hostile tester and a clerk with a messy spreadsheet see it:
 * every odd file and cell comes in as the clerk expects, or is refused with
 * a Chinese reason — never a hang, a wrong value or a value silently lost.
 */
const csv = (text: string | Buffer, name = '台账.csv') =>
  readTable(name, typeof text === 'string' ? Buffer.from(text) : text).then((s) => s[0]!.rows);

describe('import edge: reading files', () => {
  it('reads a sheet with a stray cell in column 16000 as fast as a narrow one, its rows as wide as their values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['登记日期', '当事人', '纠纷类型']);
    for (let i = 0; i < 2000; i++) ws.addRow(['2024-01-05', `张${i}`, '邻里纠纷']);
    ws.getCell(1, 16000).value = ' ';
    ws.getCell(3, 9000).value = '';
    const started = performance.now();
    const [sheet] = await readTable('宽表.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    // Before: every row was read 16 000 cells wide (over a minute, and a mapping the page could not send).
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(sheet!.rows[0]).toEqual(['登记日期', '当事人', '纠纷类型']);
    expect(sheet!.rows[2]).toEqual(['2024-01-05', '张1', '邻里纠纷']);
    expect(Math.max(...sheet!.rows.map((r) => r.length))).toBe(3);
  });

  it('reads a CSV with a BOM, CRLF or LF, quoted commas, quotes and line breaks alike', async () => {
    const body = '当事人,简要情况\r\n"张三,李四","他说""还钱""\r\n第二行"\r\n王五,无\r\n';
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]);
    const expected = [
      ['当事人', '简要情况'],
      ['张三,李四', '他说"还钱"\r\n第二行'],
      ['王五', '无'],
    ];
    expect(await csv(withBom)).toEqual(expected);
    expect(await csv(body.replace(/\r\n/g, '\n'))).toEqual(
      expected.map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))),
    );
  });

  it('drops the empty fields a CSV line ends in, and keeps ragged rows as they are', async () => {
    expect(await csv(`当事人,纠纷类型${','.repeat(500)}\n张三,邻里纠纷,多出来,\n李四\n`)).toEqual([
      ['当事人', '纠纷类型'],
      ['张三', '邻里纠纷', '多出来'],
      ['李四'],
    ]);
  });

  it("reads Excel's 「Unicode 文本」 (UTF-16 with tabs), and a semicolon CSV", async () => {
    const text = '登记日期\t当事人\t简要情况\r\n2024-1-5\t张三\t欠款,未还\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await csv(le)).toEqual([
      ['登记日期', '当事人', '简要情况'],
      ['2024-1-5', '张三', '欠款,未还'],
    ]);
    // The boundary lets UTF-16 through: its NUL bytes are not a binary file's.
    expect(importLedgerInput.safeParse({ fileName: 'u.csv', base64: le.toString('base64') }).success).toBe(
      true,
    );
    expect(await csv('登记日期;当事人\n2024-1-5;张三\n')).toEqual([
      ['登记日期', '当事人'],
      ['2024-1-5', '张三'],
    ]);
  });

  it('reads GB18030 four-byte characters (𠮷) and GBK text', async () => {
    // 𠮷 (U+20BB7) in GB18030 is 95 34 B2 35; the rest is GBK.
    const bytes = Buffer.concat([
      encodeGbk('当事人\n'),
      Buffer.from([0x95, 0x34, 0xb2, 0x35]),
      encodeGbk('野家\n'),
    ]);
    expect(await csv(bytes)).toEqual([['当事人'], ['𠮷野家']]);
  });

  it('keeps a UTF-8 CSV with one stray bad byte as UTF-8, and a GBK one with a single Chinese character as GBK', async () => {
    const utf8 = Buffer.concat([
      Buffer.from('登记日期,当事人,纠纷类型\n2024/1/5,张三与李四,邻里纠纷\n2024/1/6,王'),
      Buffer.from([0xff]),
      Buffer.from('五,合同纠纷\n'),
    ]);
    expect(await csv(utf8)).toEqual([
      ['登记日期', '当事人', '纠纷类型'],
      ['2024/1/5', '张三与李四', '邻里纠纷'],
      ['2024/1/6', '王\uFFFD五', '合同纠纷'],
    ]);
    expect(await csv(encodeGbk('A,B\n1,张\n'))).toEqual([
      ['A', 'B'],
      ['1', '张'],
    ]);
  });

  it('refuses a workbook that unpacks to far more than any ledger, before unpacking it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRow(['登记日期', '当事人', '纠纷类型']);
    const real = Buffer.from(await wb.xlsx.writeBuffer());
    const size = unpackedSize(real)!;
    expect(size).toBeGreaterThan(1000);
    // The same zip with its directory claiming a 1 GB part: what a zip bomb's directory says.
    const bomb = Buffer.from(real);
    const dir = bomb.readUInt32LE(bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    bomb.writeUInt32LE(1024 * 1024 * 1024, dir + 24);
    await expect(readTable('炸弹.xlsx', bomb)).rejects.toThrow(/解压后约 \d+ MB，超过可导入的 600 MB/);
  });

  it('refuses a renamed .xls, an encrypted workbook and a zip that is no workbook, in Chinese', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(
      importLedgerInput.safeParse({ fileName: '旧.xlsx', base64: ole.toString('base64') }).error!.issues[0]!
        .message,
    ).toBe('该文件不是 .xlsx 工作簿（可能已损坏，或只是改了扩展名）');
    await expect(readTable('坏.xlsx', Buffer.from('PK\x03\x04garbage-garbage'))).rejects.toThrow(
      '无法读取该 Excel 文件：文件可能已损坏或有密码保护。',
    );
    await expect(readTable('旧.xls', ole)).rejects.toThrow('暂不能读取旧版 .xls / .et 文件');
  });
});

describe('import edge: cell values', () => {
  it('says a date outside 1900—2100 is out of range (a time-only cell reads as 1899-12-30), not that it does not exist', () => {
    expect(readDate(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toEqual({
      ok: false,
      message: '日期「1899年12月30日」不在 1900—2100 年之间',
    });
    expect(readDate('2206-01-05')).toMatchObject({ ok: false, message: expect.stringContaining('不在') });
    // Excel's 1900 leap-year serial 60 (the 29 February that never was) is no date of a ledger.
    expect(readDate(60)).toEqual({ ok: false, message: '数字 60 不是日期' });
    expect(readDate('2024 / 1 / 5')).toEqual({ ok: true, value: { date: '2024-01-05', time: null } });
    expect(readDate('2024年 1月 5日')).toEqual({ ok: true, value: { date: '2024-01-05', time: null } });
  });

  it('parts names listed one per line in a cell, and 「张三与李四与王五」 into three', () => {
    expect(splitParties('张三\n李四\r\n王五')).toEqual(['张三', '李四', '王五']);
    expect(splitParties('张三与李四与王五')).toEqual(['张三', '李四', '王五']);
    expect(splitParties('𠮷野家与😀某某')).toEqual(['𠮷野家', '😀某某']);
  });

  it('says a negative amount is negative; 「约3万」 is 30000', () => {
    expect(readAmount('-3000元')).toEqual({ ok: false, message: '金额「-3000元」不能为负数' });
    expect(readAmount('约3万')).toEqual({ ok: true, value: 30000 });
  });
});

const LEDGER_MAPPING = [
  'legacyCode',
  'registeredAt',
  'parties',
  'category',
  'phone',
  'idNumber',
  'peopleCount',
  'amount',
  'summary',
  'place',
  'notes',
];
const ledgerLook: LedgerLookups = {
  categoryId: (n) => (n === '邻里纠纷' ? 2 : undefined),
  accountId: () => undefined,
  now: new Date(2026, 11, 5, 9, 0),
};
const ledger = (over: Partial<Record<string, unknown>>) =>
  ledgerRow(
    7,
    LEDGER_MAPPING.map(
      (k) => over[k] ?? { registeredAt: '2024-01-05', parties: '张三', category: '邻里纠纷' }[k],
    ),
    LEDGER_MAPPING,
    ledgerLook,
  );
const reasons = (v: ReturnType<typeof ledger>) => (v.ok ? [] : v.reasons);

describe('import edge: ledger rows', () => {
  it('refuses text over the case form’s limits rather than storing what the form then refuses', () => {
    expect(reasons(ledger({ summary: '漏'.repeat(2001) }))).toEqual(['简要情况超过 2000 个字（2001 个字）']);
    expect(reasons(ledger({ place: '𠮷'.repeat(101) }))).toEqual(['发生地点超过 100 个字（101 个字）']);
    expect(reasons(ledger({ notes: '注'.repeat(1001) }))).toEqual(['备注超过 1000 个字（1001 个字）']);
    expect(reasons(ledger({ legacyCode: 'L'.repeat(61) }))).toEqual(['原编号超过 60 个字（61 个字）']);
    // Counted in characters, as the form counts them: 100 𠮷 are 100, not 200.
    expect(ledger({ place: '𠮷'.repeat(100) }).ok).toBe(true);
  });

  it('refuses a person’s name over 30 characters, an organisation’s over 60, and more than 50 parties', () => {
    expect(reasons(ledger({ parties: '张'.repeat(31) }))[0]).toBe(
      `当事人「${'张'.repeat(20)}…」超过 30 个字，可能是几人写在一起而未分隔`,
    );
    expect(ledger({ parties: `${'锦'.repeat(50)}有限公司` }).ok).toBe(true);
    // The cut is by character: no half of a surrogate pair in the message.
    expect(reasons(ledger({ parties: '𠮷'.repeat(31) }))[0]).toContain(`「${'𠮷'.repeat(20)}…」`);
    const many = Array.from({ length: 51 }, (_, i) => `甲${i}`).join('、');
    expect(reasons(ledger({ parties: many }))).toEqual(['当事人有 51 名，一件案件最多登记 50 名']);
    const twenty = ledger({ parties: Array.from({ length: 20 }, (_, i) => `乙${i}`).join('、') });
    expect(twenty.ok && twenty.value.parties).toHaveLength(20);
  });

  it('takes a phone with +86 or dashes and an ID with a lower-case x; flags a phone that is not one', () => {
    const v = ledger({ phone: '+86 138-1234-5678', idNumber: '11010519491231002x' });
    expect(v.ok && v.value.parties[0]).toMatchObject({
      phone: '138-1234-5678',
      idNumber: '11010519491231002X',
    });
    expect(v.ok && v.value.flags).toEqual([]);
    const bad = ledger({ phone: '12345' });
    expect(bad.ok && bad.value.flags).toEqual([
      { field: 'phone', party: '张三', value: '12345', message: '联系电话格式不正确' },
    ]);
  });

  it('refuses a people count that is not digits (「人」 read as 0, 「1e3」 as 1000 before)', () => {
    expect(reasons(ledger({ peopleCount: '人' }))).toEqual(['涉及人数「人」不是人数']);
    expect(reasons(ledger({ peopleCount: '1e3' }))).toEqual(['涉及人数「1e3」不是人数']);
    expect(reasons(ledger({ peopleCount: '-2' }))).toEqual(['涉及人数「-2」不是人数']);
    const v = ledger({ peopleCount: '12 人' });
    expect(v.ok && v.value.peopleCount).toBe(12);
  });

  it('refuses an amount over 1 万亿 and a date after today', () => {
    expect(reasons(ledger({ amount: '99999999999999' }))).toEqual(['涉及金额超过 1 万亿元']);
    expect(reasons(ledger({ registeredAt: '2062-01-05' }))).toEqual(['登记时间「2062-01-05」晚于今天']);
    expect(ledger({ registeredAt: '2026-12-05 08:30' }).ok).toBe(true);
  });
});

const CATALOGUE_MAPPING = ['code', 'title', 'cabinet', 'boxNo', 'pages', 'note'];
const catalogueLook: CatalogueLookups = {
  pattern: '{全宗号}-{门类}·{年度}-{期限}-{件号}',
  fonds: 'J001',
  fondsName: '测试综治中心',
  categoryCode: (w) => (w.toUpperCase() === 'HY' ? 'HY' : undefined),
  boxByNo: (no) => (no === 'H-001' ? 7 : undefined),
  cabinetOf: (id) => (id === 7 ? 'A01' : undefined),
  boxByLocation: () => undefined,
};
const item = (cells: unknown[]) => catalogueRow(4, cells, CATALOGUE_MAPPING, catalogueLook);

describe('import edge: catalogue rows', () => {
  it('keeps a code written full-width, spaced or lower-case; renumbers one whose 件号 is 0', () => {
    for (const code of [
      'ｊ００１－ｈｙ·２０１９－ｙ－０００３',
      ' j001 - hy.2019-y-0003 ',
      'J001-HY·2019-Y-0003',
    ])
      expect(item([code, '会议记录']), code).toMatchObject({
        ok: true,
        value: { keepSerial: 3, year: 2019 },
      });
    expect(item(['J001-HY·2019-Y-0000', '会议记录'])).toMatchObject({
      ok: true,
      value: { keepSerial: null, writtenCode: 'J001-HY·2019-Y-0000' },
      changes: ['档号「J001-HY·2019-Y-0000」的件号为 0：导入时另编件号，原档号保留'],
    });
  });

  it('keeps a 柜号 without 盒号 in 备注, and says so, rather than dropping it', () => {
    expect(item(['J001-HY·2019-Y-0003', '会议记录', 'B02'])).toMatchObject({
      ok: true,
      value: { boxId: null, newBox: null, note: '原柜号：B02' },
      changes: ['只写了柜号「B02」而无盒号：未放入档案盒，柜号记入备注'],
    });
  });

  it('puts an item into the registered box of its 盒号 even when the row names another cabinet, and says so', () => {
    expect(item(['J001-HY·2019-Y-0003', '会议记录', 'B02', 'H-001', '', '原件'])).toMatchObject({
      ok: true,
      value: { boxId: 7, note: '原件；原柜号：B02' },
      changes: ['档案盒 H-001 登记在柜 A01，不是「柜号」栏的 B02：放入该盒，原柜号记入备注'],
    });
    expect(item(['J001-HY·2019-Y-0003', '会议记录', 'A01', 'H-001'])).toMatchObject({
      ok: true,
      value: { boxId: 7, note: null },
      changes: [],
    });
  });

  it('refuses more pages than an item may have, and text over the item’s limits', () => {
    expect(item(['J001-HY·2019-Y-0003', '会议记录', '', '', '999999'])).toEqual({
      row: 4,
      ok: false,
      reasons: ['页数「999999」超过 100000'],
    });
    expect(item(['J001-HY·2019-Y-0003', '𠮷'.repeat(201)])).toMatchObject({ reasons: ['题名超过 200 个字'] });
    expect(item(['J001-HY·2019-Y-0003', '会议记录', '', '', '', '注'.repeat(501)])).toMatchObject({
      reasons: ['备注超过 500 个字'],
    });
  });
});
