import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

/** Keeps a full-page screenshot as a test artefact (tests/artifacts/screenshots). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/** Keeps a screenshot of one part of a long page (a section far down, where a full page shrinks it). */
export async function shotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await part.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

/**
 * The core's slow answers, by design: a newly started host's first answer
 * (session:status) waits for the archive to open (17.5 s was seen with the
 * two shared cores loaded, while the app rightly shows 「正在连接档案服务」),
 * and a login or a new password waits for the password hash (6 s seen).
 * Longer than the default wait, so a busy machine does not fail a story.
 */
const CORE_TIMEOUT = 60_000;

/** Page model of the first-run wizard. */
export const setupWizard = {
  async fillCentre(page: Page, c: { centreName: string; committeeName: string; committeeShortName: string }) {
    await expect(page.getByRole('heading', { name: '初始化档案库' })).toBeVisible({
      timeout: CORE_TIMEOUT,
    });
    await page.getByLabel('综治中心名称').fill(c.centreName);
    await page.getByLabel('人民调解委员会名称').fill(c.committeeName);
    await page.getByLabel('调委会简称').fill(c.committeeShortName);
    await page.getByRole('button', { name: '下一步' }).click();
  },
  async fillDirector(
    page: Page,
    d: { displayName: string; username: string; password: string; confirm?: string },
  ) {
    await page.getByLabel('姓名').fill(d.displayName);
    await page.getByLabel('用户名').fill(d.username);
    await page.getByLabel('密码', { exact: true }).fill(d.password);
    await page.getByLabel('确认密码').fill(d.confirm ?? d.password);
    await page.getByRole('button', { name: '创建档案库' }).click();
  },
};

/** Page model of the login screen. */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: CORE_TIMEOUT });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
}

/**
 * Page model of 设置新密码, shown right after a login with a password the
 * director chose: the user sets their own before anything else (issue 9).
 */
export async function setNewPassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible({ timeout: CORE_TIMEOUT });
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '设置新密码' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible({ timeout: CORE_TIMEOUT });
}

/** The first login of an account the director made: the initial password, then the user's own. */
export async function firstLogin(page: Page, username: string, initial: string, own: string): Promise<void> {
  await login(page, username, initial);
  await setNewPassword(page, initial, own);
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

/** Opens a page from the left navigation (pages may have buttons of the same name, e.g. the desk's shortcuts). */
export async function navigate(page: Page, item: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: item, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

/** Page model of 首问登记: the form region and its case fields. */
export const intakePage = {
  form: (page: Page) => page.getByRole('region', { name: '新登记' }),
  party: (page: Page, n: number) => page.getByRole('group', { name: `当事人 ${n}` }),
  async fillContact(
    page: Page,
    c: {
      channel: '来访' | '来电';
      name: string;
      phone?: string;
      address?: string;
      matter: string;
      materials?: string;
    },
  ) {
    const form = intakePage.form(page);
    await form.getByRole('radio', { name: c.channel }).check();
    await form.getByLabel('姓名').first().fill(c.name);
    if (c.phone) await form.getByLabel('联系电话').first().fill(c.phone);
    if (c.address) await form.getByLabel('单位或住址').first().fill(c.address);
    await form.getByLabel('反映事项').fill(c.matter);
    if (c.materials) await form.getByLabel('收到的材料').fill(c.materials);
  },
};

/** Page model of the ledger. */
export const ledgerPage = {
  grid: (page: Page) => page.getByRole('grid', { name: '矛盾纠纷台账' }),
  /** Types a search and waits for the debounced list call that carries it, so no stale row is clicked. */
  async search(page: Page, text: string) {
    const answered = page.waitForResponse(
      (r) => r.url().includes('/api/cases%3Alist') && (r.request().postData() ?? '').includes(text),
    );
    await page.getByLabel('搜索当事人、情况、地点、备注').fill(text);
    await answered;
  },
  row: (page: Page, code: string) => ledgerPage.grid(page).getByRole('row', { name: new RegExp(code) }),
};

/** Page model of the case record. */
export const casePage = {
  async expectOpen(page: Page, code: string) {
    await expect(page.getByRole('heading', { level: 1, name: `案件 ${code}` })).toBeVisible();
  },
  /** Clicks a status button (受理, 开始办理, 办结 …) and confirms its dialog after `fill`. */
  async transition(
    page: Page,
    label: string,
    fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) {
    await page.getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: `确认${label}` }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: `已${label}。` })).toBeVisible();
  },
};
