import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/features/audit/audit.queries';
import { tempDir } from '../support/archive';
import { takeOwnPassword } from '../support/accounts';
import { runCliAt, type CliResult } from '../support/children';
import type { Db } from '../../electron/core/db/open';
import { openDirect } from '../support/directDb';
import { changedFiles, isChinese, restingFiles } from '../support/files';
import { pdfText } from '../support/pdf';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';
const TODAY = NOW.slice(0, 10);

function expectOneChineseLine(result: CliResult): void {
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(isChinese(lines[0]!)).toBe(true);
}

async function xlsxRows(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    ),
  );
  return rows;
}

/**
 * The command line of Module 3: `seed` adds the archive room to the demo
 * (catalogue, boxes, loans in every state), and `print`/`export` make the
 * archive's documents through the same jobs and calls as the app, audited
 * under the account whose password is given. Everything on a pinned clock.
 */
describe('命令行：示范档案室，档案目录与借阅的打印和导出', () => {
  let tmp: ReturnType<typeof tempDir>;
  let demo: string;
  const cli = (args: string[], password = PASSWORD, user: string | null = 'wangzr') =>
    runCliAt(
      NOW,
      [...args, '--dir', demo, '--password-stdin', ...(user ? ['--user', user] : [])],
      `${password}\n`,
    );
  /** One reader for the whole file (a key derivation per query would dominate the run); WAL readers never block the CLI. */
  let reader: Db;
  const query = async <T>(sql: string, ...params: unknown[]): Promise<T[]> =>
    reader.prepare(sql).all(...params) as T[];
  const one = async <T>(sql: string, ...params: unknown[]) => (await query<T>(sql, ...params))[0]!;
  const n = async (sql: string, ...params: unknown[]) => (await one<{ n: number }>(sql, ...params)).n;

  beforeAll(async () => {
    tmp = tempDir('archive-room-cli-');
    demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      ['seed', '--dir', demo, '--password-stdin', '--cases', '500'],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(
      /示范档案：著录 40 件（另有调解卷宗 \d+ 件），装盒 \d+ 盒，借阅记录 2\d\d 条/,
    );
    reader = await openDirect(demo, 'wangzr', PASSWORD);
  }, 180_000);

  afterAll(() => {
    reader?.close();
    tmp.cleanup();
  }, 180_000);

  it('seeds a catalogue of every 门类, period and 密级, numbered without gaps, dossiers filed, boxed', async () => {
    const categories = await query<{ category: string }>('SELECT DISTINCT category FROM archive_items');
    expect(categories.map((c) => c.category).sort()).toEqual(['BG', 'HY', 'TJ', 'WS', 'XX', 'ZB']);
    expect(await n('SELECT count(DISTINCT retention) AS n FROM archive_items')).toBe(3);
    expect(await n('SELECT count(DISTINCT classification) AS n FROM archive_items')).toBe(3);
    expect(await one('SELECT min(year) AS lo, max(year) AS hi FROM archive_items')).toEqual({
      lo: 2014,
      hi: 2026,
    });
    // D10 items of 2014 and 2015 are past their retention in 2026 (到期鉴定).
    expect(
      await n("SELECT count(*) AS n FROM archive_items WHERE retention = 'D10' AND year + 10 < 2026"),
    ).toBeGreaterThan(0);
    // Every series numbered 1…last without a gap, its counter at its last number.
    expect(
      await query(
        `SELECT s.category, s.year, s.retention FROM archive_serials s
         WHERE s.last != (SELECT count(*) FROM archive_items i WHERE i.category = s.category AND i.year = s.year AND i.retention = s.retention)
            OR s.last != (SELECT max(serial) FROM archive_items i WHERE i.category = s.category AND i.year = s.year AND i.retention = s.retention)`,
      ),
    ).toEqual([]);
    expect(await n('SELECT count(*) AS n FROM archive_items_fts')).toBe(
      await n('SELECT count(*) AS n FROM archive_items'),
    );
    // Every closed mediation's dossier is a TJ item linked to it, its 卷号 the agreement's number.
    const closed = await n("SELECT count(*) AS n FROM mediations WHERE status = 'closed'");
    expect(closed).toBeGreaterThan(0);
    expect(
      await n(
        `SELECT count(*) AS n FROM mediations m JOIN archive_items i ON i.mediation_id = m.id
         WHERE m.status = 'closed' AND i.category = 'TJ' AND i.case_id = m.case_id AND i.title = m.dossier_title
           AND i.retention = m.retention AND i.created_at = m.filed_at
           AND (i.doc_number IN (SELECT number FROM agreements a WHERE a.mediation_id = m.id) OR i.doc_number LIKE '%（终止调解）')`,
      ),
    ).toBe(closed);
    expect(await n('SELECT count(*) AS n FROM archive_items WHERE mediation_id IS NOT NULL')).toBe(closed);
    // Past years are boxed in numbered cabinets; this year's items wait unboxed.
    expect(await n('SELECT count(*) AS n FROM archive_items WHERE year < 2026 AND box_id IS NULL')).toBe(0);
    expect(await n('SELECT count(*) AS n FROM archive_items WHERE year = 2026 AND box_id IS NOT NULL')).toBe(
      0,
    );
    expect(await n("SELECT count(*) AS n FROM archive_boxes WHERE cabinet LIKE '%号柜'")).toBe(
      await n('SELECT count(*) AS n FROM archive_boxes'),
    );
  }, 180_000);

  it('seeds loans in every state, in the order applied for, one out per item, approvers where needed', async () => {
    const byStatus = Object.fromEntries(
      (
        await query<{ status: string; n: number }>(
          'SELECT status, count(*) AS n FROM archive_loans GROUP BY 1',
        )
      ).map((r) => [r.status, r.n]),
    );
    for (const s of ['requested', 'approved', 'refused', 'out', 'returned', 'cancelled'])
      expect(byStatus[s], s).toBeGreaterThan(0);
    expect(
      await n("SELECT count(*) AS n FROM archive_loans WHERE status = 'out' AND due_on < ?", TODAY),
    ).toBeGreaterThan(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans WHERE status = 'out' AND due_on >= ? AND due_on <= date(?, '+3 days')",
        TODAY,
        TODAY,
      ),
    ).toBeGreaterThan(0);
    // A queue: applications waiting behind an item that is out.
    expect(
      await n(
        `SELECT count(*) AS n FROM archive_loans w WHERE w.status IN ('requested', 'approved')
         AND EXISTS (SELECT 1 FROM archive_loans o WHERE o.item_id = w.item_id AND o.status = 'out' AND o.id < w.id)`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans WHERE condition = 'damaged' AND condition_note IS NOT NULL",
      ),
    ).toBeGreaterThan(0);
    expect(await n("SELECT count(*) AS n FROM archive_loans WHERE condition = 'intact'")).toBeGreaterThan(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans WHERE borrower_kind = 'staff' AND borrower_account_id IS NOT NULL",
      ),
    ).toBeGreaterThan(0);
    for (const unit of ['法院', '司法所', '派出所'])
      expect(
        await n(
          "SELECT count(*) AS n FROM archive_loans WHERE borrower_kind = 'outside' AND borrower_unit LIKE ? AND letter IS NOT NULL AND borrower_id_number IS NOT NULL",
          `%${unit}%`,
        ),
        unit,
      ).toBeGreaterThan(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans l JOIN archive_items i ON i.id = l.item_id WHERE i.classification = 'secret'",
      ),
    ).toBeGreaterThan(0);
    // The rules the app's steps keep: a request waits only when approval is needed; decisions name the director.
    expect(
      await n("SELECT count(*) AS n FROM archive_loans WHERE status = 'requested' AND needs_approval = 0"),
    ).toBe(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans WHERE needs_approval = 1 AND status IN ('approved', 'refused', 'out', 'returned') AND decided_by_id IS NULL",
      ),
    ).toBe(0);
    expect(
      await n(
        'SELECT count(*) AS n FROM archive_loans WHERE needs_approval = 0 AND decided_by_id IS NOT NULL',
      ),
    ).toBe(0);
    expect(
      await query(
        "SELECT item_id FROM archive_loans WHERE status = 'out' GROUP BY item_id HAVING count(*) > 1",
      ),
    ).toEqual([]);
    // Ids follow the applications; nothing happened after now; an item went out only once it was back.
    expect(
      await n(
        'SELECT count(*) AS n FROM archive_loans a JOIN archive_loans b ON b.id = a.id + 1 WHERE b.requested_at < a.requested_at',
      ),
    ).toBe(0);
    expect(
      await n(
        "SELECT count(*) AS n FROM archive_loans WHERE max(requested_at, coalesce(decided_at, ''), coalesce(lent_at, ''), coalesce(returned_at, '')) > ?",
        NOW.slice(0, 16),
      ),
    ).toBe(0);
    expect(
      await n(
        `SELECT count(*) AS n FROM archive_loans a JOIN archive_loans b ON b.item_id = a.item_id AND b.id > a.id
         WHERE a.lent_at IS NOT NULL AND b.lent_at IS NOT NULL AND b.lent_at < coalesce(a.returned_at, '9999')`,
      ),
    ).toBe(0);
    expect(verifyAuditChain(reader).ok).toBe(true);
    expect(await n("SELECT count(*) AS n FROM audit_log WHERE action = 'archive.seed'")).toBeGreaterThan(0);
  }, 180_000);

  it('prints the 归档文件目录 of a year and of a box, and audits each print under the account', async () => {
    const out = join(tmp.dir, '目录2024.pdf');
    const r = await cli(['print', 'catalogue', '--year', '2024', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const codes = await query<{ code: string }>(
      'SELECT code FROM archive_items WHERE year = 2024 AND destroyed_at IS NULL ORDER BY category, year, retention, serial',
    );
    expect(r.stdout).toContain(`已打印归档文件目录（${codes.length} 件；年度 2024）`);
    const text = await pdfText(readFileSync(out));
    expect(text).toContain('归档文件目录');
    for (const c of codes) expect(text).toContain(c.code);

    const box = await one<{ id: number; box_no: string }>(
      'SELECT id, box_no FROM archive_boxes ORDER BY id LIMIT 1',
    );
    const inBox = await query<{ code: string }>('SELECT code FROM archive_items WHERE box_id = ?', box.id);
    const boxOut = join(tmp.dir, '盒目录.pdf');
    const byBox = await cli(
      ['print', 'catalogue', '--box', box.box_no, '--category', 'tj', '--out', boxOut],
      PASSWORD,
      null,
    );
    expect(byBox.code, byBox.stderr).toBe(0);
    expect(byBox.stdout).toMatch(
      new RegExp(`已打印归档文件目录（\\d+ 件；门类 TJ 调解卷宗，档案盒 ${box.box_no}）`),
    );
    expect(inBox.length).toBeGreaterThan(0);
    const audit = await query<{ action: string; actor_name: string; summary: string }>(
      "SELECT action, actor_name, summary FROM audit_log WHERE action = 'archive.print' ORDER BY id",
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actor_name).toBe('王建国');
    expect(audit[0]!.summary).toBe(`打印归档文件目录（${codes.length} 件；筛选：年度：2024）`);
  }, 180_000);

  it('prints the 借阅登记簿 and exports the catalogue and the loans as workbooks', async () => {
    const register = join(tmp.dir, '借阅登记簿.pdf');
    const r = await cli(['print', 'loans', '--from', '2026-01-01', '--to', TODAY, '--out', register]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已打印借阅登记簿（出借日期 2026-01-01 至 ${TODAY}）`);
    const lent = await query<{ code: string }>(
      `SELECT i.code FROM archive_loans l JOIN archive_items i ON i.id = l.item_id
       WHERE l.lent_at >= '2026-01-01' AND l.lent_at < ? || 'T99'`,
      TODAY,
    );
    expect(lent.length).toBeGreaterThan(0);
    const text = await pdfText(readFileSync(register));
    expect(text).toContain('借阅登记簿');
    expect(text).toContain(lent[0]!.code);

    const catalogue = join(tmp.dir, '档案目录.xlsx');
    const c = await cli(['export', 'catalogue', '--retention', 'D10', '--out', catalogue]);
    expect(c.code, c.stderr).toBe(0);
    const d10 = await query<{ code: string }>(
      "SELECT code FROM archive_items WHERE retention = 'D10' AND destroyed_at IS NULL ORDER BY category, year, retention, serial",
    );
    expect(c.stdout).toContain(`已导出档案目录 ${d10.length} 件（保管期限 定期10年）`);
    const rows = await xlsxRows(catalogue);
    expect(rows[0]![0]).toBe('档案目录');
    const header = rows.findIndex((row) => row[0] === '序号');
    expect(rows.slice(header + 1).map((row) => row[1])).toEqual(d10.map((x) => x.code));

    const loans = join(tmp.dir, '借阅登记.xlsx');
    const l = await cli(['export', 'loans', '--from', '2025-01-01', '--to', TODAY, '--out', loans]);
    expect(l.code, l.stderr).toBe(0);
    const applied = await n(
      "SELECT count(*) AS n FROM archive_loans WHERE requested_at >= '2025-01-01' AND requested_at < ? || 'T99'",
      TODAY,
    );
    expect(l.stdout).toContain(`已导出借阅登记 ${applied} 条（申请日期 2025-01-01 至 ${TODAY}）`);
    const loanRows = await xlsxRows(loans);
    const loanHeader = loanRows.findIndex((row) => row[0] === '序号');
    expect(loanRows.length - loanHeader - 1).toBe(applied);
    const exports = await query<{ summary: string }>(
      "SELECT summary FROM audit_log WHERE action = 'archive.export' ORDER BY id",
    );
    expect(exports.map((e) => e.summary)).toEqual([
      `导出档案目录（Excel，${d10.length} 件；筛选：保管期限：定期10年）`,
      `导出档案借阅登记（Excel，2025-01-01 至 ${TODAY}，${applied} 条）`,
    ]);
  }, 180_000);

  it('prints a 催还通知单 by loan or by 档号, and refuses an item that is not out', async () => {
    const [overdue, other] = await query<{ id: number; code: string; borrower_name: string; due_on: string }>(
      `SELECT l.id, i.code, l.borrower_name, l.due_on FROM archive_loans l JOIN archive_items i ON i.id = l.item_id
       WHERE l.status = 'out' ORDER BY l.due_on LIMIT 2`,
    );
    const byLoan = join(tmp.dir, '催还1.pdf');
    const r = await cli(['print', 'recall', '--loan', String(overdue!.id), '--out', byLoan]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已打印催还通知单（${overdue!.code}）`);
    const text = await pdfText(readFileSync(byLoan));
    expect(text).toContain('催还通知单');
    expect(text).toContain(overdue!.borrower_name);

    const byCode = join(tmp.dir, '催还2.pdf');
    // A 档号 as a scanner types it ("." for "·") finds the item.
    const r2 = await cli(['print', 'recall', '--code', other!.code.replace('·', '.'), '--out', byCode]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(await pdfText(readFileSync(byCode))).toContain(other!.borrower_name);
    const recalls = await query<{ summary: string }>(
      "SELECT summary FROM audit_log WHERE action = 'archive.recall' ORDER BY id",
    );
    expect(recalls).toHaveLength(2);
    expect(recalls[0]!.summary).toContain(
      `开具催还通知单：${overdue!.code}（${overdue!.borrower_name}，应还 ${overdue!.due_on}`,
    );

    const idle = await one<{ code: string }>(
      "SELECT code FROM archive_items i WHERE NOT EXISTS (SELECT 1 FROM archive_loans l WHERE l.item_id = i.id AND l.status = 'out') LIMIT 1",
    );
    const refusedOut = join(tmp.dir, '不应存在.pdf');
    const refused = await cli(['print', 'recall', '--code', idle.code, '--out', refusedOut]);
    expect(refused.code).toBe(1);
    expectOneChineseLine(refused);
    expect(refused.stderr).toContain(`档案 ${idle.code} 未借出，无需催还`);
    expect(existsSync(refusedOut)).toBe(false);
  }, 180_000);

  it('prints 盒脊 for the boxes named; refuses an unknown box, and a role without the right', async () => {
    const boxes = await query<{ box_no: string }>('SELECT box_no FROM archive_boxes ORDER BY id LIMIT 2');
    const out = join(tmp.dir, '盒脊.pdf');
    const r = await cli(['print', 'spine', '--box', boxes.map((b) => b.box_no).join(','), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = await pdfText(readFileSync(out));
    for (const b of boxes) expect(text).toContain(b.box_no);

    const unknown = await cli(['print', 'spine', '--box', '1999-XX-Y-99', '--out', join(tmp.dir, 'x.pdf')]);
    expect(unknown.code).toBe(1);
    expectOneChineseLine(unknown);
    expect(unknown.stderr).toContain('找不到盒号为 1999-XX-Y-99 的档案盒');
    expect(existsSync(join(tmp.dir, 'x.pdf'))).toBe(false);

    // 盒脊 are the archivist's and the director's (contract: ARCHIVIST); staff are refused by the core.
    await takeOwnPassword(demo, 'lits', PASSWORD, 'lits-own-1');
    const staff = await cli(
      ['print', 'spine', '--box', boxes[0]!.box_no, '--out', join(tmp.dir, 'y.pdf')],
      'lits-own-1',
      'lits',
    );
    expect(staff.code).toBe(1);
    expectOneChineseLine(staff);
    expect(staff.stderr).toContain('无权');
    expect(existsSync(join(tmp.dir, 'y.pdf'))).toBe(false);
  }, 180_000);

  it('changes nothing in an archive it could not open, and refuses wrong usage plainly', async () => {
    const before = restingFiles(demo);
    const wrong = await cli(
      ['export', 'catalogue', '--out', join(tmp.dir, 'z.xlsx')],
      'not-the-password',
      null,
    );
    expect(wrong.code).toBe(1);
    expectOneChineseLine(wrong);
    expect(changedFiles(before, restingFiles(demo))).toEqual([]);
    expect(existsSync(join(tmp.dir, 'z.xlsx'))).toBe(false);

    const usage = [
      ['print', 'catalogue', '--retention', 'D5', '--out', join(tmp.dir, 'u.pdf')],
      ['print', 'recall', '--out', join(tmp.dir, 'u.pdf')],
      ['print', 'recall', '--loan', '1', '--code', 'J001', '--out', join(tmp.dir, 'u.pdf')],
      ['export', 'loans', '--from', '2026-01-01', '--out', join(tmp.dir, 'u.xlsx')],
      ['print', 'spine', '--out', join(tmp.dir, 'u.pdf')],
    ];
    // Refused before the archive is opened: run side by side.
    const results = await Promise.all(usage.map((args) => cli(args)));
    results.forEach((r, i) => {
      expect(r.code, usage[i]!.join(' ')).toBe(2);
      expectOneChineseLine(r);
    });
    const recovery = await runCliAt(
      NOW,
      [
        'export',
        'loans',
        '--from',
        '2026-01-01',
        '--to',
        TODAY,
        '--out',
        join(tmp.dir, 'u.xlsx'),
        '--dir',
        demo,
        '--recovery-key-stdin',
      ],
      'XXXX\n',
    );
    expect(recovery.code).toBe(2);
    expect(recovery.stderr).toContain('请用 --password-stdin 以账户身份导出');
    // A period the core refuses (截止 before 起始) is its own Chinese message; no file is left behind.
    const backwards = await cli([
      'export',
      'loans',
      '--from',
      '2026-02-01',
      '--to',
      '2026-01-01',
      '--out',
      join(tmp.dir, 'b.xlsx'),
    ]);
    expect(backwards.code).toBe(1);
    expectOneChineseLine(backwards);
    expect(existsSync(join(tmp.dir, 'b.xlsx'))).toBe(false);
  }, 180_000);
});
