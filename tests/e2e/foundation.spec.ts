import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { startHost, type RunningHost } from './support/host';
import { pdfPages, squash } from '../support/pdf';
import { login, logout, navigate, setNewPassword, setupWizard, shot } from './support/pages';
import {
  answerOf,
  expectPrinted,
  nthPrint,
  pdfOfResponse,
  pdfPageSizes,
  recordPrints,
} from './support/print';

/**
 * The foundation's user story, in Debian's Chromium against the real HTTP host
 * and a real encrypted archive: first-run setup → recovery key shown and
 * confirmed → director signs in → creates a staff account → signs out → the
 * staff member signs in and must first set her own password; a wrong password
 * shows its message, guessing is slowed down and shown to the director on
 * 工作台; idle lock and unlock.
 */
let host: RunningHost;

test.beforeEach(async () => {
  host = await startHost({ now: '2026-11-24T09:00:00' });
});

test.afterEach(async () => {
  await host.stop();
});

test('first run, accounts, login, wrong password, idle lock', async ({ page }) => {
  // The recovery sheet is drawn at print resolution and printed again through page.pdf.
  test.slow();
  await page.clock.install();
  await recordPrints(page);
  await page.goto(host.openUrl);

  // 1. First-run setup.
  await setupWizard.fillCentre(page, {
    centreName: '幸福里社区综治中心',
    committeeName: '幸福里社区人民调解委员会',
    committeeShortName: '幸福',
  });
  await setupWizard.fillDirector(page, {
    displayName: '王建国',
    username: 'wangjg',
    password: 'pw-1234',
    confirm: 'pw-9999',
  });
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
  await page.getByLabel('确认密码').fill('pw-1234');
  await page.getByRole('button', { name: '创建档案库' }).click();

  // 2. The recovery key is shown once, in rows of whole groups, and printed straight to the printer.
  const keyBox = page.getByTestId('recovery-key');
  await expect(keyBox).toHaveText(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  const recoveryKey = (await keyBox.textContent())!.trim();
  // Each group is one element that never wraps: it lies on one line box, whatever the width.
  const groups = keyBox.getByTestId('recovery-key-group');
  await expect(groups).toHaveText(recoveryKey.split('-'));
  for (const narrow of [1366, 360]) {
    await page.setViewportSize({ width: narrow, height: 800 });
    const boxes = await groups.evaluateAll((elements) =>
      elements.map((e) => ({ lines: e.getClientRects().length, wrap: getComputedStyle(e).whiteSpace })),
    );
    expect(boxes).toEqual(Array.from({ length: 9 }, () => ({ lines: 1, wrap: 'nowrap' })));
    // Three rows of three groups: the groups of a row share their top.
    const tops = await groups.evaluateAll((elements) =>
      elements.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(3);
  }
  await page.setViewportSize({ width: 1366, height: 800 });
  await shot(page, '01-recovery-key');
  const answered = answerOf(page, 'setup:recovery-key-sheet');
  await page.getByRole('button', { name: '打印恢复密钥' }).click();
  const sheet = await pdfOfResponse(await answered);
  expect(squash((await pdfPages(sheet)).join(''))).toContain(recoveryKey.split('-').slice(0, 3).join('-'));
  await expectPrinted(page, await nthPrint(page, 1), await pdfPageSizes(sheet), '01b-recovery-key-printing');
  await expect(page.getByRole('button', { name: '保存为 PDF 文件' })).toBeVisible();
  const proceed = page.getByRole('button', { name: '我已保管好，继续' });
  await expect(proceed).toBeDisabled();
  await page.getByLabel('我已打印或抄写恢复密钥，并交由主任妥善保管').check();
  await proceed.click();
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('王建国');
  await shot(page, '02-dashboard-director');

  // Nothing readable on disk: the centre's name is not in any archive file.
  for (const f of ['archive.db', 'keyring.json']) {
    expect(existsSync(`${host.dir}/${f}`)).toBe(true);
    expect(readFileSync(`${host.dir}/${f}`).includes(Buffer.from('幸福里'))).toBe(false);
  }
  expect(recoveryKey.length).toBe(44);

  // 3. Sign out, a wrong password shows its message, the right one signs in.
  await logout(page);
  await login(page, 'wangjg', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await shot(page, '03-wrong-password');
  // Someone guessing: five wrong passwords for one name, then each further try must wait.
  for (let i = 1; i <= 5; i++) {
    await login(page, 'zhangsan', `guess-${i}`);
    await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  }
  await login(page, 'zhangsan', 'guess-6');
  await expect(page.getByRole('alert')).toHaveText(/^密码错误次数过多，请于 \d{2}:\d{2}:\d{2} 后再试。$/);
  await shot(page, '03b-too-many-attempts');
  await login(page, 'wangjg', 'pw-1234');
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();
  // The director sees every failed try on 工作台, with the name as typed.
  const failures = page.getByRole('region', { name: '登录失败记录' });
  await expect(failures.getByRole('alert')).toContainText('共有 6 次失败的登录');
  await expect(failures.getByRole('row', { name: /zhangsan/ })).toHaveCount(5);
  await expect(failures.getByRole('row', { name: /wangjg/ })).toHaveCount(1);
  await shot(page, '03c-dashboard-login-failures');

  // 4. The director creates a staff account.
  await navigate(page, '账户管理');
  await page.getByRole('button', { name: '新建账户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建账户' });
  await dialog.getByLabel('姓名').fill('李婷姝');
  await dialog.getByLabel('用户名').fill('lits');
  await dialog.getByLabel('角色').selectOption({ label: '工作人员 / 调解员' });
  await dialog.getByLabel('初始密码').fill('staff-123');
  await dialog.getByLabel('确认密码').fill('staff-123');
  await dialog.getByRole('button', { name: '创建' }).click();
  // Her password is the director's choice until she sets her own.
  await expect(page.getByRole('row', { name: /李婷姝/ })).toContainText('待设新密码');
  await shot(page, '04-accounts');

  // The write is in the audit trail, and the chain checks out.
  await navigate(page, '操作日志');
  await expect(page.getByRole('grid', { name: '操作日志' }).getByText('新建账户').first()).toBeVisible();
  await page.getByRole('button', { name: '校验日志完整性' }).click();
  await expect(page.getByText(/操作日志完整，未被改动/)).toBeVisible();

  // 5. Sign out; the staff member signs in with the director's initial password and must
  //    set her own before anything else; then she sees only what the role allows.
  await logout(page);
  await login(page, 'lits', 'staff-123');
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  await shot(page, '05a-set-new-password');
  await page.getByLabel('当前密码').fill('staff-123');
  await page.getByLabel('新密码', { exact: true }).fill('staff-123');
  await page.getByLabel('确认新密码').fill('staff-123');
  await page.getByRole('button', { name: '设置新密码' }).click();
  await expect(page.getByText('新密码不能与当前密码相同')).toBeVisible();
  await setNewPassword(page, 'staff-123', 'staff-456');
  await expect(page.getByTestId('current-user')).toContainText('李婷姝');
  await expect(page.getByRole('button', { name: '账户管理', exact: true })).toHaveCount(0);
  await shot(page, '05-dashboard-staff');

  // 6. Idle lock after the default 10 minutes; the password unlocks.
  await page.clock.fastForward('11:00');
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await shot(page, '06-locked');
  await page.getByLabel('密码').fill('wrong-pass');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await page.getByLabel('密码').fill('staff-456');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByTestId('current-user')).toContainText('李婷姝');
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();

  // 7. The staff member changes their own password; the new one signs in.
  await navigate(page, '我的账户');
  await page.getByLabel('当前密码').fill('staff-456');
  await page.getByLabel('新密码', { exact: true }).fill('staff-789');
  await page.getByLabel('确认新密码').fill('staff-789');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改。')).toBeVisible();
  await logout(page);
  await login(page, 'lits', 'staff-789');
  await expect(page.getByTestId('current-user')).toContainText('李婷姝');

  // 8. At the director's next login, 工作台 shows what failed since the last one: the wrong unlock.
  await logout(page);
  await login(page, 'wangjg', 'pw-1234');
  await expect(failures.getByRole('alert')).toContainText('共有 1 次失败的登录');
  await expect(failures.getByRole('row', { name: /解锁.*lits/ })).toHaveCount(1);
});

test('a request without the token is refused, and files outside the renderer are not served', async ({
  request,
}) => {
  const noToken = await request.post(`${host.url}/api/session:status`, { data: {} });
  expect(noToken.status()).toBe(401);
  const traversal = await request.get(`${host.url}/..%2f..%2fpackage.json`);
  expect([403, 404]).toContain(traversal.status());
  const rebinding = await request.get(`${host.url}/`, { headers: { host: 'evil.example:80' } });
  expect(rebinding.status()).toBe(421);
  expect(noToken.headers()['access-control-allow-origin']).toBeUndefined();
});
