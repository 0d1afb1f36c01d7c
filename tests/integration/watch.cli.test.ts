import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { runCliAt } from '../support/children';
import { ledgerArchive, OPERATOR, type LedgerArchive } from '../support/ledger';
import { pdfText, squash } from '../support/pdf';

/**
 * `print dutylog --month M`: the month's duty log through the app's own job,
 * under the account whose password is given, on an archive whose watch was
 * kept through the API (the core is shut down before the command runs).
 */
describe('命令行：打印值班记录', () => {
  let a: LedgerArchive;
  const cli = (args: string[]) =>
    runCliAt(
      '2026-11-24T12:00:00',
      [...args, '--dir', a.dir, '--password-stdin', '--user', OPERATOR.username],
      `${OPERATOR.password}\n`,
    );

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T08:00:00');
    await a.login(OPERATOR);
    value(await a.api.watch.openShift({ reason: '排班表尚未发布' }));
    value(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T07:55',
        pointId: null,
        category: 'traffic',
        description: '北门有车辆违停堵住消防通道',
        action: 'track',
      }),
    );
    value(await a.api.watch.closeShift({}));
    await a.core.shutdown();
  }, 60_000);
  afterAll(() => a.cleanup());

  it("prints the month through the app's job under the operator's account", async () => {
    const out = join(a.dir, '值班记录.pdf');
    const r = await cli(['print', 'dutylog', '--month', '2026-11', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已打印2026年11月视频监控值班记录');
    expect(existsSync(out)).toBe(true);
    const text = await pdfText(readFileSync(out));
    expect(text).toContain(squash('视频监控值班记录'));
    expect(text).toContain(squash('北门有车辆违停堵住消防通道'));
  }, 120_000);

  it('refuses a month not written as YYYY-MM before opening the archive', async () => {
    const r = await cli(['print', 'dutylog', '--month', '2026-13', '--out', join(a.dir, 'x.pdf')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe('参数 --month 应为年月，如 2026-11。');
  }, 120_000);
});
