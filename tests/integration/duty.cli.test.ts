import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/features/audit/audit.queries';
import { leadersOf } from '../../electron/core/features/duty/duty.calendar';
import { rosterContext, rosterOf } from '../../electron/core/features/duty/duty.roster';
import type { Db } from '../../electron/core/db/open';
import { daysOf, type ShiftTemplate } from '../../shared/duty/shifts';
import type { Assignment } from '../../shared/duty/rules';
import { validateRoster } from '../../shared/duty/validate';
import { tempDir } from '../support/archive';
import { takeOwnPassword } from '../support/accounts';
import { runCliAt, type CliResult } from '../support/children';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';
import { pdfPageSize, pdfText } from '../support/pdf';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';

function expectOneChineseLine(result: CliResult): void {
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(isChinese(lines[0]!)).toBe(true);
}

/**
 * The command line of Module 4: `seed` adds published months of duty roster
 * (leave, 带班领导, swaps approved and refused, each approval a new version),
 * and `print roster` / `export roster` make the month's roster through the
 * app's own jobs, audited under the account whose password is given.
 */
describe('命令行：示范值班表，值班表的打印和导出', () => {
  let tmp: ReturnType<typeof tempDir>;
  let demo: string;
  let reader: Db;
  const cli = (args: string[], password = PASSWORD, user: string | null = 'wangzr') =>
    runCliAt(
      NOW,
      [...args, '--dir', demo, '--password-stdin', ...(user ? ['--user', user] : [])],
      `${password}\n`,
    );
  const query = <T>(sql: string, ...params: unknown[]): T[] => reader.prepare(sql).all(...params) as T[];
  const n = (sql: string, ...params: unknown[]) => query<{ n: number }>(sql, ...params)[0]!.n;

  beforeAll(async () => {
    tmp = tempDir('duty-cli-');
    demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      ['seed', '--dir', demo, '--password-stdin', '--rosters', '14'],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('示范账户：新增 11 个，共 12 个');
    expect(seeded.stdout).toMatch(
      /示范值班表：2025-11 至 2026-12 共 14 个月已发布（8 人值班，共 \d+ 版），请假 \d+ 天次，调班批准 \d+ 次、不予批准 \d+ 次、待审批 1 次/,
    );
    reader = await openDirect(demo, 'wangzr', PASSWORD);
  }, 180_000);

  afterAll(() => {
    reader?.close();
    tmp.cleanup();
  }, 60_000);

  it('seeds published months that break no rule, with leave, a leader every day and versions from swaps', () => {
    const months = query<{ month: string }>(
      "SELECT month FROM duty_rosters WHERE status = 'published' ORDER BY month",
    ).map((r) => r.month);
    expect(months).toHaveLength(14);
    expect(months[0]).toBe('2025-11');
    expect(months.at(-1)).toBe('2026-12');
    expect(n("SELECT count(*) AS n FROM duty_rosters WHERE status = 'draft'")).toBe(0);
    const templates = new Set<string>();
    for (const month of months) {
      // Every version, the superseded ones too, was whole when it was published.
      const versions = query<{ template: string; assignments: string; starts_on: string | null }>(
        'SELECT template, assignments, starts_on FROM duty_rosters WHERE month = ? ORDER BY version',
        month,
      );
      for (const v of versions) {
        const template = JSON.parse(v.template) as ShiftTemplate;
        templates.add(template.name);
        const ctx = rosterContext(reader, month, template);
        expect(validateRoster(ctx, JSON.parse(v.assignments) as Assignment[]), month).toEqual([]);
      }
      expect(
        leadersOf(reader, month).map((l) => l.date),
        month,
      ).toEqual(daysOf(month));
    }
    expect([...templates].sort()).toEqual(['三班制（8 小时）', '两班制（12 小时）']);
    expect(n('SELECT count(DISTINCT account_id) AS n FROM duty_leave')).toBeGreaterThan(4);
    expect(n('SELECT count(*) AS n FROM duty_leave WHERE shift IS NOT NULL')).toBeGreaterThan(0);
    // An approved swap made the version after it; a refused one none; the one waiting is next month's.
    const swaps = query<{
      status: string;
      roster_id: number | null;
      month: string;
      decided_by: string | null;
    }>('SELECT status, roster_id, month, decided_by FROM duty_swaps ORDER BY id');
    const approved = swaps.filter((s) => s.status === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    expect(swaps.filter((s) => s.status === 'refused').length).toBeGreaterThan(0);
    expect(swaps.filter((s) => s.status === 'requested')).toEqual([
      { status: 'requested', roster_id: null, month: '2026-12', decided_by: null },
    ]);
    expect(n("SELECT count(*) AS n FROM duty_rosters WHERE status = 'superseded'")).toBe(approved.length);
    for (const s of approved) {
      expect(s.decided_by).toBe('王建国');
      expect(rosterOf(reader, s.month, 'published')!.version).toBeGreaterThan(1);
    }
    expect(n("SELECT count(*) AS n FROM duty_swaps WHERE status = 'refused' AND roster_id IS NOT NULL")).toBe(
      0,
    );
    // Nothing dated after now.
    expect(
      n(
        "SELECT count(*) AS n FROM duty_rosters WHERE max(created_at, coalesce(published_at, '')) > ?",
        NOW.slice(0, 16),
      ),
    ).toBe(0);
    expect(
      n(
        "SELECT count(*) AS n FROM duty_swaps WHERE max(requested_at, coalesce(decided_at, '')) > ?",
        NOW.slice(0, 16),
      ),
    ).toBe(0);
    expect(n("SELECT count(*) AS n FROM audit_log WHERE action = 'duty.seed'")).toBe(14);
    expect(verifyAuditChain(reader).ok).toBe(true);
  });

  it('prints the month roster as the app does, with 带班领导 and phones, audited under the account', async () => {
    const out = join(tmp.dir, '值班表-2026-12.pdf');
    const r = await cli(['print', 'roster', '--month', '2026-12', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const published = rosterOf(reader, '2026-12', 'published')!;
    expect(r.stdout).toContain(
      `已打印2026年12月值班表（${published.template.name}，第 ${published.version} 版）`,
    );
    const bytes = readFileSync(out);
    expect(await pdfPageSize(bytes)).toEqual({ width: 842, height: 595 });
    const text = await pdfText(bytes);
    expect(text).toContain('示范社区综治中心视频监控值班表');
    expect(text).toContain('2026年12月');
    const names = query<{ display_name: string }>(
      `SELECT display_name FROM accounts WHERE id IN (${[...new Set(published.assignments.map((a) => a.personId))].join(',')})`,
    );
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const { display_name } of names) expect(text).toContain(display_name);
    for (const l of leadersOf(reader, '2026-12')) {
      expect(text).toContain(l.name);
      expect(text).toContain(l.phone);
    }
    const audit = query<{ actor_name: string; summary: string }>(
      "SELECT actor_name, summary FROM audit_log WHERE action = 'duty.print' ORDER BY id",
    );
    expect(audit).toEqual([
      { actor_name: '王建国', summary: `打印 2026-12 值班表（第 ${published.version} 版）` },
    ]);
  }, 120_000);

  it('exports the month as a workbook, one row a day; an operator prints their own month too', async () => {
    const out = join(tmp.dir, '值班表.xlsx');
    const r = await cli(['export', 'roster', '--month', '2026-02', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const feb = rosterOf(reader, '2026-02', 'published')!;
    expect(feb.template.name).toBe('两班制（12 小时）');
    expect(r.stdout).toContain(`已导出2026年2月值班表（两班制（12 小时），第 ${feb.version} 版）`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((row) =>
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      ),
    );
    const header = rows.findIndex((row) => row[0] === '日期');
    expect(rows[header]).toEqual([
      '日期',
      '星期',
      '白班（08:00—20:00）',
      '夜班（20:00—次日08:00）',
      '带班领导',
      '联系电话',
    ]);
    const days = rows.slice(header + 1);
    expect(days).toHaveLength(28);
    const leaders = leadersOf(reader, '2026-02');
    expect(days.map((d) => d[4])).toEqual(leaders.map((l) => l.name));
    expect(days.every((d) => d[2] !== '' && d[3] !== '')).toBe(true);

    await takeOwnPassword(demo, 'zhangzb', PASSWORD, 'zhangzb-own-1');
    const mine = join(tmp.dir, '本人.pdf');
    const own = await cli(
      ['print', 'roster', '--month', '2026-11', '--out', mine],
      'zhangzb-own-1',
      'zhangzb',
    );
    expect(own.code, own.stderr).toBe(0);
    expect(await pdfText(readFileSync(mine))).toContain('张志斌');
    expect(
      query<{ actor_name: string; action: string }>(
        "SELECT actor_name, action FROM audit_log WHERE action IN ('duty.print') ORDER BY id DESC LIMIT 2",
      ),
    ).toEqual([
      { actor_name: '张志斌', action: 'duty.print' },
      { actor_name: '王建国', action: 'duty.print' },
    ]);

    // `--mine`: his own schedule of the month, as 我的值班 prints and exports it.
    const nov = rosterOf(reader, '2026-11', 'published')!;
    const zhang = query<{ id: number }>("SELECT id FROM accounts WHERE username = 'zhangzb'")[0]!.id;
    const shifts = nov.assignments.filter((a) => a.personId === zhang);
    const ownPdf = join(tmp.dir, '本人-个人.pdf');
    const printed = await cli(
      ['print', 'roster', '--month', '2026-11', '--mine', '--out', ownPdf],
      'zhangzb-own-1',
      'zhangzb',
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain(`已打印张志斌的2026年11月个人值班表（第 ${nov.version} 版）`);
    const ownText = await pdfText(readFileSync(ownPdf));
    expect(ownText).toContain('视频监控个人值班表');
    expect(ownText).toContain(`共${shifts.length}个班`);
    const ownXlsx = join(tmp.dir, '本人-个人.xlsx');
    const exported = await cli(
      ['export', 'roster', '--month', '2026-11', '--mine', '--out', ownXlsx],
      'zhangzb-own-1',
      'zhangzb',
    );
    expect(exported.code, exported.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(ownXlsx);
    expect(book.worksheets[0]!.rowCount).toBe(3 + shifts.length);
    expect(
      query<{ summary: string }>(
        "SELECT summary FROM audit_log WHERE action = 'duty.print' ORDER BY id DESC LIMIT 2",
      ).map((r) => r.summary),
    ).toEqual([
      `导出 张志斌 2026-11 个人值班表（Excel，第 ${nov.version} 版，${shifts.length} 个班）`,
      `打印 张志斌 2026-11 个人值班表（第 ${nov.version} 版，${shifts.length} 个班）`,
    ]);
  }, 120_000);

  it('refuses a month without a roster, a role without the right and wrong usage, leaving no file', async () => {
    const none = join(tmp.dir, '无.pdf');
    const r = await cli(['print', 'roster', '--month', '2027-03', '--out', none]);
    expect(r.code).toBe(1);
    expectOneChineseLine(r);
    expect(r.stderr).toContain('2027-03 还没有值班表');
    expect(existsSync(none)).toBe(false);

    // The roster is the duty room's (contract: DUTY); the archivist is refused by the core.
    await takeOwnPassword(demo, 'zhaoda', PASSWORD, 'zhaoda-own-1');
    const keeper = await cli(
      ['export', 'roster', '--month', '2026-12', '--out', join(tmp.dir, 'k.xlsx')],
      'zhaoda-own-1',
      'zhaoda',
    );
    expect(keeper.code).toBe(1);
    expectOneChineseLine(keeper);
    expect(keeper.stderr).toContain('无权');
    expect(existsSync(join(tmp.dir, 'k.xlsx'))).toBe(false);

    const usage = await Promise.all(
      [
        ['print', 'roster', '--out', join(tmp.dir, 'u.pdf')],
        ['print', 'roster', '--month', '2026-13', '--out', join(tmp.dir, 'u.pdf')],
        ['export', 'roster', '--month', '202612', '--out', join(tmp.dir, 'u.xlsx')],
      ].map((args) => cli(args)),
    );
    for (const u of usage) {
      expect(u.code).toBe(2);
      expectOneChineseLine(u);
    }
    expect(existsSync(join(tmp.dir, 'u.pdf'))).toBe(false);
  }, 120_000);
});
