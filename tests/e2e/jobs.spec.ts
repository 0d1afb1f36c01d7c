import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { ledgerPage, login, navigate, shot } from './support/pages';

/**
 * Long work off the window's thread, as the director sees it: a whole-ledger
 * export of a large archive runs as a job; the tray shows its progress with
 * 取消 while the ledger keeps answering searches; a cancelled export leaves
 * nothing; the next one arrives as a file with a notice.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
/** Enough cases that the export runs for seconds (the tray shows jobs over one second). */
const CASES = 30_000;
let dir: string;
let host: RunningHost;

test.beforeEach(async () => {
  dir = seedArchive(PASSWORD, { now: NOW, cases: CASES });
  host = await startHost({ now: NOW, dir });
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('whole-ledger export in the background: progress, 取消, searching meanwhile, the file', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '矛盾纠纷台账');
  await expect(ledgerPage.grid(page).getByRole('row').nth(1)).toBeVisible();

  // 1. The export starts; the tray shows it with its progress and 取消.
  const exportButton = page.getByRole('button', { name: '导出 Excel' });
  await exportButton.click();
  const tray = page.getByRole('region', { name: '后台任务' });
  const job = tray.getByLabel('导出台账（Excel）', { exact: true });
  await expect(job).toBeVisible();
  await expect(job.getByRole('progressbar', { name: '导出台账（Excel）进度' })).toBeVisible();
  await expect(job).toContainText(/正在(读取案件|写入第 [\d ]+ \/ 30 000 行)/);

  // 2. 取消 at once: the tray empties and says so; no download happens.
  await job.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '已取消「导出台账（Excel）」。' })).toBeVisible();
  await expect(tray).toHaveCount(0);

  // 3. Again, and the ledger keeps answering searches while it runs.
  const downloading = page.waitForEvent('download', { timeout: 240_000 });
  await exportButton.click();
  await expect(job).toBeVisible();
  await ledgerPage.search(page, '漏水');
  await expect(ledgerPage.grid(page).getByRole('row').nth(1)).toContainText('漏水');
  await shot(page, 'jobs-01-export-running-while-searching');

  // 4. The file arrives, with a notice, holding the whole ledger as it was asked for.
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^矛盾纠纷排查调处台账-\d{8}-\d{6}\.xlsx$/);
  await expect(
    page.getByRole('alert').filter({ hasText: `文件已生成：${download.suggestedFilename()}` }),
  ).toBeVisible();
  await expect(tray).toHaveCount(0);
  await shot(page, 'jobs-02-export-done');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  // Title, centre line and header, then one row per case.
  expect(workbook.worksheets[0]!.rowCount).toBe(3 + CASES);
});
