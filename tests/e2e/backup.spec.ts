import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { login, navigate, shot } from './support/pages';

/**
 * 备份到U盘 (issue 13, item 10), in the browser mode: the director types a
 * folder outside the archive (a browser cannot pick a folder for the server),
 * is told plainly what is wrong with a bad one, backs up there and sees the
 * backup listed from that folder, verified, ready for 恢复到此备份.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
let dir: string;
let stick: string;
let host: RunningHost;

test.beforeEach(async () => {
  dir = seedArchive(PASSWORD, { now: NOW });
  stick = mkdtempSync(join(tmpdir(), 'archive-e2e-usb-'));
  host = await startHost({ now: NOW, dir });
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(stick, { recursive: true, force: true });
});

test('the director backs up to a typed folder and sees it listed there, verified', async ({ page }) => {
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();
  await navigate(page, '系统设置');
  const section = page.getByRole('region', { name: '备份到U盘或其他位置' });
  const path = section.getByLabel('文件夹路径');
  await expect(section).toContainText('浏览器不能替档案服务选择文件夹');

  // A folder that is not there, or a file, is refused beside the field, in words.
  await path.fill(join(stick, '没有这个文件夹'));
  await section.getByRole('button', { name: '备份到此文件夹' }).click();
  await expect(section).toContainText('找不到文件夹');
  writeFileSync(join(stick, '说明.txt'), 'x');
  await path.fill(join(stick, '说明.txt'));
  await section.getByRole('button', { name: '备份到此文件夹' }).click();
  await expect(section).toContainText('不是文件夹');

  await path.fill(stick);
  await section.getByRole('button', { name: '备份到此文件夹' }).click();
  // The host's clock starts at NOW and runs on: the backup is named by the minute it was made in.
  const done = section.getByRole('alert').filter({ hasText: '并已通过校验' });
  await expect(done).toContainText(`已备份到 ${join(stick, 'backup-20261124-09')}`);
  const listed = section.getByRole('table', { name: '所选文件夹中的备份' });
  await expect(listed.getByRole('row')).toHaveCount(2);
  await expect(listed).toContainText('2026-11-24 09:00');
  await expect(listed.getByRole('button', { name: '恢复到此备份' })).toBeVisible();
  await shot(page, 'backup-01-to-usb');
  const made = readdirSync(stick).filter((name) => name.startsWith('backup-'));
  expect(made).toHaveLength(1);
  expect(readdirSync(join(stick, made[0]!)).sort()).toEqual(['archive.db', 'keyring.json', 'manifest.json']);

  // 从此文件夹恢复 lists the same folder's backups; the restore dialog names the time it goes back to.
  await section.getByRole('button', { name: '从此文件夹恢复' }).click();
  await listed.getByRole('button', { name: '恢复到此备份' }).click();
  const dialog = page.getByRole('dialog', { name: '恢复到此备份' });
  await expect(dialog).toContainText('档案库将回到 2026-11-24 09:00');
  await dialog.getByRole('button', { name: '取消' }).click();
});
