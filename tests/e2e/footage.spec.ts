import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { hostApi, must } from './support/api';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { login, logout, navigate, shot } from './support/pages';
import { fillDateTime } from './support/dates';

/**
 * 录像调取登记 (issue 12 §7) in Chromium against the real HTTP host: an
 * operator registers a police officer's request — first typing hours older
 * than the recorders keep and seeing the warning before saving, then the
 * right hours; the director opens it and approves; the operator records the
 * copy on a U盘 and where it went. The list shows the ID number masked, the
 * record whole. Every register step goes through the UI.
 */
const PASSWORD = 'demo-1234';
/** 张志斌's own password, set at his first login in the setup. */
const ZHANG = 'zhang-own-1';
/** The host's clock; the browser's stands half an hour behind it (so "now" typed is never in the host's future). */
const NOW = '2026-11-24T09:30:00';
const ID = '11010519491231002X';
let dir: string;
let host: RunningHost;

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page }) => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00+08:00'));
  const api = hostApi(host);
  must(await api.session.login({ username: 'wangzr', password: PASSWORD }));
  for (const [code, name, location] of [
    ['LX-101', '东门', '锦绣花园东门岗亭'],
    ['LX-102', '北门停车场', '锦绣花园北门停车场入口'],
  ] as const)
    must(await api.cameras.savePoint({ code, name, location, kind: 'dome' }));
  must(await api.session.logout({}));
  must(await api.session.login({ username: 'zhangzb', password: PASSWORD }));
  must(await api.session.changePassword({ currentPassword: PASSWORD, newPassword: ZHANG }));
  must(await api.session.logout({}));
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

const row = (page: Page) => page.getByRole('grid', { name: '录像调取登记' }).getByRole('row', { name: /#1/ });

test('an operator registers a request, the director approves it, the operator records the copy', async ({
  page,
}) => {
  await page.goto(host.openUrl);
  await login(page, 'zhangzb', ZHANG);
  await navigate(page, '录像调取');
  await page.getByRole('button', { name: '登记调取' }).click();
  const form = page.getByRole('dialog', { name: '登记调取' });
  await form.getByLabel('调取人').fill('赵建军');
  await form.getByLabel('调取单位').fill('城关派出所');
  await form.getByLabel('身份证号').fill('110105194912310021');
  await form.getByLabel('介绍信或公函编号').fill('城关派调〔2026〕15号');
  const points = form.getByRole('combobox', { name: '调取点位' });
  await points.fill('LX-101');
  await page.getByRole('option', { name: 'LX-101 东门' }).click();
  await points.fill('北门');
  await page.getByRole('option', { name: 'LX-102 北门停车场' }).click();
  // Hours 40 days back: warned before saving.
  await fillDateTime(form.getByLabel('调取时段起'), '2026-10-15T20:00');
  await fillDateTime(form.getByLabel('调取时段止'), '2026-10-15T22:00');
  await form.getByLabel('调取事由').fill('调查一起电动车被盗案');
  await expect(form.getByRole('alert')).toContainText(
    '所调取时段早于录像保存期限（30 天），录像很可能已被覆盖',
  );
  await shot(page, 'footage-1-retention-warning');
  // The right hours: last night. The wrong check digit is caught before the server is asked.
  await fillDateTime(form.getByLabel('调取时段起'), '2026-11-23T20:00');
  await fillDateTime(form.getByLabel('调取时段止'), '2026-11-23T22:00');
  await expect(form.getByRole('alert')).toBeHidden();
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByText('身份证号校验位不正确，请逐位核对')).toBeVisible();
  await form.getByLabel('身份证号').fill(ID);
  await form.getByRole('button', { name: '登记' }).click();

  // The record opens: ID whole for the operator, waiting for the director; no copy yet.
  const record = page.getByRole('dialog', { name: '录像调取登记 #1' });
  await expect(record).toContainText(ID);
  await expect(record).toContainText('待主任审批');
  await expect(record.getByRole('button', { name: '登记复制' })).toHaveCount(0);
  await shot(page, 'footage-2-registered');
  await record.getByRole('button', { name: '关闭' }).click();
  await expect(row(page)).toContainText('110105********002X');
  await expect(row(page)).toContainText('待审批');
  await logout(page);

  // The director approves.
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '录像调取');
  await expect(page.getByRole('tab', { name: '待审批', selected: true })).toBeVisible();
  await row(page).getByRole('button', { name: '查看登记 #1' }).click();
  await record.getByRole('button', { name: '批准', exact: true }).click();
  const approve = page.getByRole('dialog', { name: '批准录像调取 #1' });
  await approve.getByLabel('审批意见').fill('限本案使用，复制一份');
  await approve.getByRole('button', { name: '确认批准' }).click();
  await expect(record).toContainText('批准（王建国');
  await expect(record).toContainText('限本案使用，复制一份');
  await shot(page, 'footage-3-approved');
  await record.getByRole('button', { name: '关闭' }).click();
  await logout(page);

  // The operator records the copy.
  await login(page, 'zhangzb', ZHANG);
  await navigate(page, '录像调取');
  await row(page).getByRole('button', { name: '查看登记 #1' }).click();
  await record.getByRole('button', { name: '登记复制' }).click();
  const copy = page.getByRole('dialog', { name: '登记复制 #1' });
  await expect(copy.getByLabel('经办人')).toHaveValue('张志斌');
  await copy.getByLabel('复制介质').selectOption({ label: 'U盘' });
  await copy.getByLabel('去向').fill('当面交城关派出所赵建军');
  await copy.getByRole('button', { name: '登记复制' }).click();
  await expect(record).toContainText('U盘，去向：当面交城关派出所赵建军，经办人：张志斌');
  await shot(page, 'footage-4-copied');
  await record.getByRole('button', { name: '关闭' }).click();
  await expect(row(page)).toContainText('已复制');
  await shot(page, 'footage-5-register');
});
