import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

/** Keeps a full-page screenshot as a test artefact (tests/artifacts/screenshots). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/** Page model of the first-run wizard. */
export const setupWizard = {
  async fillCentre(page: Page, c: { centreName: string; committeeName: string; committeeShortName: string }) {
    await expect(page.getByRole('heading', { name: '初始化档案库' })).toBeVisible();
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
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

export async function navigate(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: item, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}
