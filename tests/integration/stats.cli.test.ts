import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStats } from '../../electron/core/features/stats/stats.queries';
import type { AuditPage } from '../../shared/audit/schemas';
import type { CaseStats } from '../../shared/stats/schemas';
import { createAccountInUse } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, value } from '../support/archive';
import { insertBulkCases } from '../support/caseRows';
import { runCli } from '../support/children';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';

const OPERATOR = {
  username: 'operator01',
  password: 'operator-pass-1',
  displayName: '张值班',
  role: 'operator',
};

/** The values of the workbook's first sheet, row by row. */
async function sheetOf(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('命令行 export stats', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let expected: CaseStats;
  const cli = (args: string[], password = DIRECTOR.password) =>
    runCli(['export', 'stats', '--dir', a.dir, '--password-stdin', ...args], `${password}\n`);

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF });
    await createAccountInUse(a.call, OPERATOR);
    a.core.shutdown();
    const db = await openDirect(a.dir);
    insertBulkCases(db, { count: 600, from: '2025-06', to: '2026-03', now: '2026-11-24T09:00' });
    expected = caseStats(db, { from: '2026-01', to: '2026-01' });
    db.close();
  });

  afterAll(() => a.cleanup());

  it('writes the month’s workbook with the same figures and records the export', async () => {
    const out = join(a.dir, '统计-2026-01.xlsx');
    const r = await cli(['--month', '2026-01', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已导出统计表（2026年1月，受理 ${expected.period.total} 件）`);
    const sheet = await sheetOf(out);
    expect(sheet.find((row) => row[0] === '受理总数')!.slice(1, 3)).toEqual([
      expected.period.total,
      expected.previous.total,
    ]);
    expect(sheet.find((row) => row[0] === '办结数')![1]).toBe(expected.period.closed);

    value(await a.call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));
    const audit = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 5, action: 'stats.export' }),
    );
    expect(audit.rows[0]!.summary).toContain('命令行导出');
    a.core.shutdown();
  });

  it('takes --from/--to, and says 零报告 for a period without cases', async () => {
    const out = join(a.dir, '统计-2024.xlsx');
    const r = await cli(['--from', '2024-01', '--to', '2024-12', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('本期无矛盾纠纷，零报告。');
    expect((await sheetOf(out)).flat()).toContain('本期无矛盾纠纷，零报告。');
  });

  it('refuses a role that may not see the statistics, and wrong usage, in one Chinese line', async () => {
    const out = join(a.dir, 'refused.xlsx');
    const refused = await cli(
      ['--user', OPERATOR.username, '--month', '2026-01', '--out', out],
      OPERATOR.password,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('您的角色（值班员）无权导出统计表。');
    expect(existsSync(out)).toBe(false);

    for (const args of [
      ['--out', out],
      ['--month', '2026-01', '--from', '2026-01', '--out', out],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(isChinese(r.stderr.trim())).toBe(true);
    }
    const backwards = await cli(['--from', '2026-03', '--to', '2026-01', '--out', out]);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr.trim()).toBe('输入有误：截止月份不能早于起始月份');
  });
});
