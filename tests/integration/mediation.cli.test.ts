import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/features/audit/audit.queries';
import { tempDir } from '../support/archive';
import { takeOwnPassword } from '../support/accounts';
import { runCli, runCliAt, type CliResult } from '../support/children';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';
import { pdfPages, pdfText, squash } from '../support/pdf';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function expectOneChineseLine(result: CliResult): void {
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(isChinese(lines[0]!)).toBe(true);
}

/**
 * The command line of Module 2: `seed` adds people's mediations to the demo
 * ledger, and `print` prints a case's mediation documents through the same
 * core calls as the app (the agreement's print logged and audited).
 */
describe('命令行：示范调解与打印调解文书', () => {
  let tmp: ReturnType<typeof tempDir>;
  let demo: string;
  /** `--user` saves a second key derivation; `null` leaves the CLI to find the account the password opens. */
  const print = (args: string[], user: string | null = 'wangzr') =>
    runCli(
      ['print', ...args, '--dir', demo, '--password-stdin', ...(user ? ['--user', user] : [])],
      `${PASSWORD}\n`,
    );
  /** One value of the seeded archive, read directly. */
  const query = async <T>(sql: string, ...params: unknown[]): Promise<T[]> => {
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  const partiesOf = `(SELECT count(*) FROM case_parties p WHERE p.case_id = c.id)`;

  beforeAll(async () => {
    tmp = tempDir('archive-mediation-cli-');
    demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      ['seed', '--dir', demo, '--password-stdin', '--cases', '400'],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/示范调解：新增 40 件（书面协议 \d+ 件，口头协议 \d+ 件，终止 \d+ 件/);
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it('seeds a realistic mix on the cases sent to mediation, with one audit record for the batch', async () => {
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    try {
      const one = <T>(sql: string) => db.prepare(sql).get() as T;
      expect(one<{ n: number }>('SELECT count(*) AS n FROM mediations').n).toBe(40);
      // Every mediation sits on a case routed to mediation whose state agrees with it.
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM mediations m JOIN cases c ON c.id = m.case_id
           WHERE c.route != 'mediation'
              OR (m.status = 'open') != (c.status = 'mediating')
              OR (m.status = 'closed') != (c.status = 'archived')
              OR (m.terminated_at IS NOT NULL AND c.outcome != 'guided')`,
        ).n,
      ).toBe(0);
      const kinds = db
        .prepare(
          `SELECT a.kind, ${partiesOf} AS parties, count(*) AS n FROM agreements a
           JOIN mediations m ON m.id = a.mediation_id JOIN cases c ON c.id = m.case_id
           WHERE a.status = 'signed' GROUP BY 1, 2`,
        )
        .all() as { kind: string; parties: number; n: number }[];
      expect(kinds.find((k) => k.kind === 'written' && k.parties === 2)?.n).toBeGreaterThan(0);
      expect(kinds.find((k) => k.kind === 'written' && k.parties === 3)?.n).toBeGreaterThan(0);
      expect(kinds.some((k) => k.kind === 'oral')).toBe(true);
      expect(
        one<{ n: number }>('SELECT count(*) AS n FROM mediations WHERE terminated_at IS NOT NULL').n,
      ).toBeGreaterThan(0);
      expect(
        one<{ n: number }>("SELECT count(*) AS n FROM mediations WHERE status = 'closed'").n,
      ).toBeGreaterThan(0);
      expect(
        one<{ n: number }>('SELECT count(*) AS n FROM follow_ups WHERE visited_at IS NOT NULL').n,
      ).toBeGreaterThan(0);
      // Every signed agreement has its number; numbers are unique; every mediation that ended has a sitting.
      expect(
        one<{ n: number }>("SELECT count(*) AS n FROM agreements WHERE status = 'signed' AND number IS NULL")
          .n,
      ).toBe(0);
      const numbers = one<{ n: number; d: number }>(
        'SELECT count(number) AS n, count(DISTINCT number) AS d FROM agreements',
      );
      expect(numbers.d).toBe(numbers.n);
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM mediations m WHERE m.status != 'open'
           AND NOT EXISTS (SELECT 1 FROM mediation_sessions s WHERE s.mediation_id = m.id)`,
        ).n,
      ).toBe(0);
      // A handful were printed for real before signing: the PDF kept and its print logged.
      expect(
        one<{ n: number }>(
          `SELECT count(*) AS n FROM agreements a WHERE a.pdf IS NOT NULL AND a.pdf_sha256 IS NOT NULL
           AND EXISTS (SELECT 1 FROM agreement_prints p WHERE p.agreement_id = a.id AND p.sha256 = a.pdf_sha256)`,
        ).n,
      ).toBeGreaterThan(0);
      expect(
        one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'mediation.seed'").n,
      ).toBe(1);
      expect(verifyAuditChain(db).ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('prints a signed two-party agreement: 一式三份, one labelled copy per holder, the print logged and audited', async () => {
    const [target] = await query<{ code: string; id: number; number: string }>(
      `SELECT c.code, a.id, a.number FROM agreements a JOIN mediations m ON m.id = a.mediation_id
       JOIN cases c ON c.id = m.case_id
       WHERE a.status = 'signed' AND a.kind = 'written' AND ${partiesOf} = 2 ORDER BY a.id LIMIT 1`,
    );
    const names = (
      await query<{ name: string }>(
        'SELECT name FROM case_parties WHERE case_id = (SELECT id FROM cases WHERE code = ?) ORDER BY sort',
        target!.code,
      )
    ).map((p) => p.name);
    const out = join(tmp.dir, '协议书.pdf');
    const r = await print(['agreement', '--case', target!.code, '--out', out], null);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已打印调解协议书${target!.number}（全部份数）（案件 ${target!.code}）`);
    const pages = await pdfPages(readFileSync(out));
    const text = squash(pages.join(''));
    expect(text).toContain('人民调解协议书');
    expect(text).toContain('本协议一式三份');
    const labels = [`当事人${names[0]}收执`, `当事人${names[1]}收执`, '人民调解委员会存档'];
    for (const label of labels) expect(text).toContain(squash(label));
    expect(text.indexOf(squash(labels[0]!))).toBeLessThan(text.indexOf(squash(labels[2]!)));
    for (const p of pages) expect(squash(p)).toContain(target!.number);

    const [logged] = await query<{ by_name: string; copies: string; reprint: number }>(
      'SELECT by_name, copies, reprint FROM agreement_prints WHERE agreement_id = ? ORDER BY id DESC LIMIT 1',
      target!.id,
    );
    expect(logged).toEqual({
      by_name: '王建国',
      copies: '全部（共3份）',
      reprint: expect.any(Number) as number,
    });
    const [audit] = await query<{ actor_name: string; summary: string }>(
      "SELECT actor_name, summary FROM audit_log WHERE action = 'mediation.agreement-print' ORDER BY id DESC LIMIT 1",
    );
    expect(audit!.summary).toContain(target!.number);
    expect(audit!.actor_name).toBe('王建国');

    // One copy only, chosen by number, under a staff account (who has set her own password).
    const one = join(tmp.dir, '第2份.pdf');
    await takeOwnPassword(demo, 'lits', PASSWORD, 'lits-own-1');
    const second = await runCli(
      [
        'print',
        ...['agreement', '--case', target!.code, '--out', one, '--copy', '2'],
        ...['--dir', demo, '--password-stdin', '--user', 'lits'],
      ],
      'lits-own-1\n',
    );
    expect(second.code).toBe(0);
    const copyText = await pdfText(readFileSync(one));
    expect(copyText).toContain(squash(labels[1]!));
    expect(copyText).not.toContain(squash(labels[0]!));
    const [byStaff] = await query<{ by_name: string; copies: string }>(
      'SELECT by_name, copies FROM agreement_prints WHERE agreement_id = ? ORDER BY id DESC LIMIT 1',
      target!.id,
    );
    expect(byStaff).toEqual({ by_name: '李婷姝', copies: `第2份\u3000${labels[1]}` });
  });

  it('reprints an agreement that was printed before signing as the very bytes signed', async () => {
    const [kept] = await query<{ code: string; pdf_sha256: string }>(
      `SELECT c.code, a.pdf_sha256 FROM agreements a JOIN mediations m ON m.id = a.mediation_id
       JOIN cases c ON c.id = m.case_id WHERE a.status = 'signed' AND a.pdf IS NOT NULL ORDER BY a.id LIMIT 1`,
    );
    const out = join(tmp.dir, '重印.pdf');
    expect((await print(['agreement', '--case', kept!.code, '--out', out])).code).toBe(0);
    expect(sha(readFileSync(out))).toBe(kept!.pdf_sha256);
  });

  it('prints the dossier of a closed mediation, and the sitting, visit and notice of others', async () => {
    const [closed] = await query<{ code: string; number: string }>(
      `SELECT c.code, a.number FROM mediations m JOIN cases c ON c.id = m.case_id
       JOIN agreements a ON a.mediation_id = m.id AND a.status = 'signed'
       WHERE m.status = 'closed' ORDER BY m.id LIMIT 1`,
    );
    const dossier = join(tmp.dir, '卷宗.pdf');
    const r = await print(['dossier', '--case', closed!.code, '--out', dossier]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = await pdfText(readFileSync(dossier));
    expect(text).toContain('人民调解卷宗');
    expect(text).toContain('卷内目录');
    expect(text).toContain(closed!.number);

    const record = join(tmp.dir, '调解记录.pdf');
    const rec = await print(['record', '--case', closed!.code, '--out', record, '--session', '1']);
    expect(rec.code).toBe(0);
    expect(await pdfText(readFileSync(record))).toContain('人民调解记录');

    const [visited] = await query<{ code: string }>(
      `SELECT c.code FROM follow_ups f JOIN mediations m ON m.id = f.mediation_id JOIN cases c ON c.id = m.case_id
       WHERE f.visited_at IS NOT NULL ORDER BY f.id LIMIT 1`,
    );
    const visit = join(tmp.dir, '回访.pdf');
    expect((await print(['followup', '--case', visited!.code, '--out', visit])).code).toBe(0);
    expect(await pdfText(readFileSync(visit))).toContain('人民调解回访记录');

    const [ended] = await query<{ code: string }>(
      `SELECT c.code FROM mediations m JOIN cases c ON c.id = m.case_id
       WHERE m.terminated_at IS NOT NULL ORDER BY m.id LIMIT 1`,
    );
    const notice = join(tmp.dir, '终止.pdf');
    expect((await print(['notice', '--case', ended!.code, '--out', notice])).code).toBe(0);
    expect(await pdfText(readFileSync(notice))).toContain('终止');
  });

  it('refuses a case without a mediation, a missing sitting and wrong usage in one Chinese line', async () => {
    const [bare] = await query<{ code: string }>(
      'SELECT code FROM cases c WHERE NOT EXISTS (SELECT 1 FROM mediations m WHERE m.case_id = c.id) ORDER BY id LIMIT 1',
    );
    const out = join(tmp.dir, '无.pdf');
    const none = await print(['agreement', '--case', bare!.code, '--out', out]);
    expect(none.code).toBe(1);
    expectOneChineseLine(none);
    expect(none.stderr).toContain(`案件 ${bare!.code} 没有人民调解记录`);
    expect(existsSync(out)).toBe(false);

    const [closed] = await query<{ code: string }>(
      "SELECT c.code FROM mediations m JOIN cases c ON c.id = m.case_id WHERE m.status = 'closed' LIMIT 1",
    );
    const missing = await print(['record', '--case', closed!.code, '--out', out, '--session', '99']);
    expect(missing.code).toBe(1);
    expectOneChineseLine(missing);

    const unknown = await print(['minutes', '--case', closed!.code, '--out', out]);
    expect(unknown.code).toBe(2);
    expectOneChineseLine(unknown);
    const misplaced = await print(['dossier', '--case', closed!.code, '--out', out, '--copy', '2']);
    expect(misplaced.code).toBe(2);
    expectOneChineseLine(misplaced);
    expect(existsSync(out)).toBe(false);
  });
});
