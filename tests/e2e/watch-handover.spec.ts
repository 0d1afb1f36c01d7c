import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { hostApi, must } from './support/api';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { login, navigate, shot } from './support/pages';
import { expectPreviewPages } from './support/print';

/**
 * The handover story (issue 12 §6), in Debian's Chromium against the real
 * HTTP host at the office's 1366×768: 张志斌 keeps the evening shift with a
 * fault and an event still open; at the hour 刘堃 arrives; on the same PC the
 * record is checked and completed, 张志斌 confirms with his own password, 刘堃
 * with his; the window then carries on as 刘堃 (his own 工作台), and the record is in the list,
 * printable. Every handover step goes through the UI.
 */
const PASSWORD = 'demo-1234';
const ZHANG = 'zhang-own-1';
const LIU = 'liu-own-1';
const NOW = '2026-11-24T19:50:00';
let dir: string;
let host: RunningHost;

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page }) => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
  await page.clock.setFixedTime(new Date('2026-11-24T19:50:00+08:00'));
  // The shift under way, made through the API: not what the story tests.
  const api = hostApi(host);
  for (const [username, own] of [
    ['liuk', LIU],
    ['zhangzb', ZHANG],
  ] as const) {
    must(await api.session.login({ username, password: PASSWORD }));
    must(await api.session.changePassword({ currentPassword: PASSWORD, newPassword: own }));
    if (username === 'liuk') must(await api.session.logout({}));
  }
  must(await api.watch.openShift({ reason: '排班表尚未发布，按值班室惯例' }));
  must(
    await api.watch.logEvent({
      occurredAt: '2026-11-24T19:20',
      pointId: null,
      category: 'traffic',
      description: '南门路口两车剐蹭，双方在协商',
      action: 'track',
    }),
  );
  must(await api.session.logout({}));
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('an operator hands over to the next with both passwords; the window carries on as the incoming operator', async ({
  page,
}) => {
  await page.goto(host.openUrl);
  await login(page, 'zhangzb', ZHANG);
  await expect(page.getByTestId('current-user')).toHaveText('张志斌（值班员）');
  await navigate(page, '交接班');
  await page.getByRole('main').getByRole('button', { name: '交接班', exact: true }).click();

  // 1. The record, prefilled from the shift: the open event, counts, instructions to add.
  const record = page.getByRole('dialog', { name: '交接班（一）交接内容' });
  await expect(record.getByText('南门路口两车剐蹭，双方在协商')).toBeVisible();
  await expect(record.getByLabel('设备状况')).toHaveValue('本班未做设备检查；无未修复故障。');
  await record.getByLabel('上级指示').fill('街道通知：今晚 22:00 前加强南门巡看');
  await record.getByLabel('钥匙（把）').fill('3');
  await record.getByLabel('对讲机（台）').fill('2');
  await record.getByLabel('存储介质（件）').fill('1');
  await record.getByLabel('其他事项').fill('南门剐蹭事件双方仍在协商，请继续跟踪');
  await shot(page, 'handover-01-record');
  await record.getByRole('button', { name: '下一步' }).click();

  // 2. The outgoing operator, with his own password; a wrong one is refused at the end and brings him back here.
  const outgoing = page.getByRole('dialog', { name: '交接班（二）交班人确认' });
  await expect(outgoing.getByText('请交班人 张志斌 输入本人密码')).toBeVisible();
  await outgoing.getByLabel('交班人密码').fill('wrong-pass');
  await outgoing.getByLabel('交班人密码').press('Enter');
  const incoming = page.getByRole('dialog', { name: '交接班（三）接班人确认' });
  await incoming.getByLabel('接班人用户名').fill('liuk');
  await incoming.getByLabel('接班人密码').fill(LIU);
  await incoming.getByLabel('接班原因（接班人不在排班表上时填写）').fill('排班表尚未发布，按值班室惯例轮换');
  await incoming.getByRole('button', { name: '确认交接班' }).click();
  await expect(outgoing.getByRole('alert')).toHaveText('交班人密码错误。');
  await shot(page, 'handover-02-outgoing-refused');
  await outgoing.getByLabel('交班人密码').fill(ZHANG);
  await shot(page, 'handover-03-outgoing');
  await outgoing.getByRole('button', { name: '下一步' }).click();

  // 3. The incoming operator, with his.
  await expect(incoming.getByLabel('接班人用户名')).toHaveValue('liuk');
  await incoming.getByLabel('接班人密码').fill(LIU);
  await shot(page, 'handover-04-incoming');
  await incoming.getByRole('button', { name: '确认交接班' }).click();

  // The window is 刘堃's now, on his own 工作台; the record is listed and prints.
  await expect(page.getByTestId('current-user')).toHaveText('刘堃（值班员）');
  await expect(page.getByRole('heading', { level: 1, name: '您好，刘堃' })).toBeVisible();
  await shot(page, 'handover-05-incoming-desk');
  await navigate(page, '交接班');
  const list = page.getByRole('grid', { name: '交接班记录' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('gridcell', { name: '张志斌' })).toBeVisible();
  await shot(page, 'handover-06-list');
  await list.getByRole('button', { name: '打印' }).click();
  const preview = page.getByRole('dialog', { name: '交接班记录：张志斌 → 刘堃' });
  await expectPreviewPages(preview);
  await shot(page, 'handover-07-print');
});
