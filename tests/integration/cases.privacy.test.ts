import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../shared/api/contract';
import type { CaseDetail, CasePage } from '../../shared/cases/schemas';
import { value } from '../support/archive';
import { ID_NUMBER, ledgerArchive, PHONE, STAFF, type LedgerArchive } from '../support/ledger';
import { pdfPages, pdfPageSize } from '../support/pdf';

/** Extracted PDF text has layout spaces between runs; compare without them. */
const squash = (s: string) => s.replace(/\s+/g, '');

const HEADERS = [
  '序号',
  '案件编号',
  '登记时间',
  '来源',
  '当事人',
  '身份证号',
  '联系电话',
  '纠纷类型',
  '简要情况',
  '风险等级',
  '难易程度',
  '是否重大',
  '承办人',
  '办理期限',
  '状态',
  '处理方式',
  '结果',
  '办结时间',
  '满意度',
];

async function readXlsx(file: FileOutput) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  // Every column of the ledger, empty cells included.
  ws.eachRow((row) =>
    rows.push(
      HEADERS.map((_, i) => {
        const v = row.getCell(i + 1).value;
        return v === null || v === undefined ? '' : String(v);
      }),
    ),
  );
  return { ws, rows };
}

describe('隐私：列表与导出', () => {
  let a: LedgerArchive;
  let major: CaseDetail;
  let plain: CaseDetail;

  beforeAll(async () => {
    a = await ledgerArchive();
    await a.login(STAFF);
    major = await a.create({
      majorReasons: ['group10'],
      difficulty: 'major',
      route: 'mediation',
      handlerId: a.ids.litingshu,
    });
    value(await a.call('cases:escalate', { id: major.id, at: '2026-11-24T09:00', to: '街道综治中心' }));
    plain = await a.create({
      summary: '邻居装修噪音扰民',
      parties: [{ kind: 'person', name: '欧阳喆', phone: '13900001111', idNumber: '110105194912310046' }],
    });
  });
  afterAll(() => a.cleanup());

  it('never puts an ID number or a phone in list rows', async () => {
    const page = value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 50 }));
    expect(page.total).toBe(2);
    const text = JSON.stringify(page);
    for (const secret of [ID_NUMBER, PHONE, '110105194912310046', '13900001111', '0005', '1111'])
      expect(text).not.toContain(secret);
    // The record itself shows them whole.
    const record = value(await a.call<CaseDetail>('cases:get', { id: major.id }));
    expect(record.parties[0]).toMatchObject({ idNumber: ID_NUMBER, phone: PHONE });
  });

  it('exports the ledger as .xlsx: title, centre, export time, frozen header in the printed order, masked identity', async () => {
    const before = await (async () => {
      await a.asDirector();
      const n = await a.auditTotal('cases.export');
      await a.login(STAFF);
      return n;
    })();
    const file = value(await a.call<FileOutput>('cases:export-ledger', {}));
    expect(file.fileName).toBe('矛盾纠纷排查调处台账-20261124-090000.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { ws, rows } = await readXlsx(file);
    expect(rows[0]![0]).toBe('矛盾纠纷排查调处台账');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:S1', 'A2:S2']));
    expect(rows[1]![0]).toContain('测试综治中心');
    expect(rows[1]![0]).toContain('导出时间：2026-11-24 09:00');
    expect(rows[1]![0]).toContain('筛选：全部案件');
    expect(rows[2]).toEqual(HEADERS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getColumn(9).width).toBeGreaterThan(30);
    expect(rows).toHaveLength(5);
    // Newest first (the ledger's default order): the plain case, then the major one.
    const [first, second] = [rows[3]!, rows[4]!];
    expect(first.slice(0, 2)).toEqual(['1', plain.code]);
    expect(second).toEqual([
      '2',
      major.code,
      '2026-11-24 09:00',
      '来访',
      '龙䶮涛\n锦华物业服务有限公司（刘堃）',
      '110105********002X\n—',
      '138****5678\n010****5678',
      '邻里纠纷',
      major.summary,
      '低',
      '重大疑难',
      '是',
      '李婷姝',
      '2026-11-24',
      '登记',
      '转人民调解',
      '',
      '',
      '',
    ]);
    const everything = rows.flat().join('|');
    for (const secret of [ID_NUMBER, PHONE, '110105194912310046', '13900001111', '62345678'])
      expect(everything).not.toContain(secret);
    await a.asDirector();
    expect(await a.auditTotal('cases.export')).toBe(before + 1);
    expect(await a.auditTotal('cases.export-full-identity')).toBe(0);
    await a.login(STAFF);
  });

  it('applies the current filter to the export', async () => {
    const { rows } = await readXlsx(value(await a.call<FileOutput>('cases:export-ledger', { q: '噪音' })));
    expect(rows[1]![0]).toContain('筛选：关键词：“噪音”');
    expect(rows.slice(3).map((r) => r[1])).toEqual([plain.code]);
  });

  it('gives whole ID numbers and phones only to the director, and records it', async () => {
    expect(await a.call('cases:export-ledger', { fullIdentity: true })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有主任可以导出或打印完整的身份证号和联系电话。' },
    });
    expect(await a.call('cases:print-ledger', { fullIdentity: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.asDirector();
    const before = await a.auditTotal('cases.export');
    expect(await a.auditTotal('cases.export-full-identity')).toBe(0);
    const { rows } = await readXlsx(
      value(await a.call<FileOutput>('cases:export-ledger', { fullIdentity: true })),
    );
    expect(rows[4]![5]).toBe(`${ID_NUMBER}\n—`);
    expect(rows[4]![6]).toBe(`${PHONE}\n010-62345678`);
    expect(await a.auditTotal('cases.export')).toBe(before + 1);
    expect(await a.auditTotal('cases.export-full-identity')).toBe(1);
    await a.login(STAFF);
  });

  it('prints the ledger on A4 landscape with title, centre, filter, header row and page x/y; rare characters print', async () => {
    const file = value(await a.call<FileOutput>('cases:print-ledger', { sort: 'code', direction: 'asc' }));
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^矛盾纠纷排查调处台账-\d{8}-\d{6}\.pdf$/);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(await pdfPageSize(bytes)).toEqual({ width: 842, height: 595 });
    const page = squash((await pdfPages(bytes))[0]!);
    for (const text of [
      '矛盾纠纷排查调处台账',
      '测试综治中心',
      '筛选：全部案件',
      '共 2 件',
      '序号案件编号登记时间',
      '龙䶮涛',
      '锦华物业服务有限公司（刘堃）',
      '110105********002X',
      '第 1 页 / 共 1 页',
    ])
      expect(page).toContain(squash(text));
    expect(page).not.toContain(ID_NUMBER);
  });

  it('prints the major-dispute register from the same data: major cases only', async () => {
    const file = value(await a.call<FileOutput>('cases:print-major-register', {}));
    expect(file.fileName).toMatch(/^重大矛盾纠纷隐患排查情况登记表-/);
    const page = squash((await pdfPages(Buffer.from(file.base64, 'base64')))[0]!);
    for (const text of [
      '重大矛盾纠纷隐患排查情况登记表',
      '当事人基本情况',
      '纠纷发生原因',
      '矛盾焦点',
      '已采取的措施',
      '上报时间及对象',
      major.code,
      '龙䶮涛，女，身份证号 110105********002X',
      '要求赔偿维修费用',
      '处理方式：转人民调解',
      '2026-11-24 09:00',
      '街道综治中心',
      '重大情形：10人以上群体性',
    ])
      expect(page).toContain(squash(text));
    expect(page).not.toContain(plain.code);
    expect(page).not.toContain(ID_NUMBER);
  });

  it('repeats the header row on every page of a long print', async () => {
    for (let i = 0; i < 45; i++)
      await a.create({ summary: `第 ${i + 1} 件：楼上漏水，天花板受损，多次协商未果。` });
    const pages = await pdfPages(
      Buffer.from(value(await a.call<FileOutput>('cases:print-ledger', {})).base64, 'base64'),
    );
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(squash(page)).toContain('序号案件编号登记时间');
      expect(squash(page)).toContain(squash(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    });
  });

  it('refuses to print a character the document font lacks, naming it and the field; the Excel export carries it', async () => {
    const rare = await a.create({ parties: [{ kind: 'person', name: '𠮷祥' }] });
    // Searched by its other character, so that the filter line itself prints.
    const result = await a.call('cases:print-ledger', { q: '祥' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error.message).toContain('“𠮷”（U+20BB7）');
      expect(result.error.message).toContain('第 1 行“当事人”');
    }
    const { rows } = await readXlsx(value(await a.call<FileOutput>('cases:export-ledger', { q: '祥' })));
    expect(rows.slice(3).map((r) => [r[1], r[4]])).toEqual([[rare.code, '𠮷祥']]);
  });
});
