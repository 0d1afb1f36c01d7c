import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, value } from '../support/archive';
import { runCliAt } from '../support/children';
import { openDirect } from '../support/directDb';
import { addFootagePoints, footageRequest } from '../support/footage';
import { ledgerArchive, OPERATOR, type LedgerArchive } from '../support/ledger';
import { pdfPageSize, pdfText, squash } from '../support/pdf';

/** `print footage --from --to`: the register printed by the app's own job, audited under the account. */
describe('命令行：打印录像调取登记表', () => {
  let a: LedgerArchive;

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T09:00:00');
    const points = await addFootagePoints(a.api);
    await a.login(OPERATOR);
    const { request } = value(await a.api.footage.request(footageRequest(points)));
    await a.asDirector();
    value(await a.api.footage.decide({ id: request.id, approved: true, note: '限本案使用' }));
    await a.core.shutdown();
  }, 60_000);
  afterAll(() => a.cleanup());

  it('prints the period as the app does and records the print under the account', async () => {
    const out = join(a.dir, '录像调取登记表.pdf');
    const cli = (args: string[]) =>
      runCliAt(
        '2026-11-24T10:00:00',
        ['print', 'footage', ...args, '--dir', a.dir, '--password-stdin', '--user', OPERATOR.username],
        `${OPERATOR.password}\n`,
      );
    const r = await cli(['--from', '2026-11-01', '--to', '2026-11-30', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已打印录像调取登记表（登记日期 2026-11-01 至 2026-11-30）');
    const bytes = readFileSync(out);
    expect(await pdfPageSize(bytes)).toEqual({ width: 842, height: 595 });
    const text = squash(await pdfText(bytes));
    expect(text).toContain('录像调取登记表');
    expect(text).toContain(squash(`批准 ${DIRECTOR.displayName}`));
    expect(text).toContain('限本案使用');

    const backwards = await cli(['--from', '2026-11-30', '--to', '2026-11-01', '--out', out]);
    expect(backwards.code).not.toBe(0);
    expect(backwards.stderr).toContain('截止日期不能早于起始日期');

    const db = await openDirect(a.dir);
    try {
      const printed = db
        .prepare("SELECT actor_name AS actor, summary FROM audit_log WHERE action = 'footage.print'")
        .all();
      expect(printed).toEqual([
        { actor: OPERATOR.displayName, summary: '打印录像调取登记表（2026-11-01 至 2026-11-30，1 条）' },
      ]);
    } finally {
      db.close();
    }
  });
});
