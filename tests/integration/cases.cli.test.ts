import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/features/audit/audit.queries';
import { tempDir } from '../support/archive';
import { takeOwnPassword } from '../support/accounts';
import { runCli, runCliAt, type CliResult } from '../support/children';
import { countRows, openDirect } from '../support/directDb';
import { isChinese } from '../support/files';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';
const FULL_ID = /\b\d{17}[\dX]\b/;

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

describe('命令行：示范案件与台账导出', () => {
  let tmp: ReturnType<typeof tempDir>;
  let demo: string;

  beforeAll(async () => {
    tmp = tempDir('archive-ledger-cli-');
    demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      ['seed', '--dir', demo, '--password-stdin', '--cases', '500'],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/示范案件：新增 500 件（2023-000001 至 2026-\d{6}），首问登记 \d+ 条/);
  }, 120_000);

  afterAll(() => tmp.cleanup());

  it('seeds consistent cases: serials, search index, party names, events and one audit record per batch', async () => {
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    try {
      expect(countRows(db, 'cases')).toBe(500);
      expect(countRows(db, 'cases_fts')).toBe(500);
      const serials = db.prepare('SELECT year, last FROM case_serials ORDER BY year').all() as {
        year: number;
        last: number;
      }[];
      expect(serials.map((s) => s.year)).toEqual([2023, 2024, 2025, 2026]);
      for (const s of serials) {
        const row = db
          .prepare("SELECT count(*) AS n, max(code) AS top FROM cases WHERE code LIKE ? || '-%'")
          .get(String(s.year)) as { n: number; top: string };
        expect(row).toEqual({ n: s.last, top: `${s.year}-${String(s.last).padStart(6, '0')}` });
      }
      // Denormalised names match the parties; every case has its creation event; closed ones their time.
      const mismatched = db
        .prepare(
          `SELECT count(*) AS n FROM cases c WHERE c.party_names !=
           (SELECT group_concat(name, '、') FROM (SELECT name FROM case_parties WHERE case_id = c.id ORDER BY sort))`,
        )
        .get() as { n: number };
      expect(mismatched.n).toBe(0);
      expect(
        db.prepare("SELECT count(DISTINCT case_id) AS n FROM case_events WHERE kind = 'created'").get(),
      ).toEqual({ n: 500 });
      expect(
        db
          .prepare(
            "SELECT count(*) AS n FROM cases WHERE status IN ('closed', 'followed_up', 'archived') AND (closed_at IS NULL OR outcome IS NULL)",
          )
          .get(),
      ).toEqual({ n: 0 });
      expect(
        db.prepare("SELECT count(*) AS n FROM cases WHERE registered_at > '2026-11-24T09:00'").get(),
      ).toEqual({ n: 0 });
      // A realistic mix: old cases closed, recent ones open, some overdue, some suspended, some major.
      const byStatus = Object.fromEntries(
        (
          db.prepare('SELECT status, count(*) AS n FROM cases GROUP BY status').all() as {
            status: string;
            n: number;
          }[]
        ).map((r) => [r.status, r.n]),
      );
      expect(byStatus.archived).toBeGreaterThan(150);
      expect(byStatus.registered).toBeGreaterThan(0);
      expect(
        (db.prepare('SELECT count(*) AS n FROM cases WHERE major = 1').get() as { n: number }).n,
      ).toBeGreaterThan(5);
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'cases.seed'").get()).toEqual({
        n: 1,
      });
      expect(verifyAuditChain(db).ok).toBe(true);
      // Intakes linked both ways.
      expect(
        db
          .prepare(
            "SELECT count(*) AS n FROM intakes i JOIN cases c ON c.id = i.case_id WHERE i.outcome = 'case' AND c.intake_id = i.id",
          )
          .get(),
      ).toEqual(db.prepare("SELECT count(*) AS n FROM intakes WHERE outcome = 'case'").get());
    } finally {
      db.close();
    }
  });

  it('seeds the same archive every time (fixed PRNG seed), and adds no cases to an archive that has them', async () => {
    const again = await runCli(
      ['seed', '--dir', demo, '--password-stdin', '--cases', '500'],
      `${PASSWORD}\n`,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('档案库中已有 500 件案件，未再添加');
    const twin = join(tmp.dir, 'twin');
    expect(
      (await runCliAt(NOW, ['seed', '--dir', twin, '--password-stdin', '--cases', '500'], `${PASSWORD}\n`))
        .code,
    ).toBe(0);
    const sample = async (dir: string) => {
      const db = await openDirect(dir, 'wangzr', PASSWORD);
      try {
        return {
          cases: db
            .prepare(
              'SELECT code, registered_at, summary, party_names, status, deadline FROM cases ORDER BY id',
            )
            .all(),
          // The archive room too: catalogue, boxes and loans.
          items: db
            .prepare(
              'SELECT code, title, date, classification, pages, box_id, created_at FROM archive_items ORDER BY id',
            )
            .all(),
          boxes: db.prepare('SELECT box_no, cabinet FROM archive_boxes ORDER BY id').all(),
          loans: db
            .prepare(
              'SELECT item_id, status, mode, borrower_name, requested_at, decided_at, lent_at, due_on, returned_at FROM archive_loans ORDER BY id',
            )
            .all(),
          // The duty roster: every version, its leave, 带班领导 and swaps.
          rosters: db
            .prepare(
              'SELECT month, version, status, template, assignments, note, created_at, published_at FROM duty_rosters ORDER BY id',
            )
            .all(),
          leave: db
            .prepare('SELECT account_id, date, shift, reason, created_at FROM duty_leave ORDER BY id')
            .all(),
          leaders: db.prepare('SELECT date, name, phone FROM duty_leaders ORDER BY date').all(),
          swaps: db
            .prepare(
              'SELECT month, kind, date, shift, from_id, to_id, other_date, other_shift, reason, status, requested_at, decided_at, decision_note, roster_id FROM duty_swaps ORDER BY id',
            )
            .all(),
        };
      } finally {
        db.close();
      }
    };
    const [a, b] = [await sample(twin), await sample(demo)];
    expect(a.rosters.length).toBeGreaterThan(12);
    expect(a).toEqual(b);
  }, 120_000);

  it('exports the ledger with identities masked, filtered by date', async () => {
    const out = join(tmp.dir, '台账.xlsx');
    const result = await runCli(
      ['export', 'ledger', '--dir', demo, '--password-stdin', '--out', out],
      `${PASSWORD}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已导出台账 500 件（全部案件）');
    const rows = await xlsxRows(out);
    expect(rows[0]![0]).toBe('矛盾纠纷排查调处台账');
    expect(rows[2]![0]).toBe('序号');
    expect(rows).toHaveLength(503);
    expect(rows.flat().some((cell) => FULL_ID.test(cell))).toBe(false);
    expect(rows.flat().some((cell) => /\d{6}\*{8}[\dX]{4}/.test(cell))).toBe(true);

    const july = join(tmp.dir, '七月.xlsx');
    const filtered = await runCli(
      [
        'export',
        'ledger',
        '--dir',
        demo,
        '--password-stdin',
        '--out',
        july,
        '--from',
        '2025-07-01',
        '--to',
        '2025-07-31',
      ],
      `${PASSWORD}\n`,
    );
    expect(filtered.code).toBe(0);
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    const expected = (
      db
        .prepare(
          "SELECT count(*) AS n FROM cases WHERE registered_at >= '2025-07-01' AND registered_at < '2025-08-01'",
        )
        .get() as { n: number }
    ).n;
    db.close();
    const julyRows = (await xlsxRows(july)).slice(3);
    expect(julyRows).toHaveLength(expected);
    expect(julyRows.every((r) => r[2]!.startsWith('2025-07-'))).toBe(true);
    expect(filtered.stdout).toContain('登记日期：2025-07-01 至 2025-07-31');
  });

  it('gives whole identities only to a director’s account, and records it', async () => {
    const staffOut = join(tmp.dir, '工作人员.xlsx');
    const asLits = (password: string) =>
      runCli(
        [
          'export',
          'ledger',
          '--dir',
          demo,
          '--password-stdin',
          '--user',
          'lits',
          '--out',
          staffOut,
          '--full-identity',
        ],
        `${password}\n`,
      );
    // The seeded password is the seeder's: until lits sets her own, the command line refuses it too.
    const notYet = await asLits(PASSWORD);
    expect(notYet.code).toBe(1);
    expectOneChineseLine(notYet);
    expect(notYet.stderr).toContain('请先在程序中登录并设置新密码');
    await takeOwnPassword(demo, 'lits', PASSWORD, 'lits-own-1');
    const refused = await asLits('lits-own-1');
    expect(refused.code).toBe(1);
    expectOneChineseLine(refused);
    expect(refused.stderr).toContain('只有主任账户可以导出完整的身份证号和联系电话');
    expect(existsSync(staffOut)).toBe(false);

    const out = join(tmp.dir, '完整.xlsx');
    const full = await runCli(
      [
        'export',
        'ledger',
        '--dir',
        demo,
        '--password-stdin',
        '--user',
        'wangzr',
        '--out',
        out,
        '--full-identity',
      ],
      `${PASSWORD}\n`,
    );
    expect(full.code).toBe(0);
    expect((await xlsxRows(out)).flat().some((cell) => FULL_ID.test(cell))).toBe(true);
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    try {
      const actions = db
        .prepare("SELECT action, actor_name FROM audit_log WHERE action LIKE 'cases.export%' ORDER BY id")
        .all() as { action: string; actor_name: string }[];
      expect(actions.map((r) => r.action)).toEqual([
        'cases.export',
        'cases.export',
        'cases.export',
        'cases.export-full-identity',
      ]);
      expect(actions.at(-1)!.actor_name).toBe('王建国（命令行）');
      expect(verifyAuditChain(db).ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('refuses an unknown export and a bad date plainly', async () => {
    const unknown = await runCli(['export', 'nothing', '--dir', demo, '--password-stdin'], `${PASSWORD}\n`);
    expect(unknown.code).toBe(2);
    expectOneChineseLine(unknown);
    const bad = await runCli(
      [
        'export',
        'ledger',
        '--dir',
        demo,
        '--password-stdin',
        '--out',
        join(tmp.dir, 'x.xlsx'),
        '--from',
        '2025-7-1',
      ],
      `${PASSWORD}\n`,
    );
    expect(bad.code).toBe(1);
    expectOneChineseLine(bad);
  });
});
