import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { hostApi, must } from './support/api';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { login, logout, navigate, shot } from './support/pages';
import { expectShown, fillDateTime } from './support/dates';

/**
 * 点位与设备 (issue 12 §1, §5) in Chromium against the real HTTP host: the
 * director adds a camera point; an operator records a fault on it (发现时间
 * prefilled with now), sees its downtime grow, later records the report and
 * the repair, sees the downtime fixed, the point 正常 again and the month's
 * 在线率. Every step goes through the UI.
 */
const PASSWORD = 'demo-1234';
/** 张志斌's own password, set at his first login in the setup. */
const ZHANG = 'zhang-own-1';
/** The host's clock; the browser's stands half an hour behind it (so "now" typed is never in the host's future). */
const NOW = '2026-11-24T09:30:00';
let dir: string;
let host: RunningHost;

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page }) => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00+08:00'));
  const api = hostApi(host);
  must(await api.session.login({ username: 'zhangzb', password: PASSWORD }));
  must(await api.session.changePassword({ currentPassword: PASSWORD, newPassword: ZHANG }));
  must(await api.session.logout({}));
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

const faultRow = (page: Page) =>
  page.getByRole('grid', { name: '设备故障' }).getByRole('row', { name: /JK-901/ });
const pointRow = (page: Page) =>
  page.getByRole('grid', { name: '点位' }).getByRole('row', { name: /JK-901/ });

test('the director adds a point; an operator records a fault on it and its repair, with the downtime', async ({
  page,
}) => {
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '点位与设备');
  await page.getByRole('button', { name: '新增点位' }).click();
  const form = page.getByRole('dialog', { name: '新增点位' });
  await form.getByLabel('点位编号').fill('JK-901');
  await form.getByLabel('点位名称').fill('健身广场');
  await form.getByLabel('点位类型').selectOption({ label: '球机（云台）' });
  await form.getByLabel('所属网格').fill('第三网格');
  await form.getByLabel('安装位置').fill('锦绣花园健身广场东北角灯杆');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(pointRow(page)).toContainText('健身广场');
  await expect(pointRow(page)).toContainText('正常');
  await shot(page, 'cameras-01-director-adds-point');
  await logout(page);

  await login(page, 'zhangzb', ZHANG);
  await navigate(page, '点位与设备');
  // Only the director keeps the points.
  await expect(page.getByRole('button', { name: '新增点位' })).toHaveCount(0);
  await page.getByRole('tab', { name: '设备故障' }).click();
  await page.getByRole('button', { name: '登记故障' }).click();
  const report = page.getByRole('dialog', { name: '登记设备故障' });
  await expectShown(report.getByLabel('发现时间'), '2026-11-24 09:00');
  await expect(report.getByLabel('发现人')).toHaveValue('张志斌');
  await report.getByLabel('点位').selectOption({ label: 'JK-901 健身广场' });
  await report.getByLabel('故障现象').selectOption({ label: '离线' });
  await report.getByLabel('故障详情').fill('画面中断，平台显示设备离线');
  await shot(page, 'cameras-02-operator-reports-fault');
  await report.getByRole('button', { name: '登记' }).click();
  await expect(report).toBeHidden();
  await expect(faultRow(page)).toContainText('未修复');
  // Found at 09:00 by the host's clock at 09:30 or a minute after: down half an hour so far.
  await expect(faultRow(page)).toContainText(/3[01] 分/);
  await shot(page, 'cameras-03-fault-open');

  await page.getByRole('tab', { name: '点位', exact: true }).click();
  await expect(pointRow(page)).toContainText('故障中（1）');

  await page.getByRole('tab', { name: '设备故障' }).click();
  await faultRow(page).getByRole('button', { name: '报修 / 修复' }).click();
  const repair = page.getByRole('dialog', { name: /^报修与修复：JK-901/ });
  await fillDateTime(repair.getByLabel('报修时间'), '2026-11-24T09:05');
  await repair.getByLabel('报修对象').fill('维保公司');
  await repair.getByLabel('维修人').fill('王师傅');
  await fillDateTime(repair.getByLabel('修复时间'), '2026-11-24T09:25');
  await repair.getByLabel('处理结果').fill('更换电源适配器，恢复在线');
  await expect(repair.getByRole('status', { name: '停机时长' })).toHaveText('停机时长：25 分');
  await shot(page, 'cameras-04-repair');
  await repair.getByRole('button', { name: '保存' }).click();
  await expect(repair).toBeHidden();

  // Repaired: gone from the open faults, in 全部 with its downtime fixed.
  await expect(faultRow(page)).toHaveCount(0);
  await page.getByLabel('范围').selectOption({ label: '全部' });
  await expect(faultRow(page)).toContainText('2026-11-24 09:25');
  await expect(faultRow(page)).toContainText('25 分');
  await expect(faultRow(page)).toContainText('维保公司');
  await shot(page, 'cameras-05-fault-repaired');

  await page.getByRole('tab', { name: '点位', exact: true }).click();
  await expect(pointRow(page)).toContainText('正常');

  await page.getByRole('tab', { name: '在线率' }).click();
  const month = page.getByRole('grid', { name: '在线率' }).getByRole('row', { name: /JK-901/ });
  await expect(month).toContainText('25 分');
  await expect(month).toContainText('1');
  await expect(page.getByRole('status', { name: '本月合计' })).toContainText('平均在线率');
  await shot(page, 'cameras-06-availability');
});

test('an operator keeping the watch checks the equipment and records the fault an 异常 item suggests', async ({
  page,
}) => {
  // The point and the open shift are the setup, not the story.
  const api = hostApi(host);
  must(await api.session.login({ username: 'wangzr', password: PASSWORD }));
  must(
    await api.cameras.savePoint({ code: 'JK-902', name: '北门', location: '锦绣花园北门岗亭', kind: 'dome' }),
  );
  must(await api.session.logout({}));
  must(await api.session.login({ username: 'zhangzb', password: ZHANG }));
  must(await api.watch.openShift({ reason: '排班表上本班无人，临时值守' }));
  must(await api.session.logout({}));

  await page.goto(host.openUrl);
  await login(page, 'zhangzb', ZHANG);
  await navigate(page, '点位与设备');
  await page.getByRole('tab', { name: '设备故障' }).click();
  const card = page.getByRole('region', { name: '班次设备检查' });
  await expect(card.getByRole('status', { name: '检查状态' })).toHaveText('本班尚未检查');
  await card.getByRole('group', { name: '清晰度' }).getByRole('button', { name: '异常' }).click();
  await card.getByLabel('备注').fill('北门画面发虚');
  await card.getByRole('button', { name: '保存检查' }).click();
  await expect(card.getByRole('status', { name: '检查状态' })).toHaveText(
    /^张志斌 于 2026-11-24 09:3\d 检查$/,
  );
  await expect(card.getByRole('button', { name: '更新检查' })).toBeVisible();

  await card.getByRole('button', { name: '登记故障' }).click();
  const report = page.getByRole('dialog', { name: '登记设备故障' });
  await expect(report.getByLabel('故障现象')).toHaveValue('blur');
  await expect(report.getByLabel('故障详情')).toHaveValue('班次设备检查：清晰度异常，北门画面发虚');
  await report.getByLabel('点位').selectOption({ label: 'JK-902 北门' });
  await shot(page, 'cameras-07-check-suggests-fault');
  await report.getByRole('button', { name: '登记' }).click();
  await expect(report).toBeHidden();
  const row = page.getByRole('grid', { name: '设备故障' }).getByRole('row', { name: /JK-902/ });
  await expect(row).toContainText('画面模糊');
  await expect(row).toContainText('未修复');
  await shot(page, 'cameras-08-check-and-fault');
});
