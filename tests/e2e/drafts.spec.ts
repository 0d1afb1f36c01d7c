import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { firstLogin, intakePage, navigate, shot } from './support/pages';

/**
 * Issue 13 §1, typing is never lost: the same seeded archive as the ledger
 * story. A staff member half fills 首问登记, goes to 工作台 (asked gently
 * first) and comes back: the draft is restored with its notice; she types one
 * more field and locks at once: after unlocking it is all there; saved, the
 * draft is gone (a reload shows an empty form).
 */
const PASSWORD = 'demo-1234';
const OWN = 'lits-own-1';
const NOW = '2026-11-24T09:00:00';
let dir: string;
let host: RunningHost;

test.beforeEach(async () => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('首问登记 half filled → 工作台 and back → 锁定 and unlock → saved: the draft follows, then goes', async ({
  page,
}) => {
  await page.goto(host.openUrl);
  await firstLogin(page, 'lits', PASSWORD, OWN);
  await navigate(page, '首问登记');
  const form = intakePage.form(page);
  const notice = form.getByRole('alert').filter({ hasText: '已恢复未保存的草稿' });
  await expect(notice).toHaveCount(0);
  await intakePage.fillContact(page, {
    channel: '来电',
    name: '欧阳明华',
    phone: '13812345678',
    matter: '楼上住户卫生间漏水，多次协商未果。',
  });

  // 1. Leaving a changed form asks first, gently: the draft is kept either way.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '工作台' }).click();
  const question = page.getByRole('dialog', { name: '离开此页？' });
  await expect(question).toContainText('表单尚未保存，草稿已保留，可稍后继续。');
  await shot(page, 'drafts-01-leave-question');
  await question.getByRole('button', { name: '留下' }).click();
  await expect(question).toHaveCount(0);
  await expect(form.getByLabel('反映事项')).toHaveValue('楼上住户卫生间漏水，多次协商未果。');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '工作台' }).click();
  await question.getByRole('button', { name: '离开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();

  // 2. Back: restored, with when it was kept and a way to throw it away.
  await navigate(page, '首问登记');
  await expect(notice).toContainText(/已恢复未保存的草稿（保存于 2026-11-24 09:\d\d）/);
  await expect(notice.getByRole('button', { name: '丢弃草稿' })).toBeVisible();
  await expect(form.getByRole('radio', { name: '来电' })).toBeChecked();
  await expect(form.getByLabel('姓名').first()).toHaveValue('欧阳明华');
  await expect(form.getByLabel('联系电话').first()).toHaveValue('13812345678');
  await expect(form.getByLabel('反映事项')).toHaveValue('楼上住户卫生间漏水，多次协商未果。');
  await shot(page, 'drafts-02-restored');

  // 3. One more field, and 锁定 at once (before the pause that would save it): the lock sends it first.
  await form.getByLabel('收到的材料').fill('照片2张');
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await page.getByLabel('密码').fill(OWN);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '首问登记' })).toBeVisible();
  await expect(notice).toBeVisible();
  await expect(form.getByLabel('姓名').first()).toHaveValue('欧阳明华');
  await expect(form.getByLabel('收到的材料')).toHaveValue('照片2张');
  await shot(page, 'drafts-03-after-unlock');

  // 4. Saved: the draft goes with the save; a reload opens an empty form and no notice.
  await form.getByLabel('答复内容').fill('已告知可申请人民调解，并登记回访。');
  await form.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '已保存首问登记' })).toBeVisible();
  await expect(form.getByLabel('反映事项')).toHaveValue('');
  await expect(notice).toHaveCount(0);
  // The form asks for its draft when it opens, whether the reload kept the page or it is opened again.
  const asked = page.waitForResponse((r) => r.url().includes('/api/drafts%3Aget'));
  await page.reload();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  if ((await heading.textContent()) !== '首问登记') await navigate(page, '首问登记');
  expect(await (await asked).json()).toEqual({ ok: true, value: null });
  await expect(form.getByLabel('姓名').first()).toHaveValue('');
  await expect(form.getByLabel('反映事项')).toHaveValue('');
  await expect(notice).toHaveCount(0);
  await shot(page, 'drafts-04-saved-then-reload');
});
