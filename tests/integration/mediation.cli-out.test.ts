import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/archive';
import { runCli, runCliAt, type CliResult } from '../support/children';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';

function expectOneChineseLine(result: CliResult): void {
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(isChinese(lines[0]!)).toBe(true);
}

/**
 * `print --out`: the agreement's print is logged (and may be numbered) by the
 * call itself, so the output file is opened before the call — a path that
 * cannot be written refuses without a print on record, and a refused print
 * leaves no empty file behind.
 */
describe('命令行：打印输出文件在打印之前检查', () => {
  let tmp: ReturnType<typeof tempDir>;
  let demo: string;
  const print = (args: string[]) =>
    runCli(['print', ...args, '--dir', demo, '--password-stdin', '--user', 'wangzr'], `${PASSWORD}\n`);
  const query = async <T>(sql: string, ...params: unknown[]): Promise<T[]> => {
    const db = await openDirect(demo, 'wangzr', PASSWORD);
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  /** What a print changes: the agreement's print log, its number and PDF, and the audit trail. */
  const printState = async (agreementId: number) => {
    const [row] = await query<{ prints: number; audits: number; number: string | null; pdf: string | null }>(
      `SELECT (SELECT count(*) FROM agreement_prints WHERE agreement_id = a.id) AS prints,
         (SELECT count(*) FROM audit_log WHERE action = 'mediation.agreement-print') AS audits,
         a.number, a.pdf_sha256 AS pdf
       FROM agreements a WHERE a.id = ?`,
      agreementId,
    );
    return row!;
  };
  let signed: { code: string; id: number };

  beforeAll(async () => {
    tmp = tempDir('archive-mediation-cli-out-');
    demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      ['seed', '--dir', demo, '--password-stdin', '--cases', '200', '--mediations', '20'],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    const [found] = await query<{ code: string; id: number }>(
      `SELECT c.code, a.id FROM agreements a JOIN mediations m ON m.id = a.mediation_id
       JOIN cases c ON c.id = m.case_id
       WHERE a.status = 'signed' AND a.kind = 'written' ORDER BY a.id LIMIT 1`,
    );
    expect(found).toBeDefined();
    signed = found!;
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it('refuses an --out under a folder that does not exist before printing: no print logged, no file', async () => {
    const before = await printState(signed.id);
    const missing = join(tmp.dir, '不存在的文件夹', '协议书.pdf');
    const r = await print(['agreement', '--case', signed.code, '--out', missing]);
    expect(r.code).not.toBe(0);
    expect(await printState(signed.id)).toEqual(before);
    expectOneChineseLine(r);
    expect(r.stderr).toContain('无法写入输出文件');
    expect(r.stderr).toContain('所在文件夹不存在');
    expect(r.stdout).toBe('');
    expect(existsSync(join(tmp.dir, '不存在的文件夹'))).toBe(false);
  });

  it('refuses an --out that is a folder, with the print log unchanged', async () => {
    const before = await printState(signed.id);
    const folder = join(tmp.dir, '文件夹.pdf');
    mkdirSync(folder);
    const r = await print(['agreement', '--case', signed.code, '--out', folder]);
    expect(r.code).not.toBe(0);
    expect(await printState(signed.id)).toEqual(before);
    expectOneChineseLine(r);
    expect(r.stderr).toContain('无法写入输出文件');
  });

  it('removes the file it created when the print is refused, and keeps a file that was there', async () => {
    const [bare] = await query<{ code: string }>(
      'SELECT code FROM cases c WHERE NOT EXISTS (SELECT 1 FROM mediations m WHERE m.case_id = c.id) ORDER BY id LIMIT 1',
    );
    const fresh = join(tmp.dir, '新文件.pdf');
    const refused = await print(['agreement', '--case', bare!.code, '--out', fresh]);
    expect(refused.code).toBe(1);
    expectOneChineseLine(refused);
    expect(existsSync(fresh)).toBe(false);

    const kept = join(tmp.dir, '原有文件.pdf');
    writeFileSync(kept, 'earlier contents');
    const again = await print(['agreement', '--case', bare!.code, '--out', kept]);
    expect(again.code).toBe(1);
    expect(readFileSync(kept, 'utf8')).toBe('earlier contents');
  });

  it('overwrites an existing, longer file with exactly the printed PDF, and logs that one print', async () => {
    const before = await printState(signed.id);
    const target = join(tmp.dir, '覆盖.pdf');
    writeFileSync(target, Buffer.alloc(2_000_000, 0x41));
    const r = await print(['agreement', '--case', signed.code, '--out', target]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(bytes.includes(Buffer.alloc(64, 0x41))).toBe(false);
    const after = await printState(signed.id);
    expect(after.prints).toBe(before.prints + 1);
    expect(after.audits).toBe(before.audits + 1);
  });
});
