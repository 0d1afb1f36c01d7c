import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR } from '../support/archive';
import { runCliAt } from '../support/children';
import { openDirect } from '../support/directDb';
import { encodeGbk } from '../support/gbk';
import { ledgerArchive, STAFF, type LedgerArchive } from '../support/ledger';
import { sheetRows } from '../support/workbook';

/** `import ledger --file F [--mapping M.json] [--dry-run] [--errors E.xlsx]` (issue 14, item 6). */
describe('命令行：导入旧台账', () => {
  let a: LedgerArchive;
  let file: string;
  const cli = (args: string[], who: { username: string; password: string } = DIRECTOR) =>
    runCliAt(
      '2026-12-05T10:00:00',
      ['import', 'ledger', ...args, '--dir', a.dir, '--password-stdin', '--user', who.username],
      `${who.password}\n`,
    );

  beforeAll(async () => {
    a = await ledgerArchive('2026-12-05T09:00:00');
    await a.core.shutdown();
    file = join(a.dir, '..', '旧台账.csv');
    // Column 「经办」 is not a name the proposal knows; the mapping file says it is 承办人.
    writeFileSync(
      file,
      encodeGbk(
        '序号,受理日期,当事人,类别,情况,经办\r\n' +
          '1,2025/3/5,张三与李四,邻里纠纷,漏水,王主任\r\n' +
          '2,2025年13月1日,王五,合同纠纷,货款,\r\n' +
          '3,20250401,赵六、孙七,土地纠纷,边界,\r\n',
      ),
    );
  }, 60_000);
  afterAll(() => a.cleanup());

  it('a dry run prints the report with the row numbers, writes the problem list, and imports nothing', async () => {
    const errors = join(a.dir, '..', '问题清单.xlsx');
    const r = await cli(['--file', file, '--dry-run', '--errors', errors]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('表头在第 1 行，共 3 行数据');
    expect(r.stdout).toContain('检查完毕（未导入）：可导入 1 行');
    expect(r.stdout).toContain('第 3 行（不能导入）：登记时间：日期「2025年13月1日」不存在');
    expect(r.stdout).toContain('第 4 行（不能导入）：纠纷类型「土地纠纷」尚未对应到本系统的类型');
    const { rows } = await sheetRows(
      {
        fileName: 'x.xlsx',
        mime: '',
        base64: readFileSync(errors).toString('base64'),
      },
      '问题行',
    );
    expect(rows.slice(3).map((row) => row[0])).toEqual([2, 3, 4]);
    const db = await openDirect(a.dir);
    try {
      expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('imports with a mapping file under the director, audited; staff are refused', async () => {
    const mapping = join(a.dir, '..', '对应.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        mapping: ['legacyCode', 'registeredAt', 'parties', 'category', 'summary', 'handler'],
        categories: { 土地纠纷: 'new' },
      }),
    );
    const r = await cli(['--file', file, '--mapping', mapping]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已导入 2 件');
    const refused = await cli(['--file', file], STAFF);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('无权执行此操作');
    const db = await openDirect(a.dir);
    try {
      expect(db.prepare('SELECT code, legacy_code, handler_id FROM cases ORDER BY code').all()).toEqual([
        { code: '2025-000001', legacy_code: '1', handler_id: 1 },
        { code: '2025-000002', legacy_code: '3', handler_id: null },
      ]);
      const audit = db.prepare("SELECT actor_name FROM audit_log WHERE action = 'imports.ledger'").all();
      expect(audit).toEqual([{ actor_name: DIRECTOR.displayName }]);
    } finally {
      db.close();
    }
  });
});

/** `import catalogue --file F [--mapping M.json] [--dry-run]` (issue 14, items 5–6). */
describe('命令行：导入档案目录', () => {
  let a: LedgerArchive;
  let file: string;
  const cli = (args: string[]) =>
    runCliAt(
      '2026-12-05T10:00:00',
      ['import', 'catalogue', ...args, '--dir', a.dir, '--password-stdin', '--user', DIRECTOR.username],
      `${DIRECTOR.password}\n`,
    );

  beforeAll(async () => {
    a = await ledgerArchive('2026-12-05T09:00:00');
    await a.core.shutdown();
    file = join(a.dir, '..', '归档文件目录.csv');
    writeFileSync(
      file,
      encodeGbk(
        '档号,题名,门类,年度,保管期限,日期,页数\r\n' +
          'J001-HY·2020-Y-0007,2020年第一次例会记录,会议记录,2020,永久,2020-01-06,4\r\n' +
          '20-3,联席会议纪要,会议纪要,2020,永久,2020-05-06,2\r\n',
      ),
    );
  }, 60_000);
  afterAll(() => a.cleanup());

  it('checks, then imports with the unknown 门类 decided in the mapping file', async () => {
    const dry = await cli(['--file', file, '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain(
      '栏目对应：档号 → 档号；题名 → 题名；门类 → 门类；年度 → 年度；保管期限 → 保管期限；日期 → 日期；页数 → 页数',
    );
    expect(dry.stdout).toContain('第 3 行（不能导入）：门类「会议纪要」尚未对应到本系统的门类');
    const mapping = join(a.dir, '..', '目录对应.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        categories: { 会议纪要: 'HY' },
        mapping: ['code', 'title', 'category', 'year', 'retention', 'date', 'pages'],
      }),
    );
    const r = await cli(['--file', file, '--mapping', mapping]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已导入 2 件档案');
    expect(r.stdout).toContain('第 3 行（有改动）：档号「20-3」不符合本中心的档号格式');
    const db = await openDirect(a.dir);
    try {
      expect(db.prepare('SELECT code, legacy_code FROM archive_items ORDER BY code').all()).toEqual([
        { code: 'J001-HY·2020-Y-0007', legacy_code: null },
        { code: 'J001-HY·2020-Y-0008', legacy_code: '20-3' },
      ]);
    } finally {
      db.close();
    }
  });
});
