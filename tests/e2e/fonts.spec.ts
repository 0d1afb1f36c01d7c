import { expect, test, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { HANAMIN_B } from '../support/pdf';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { login, navigate, shot, shotOf } from './support/pages';

/**
 * Issue 13, item 6: a party named 𠮷大明 (U+20BB7, outside the body font).
 * On a fresh archive the case form warns as the name is typed; the director
 * adds HanaMinB in 系统设置 → 打印字体 (chosen as a file, as attachments
 * are); the same name then brings no warning.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
const WARNING = '“𠮷”在已配置的字体中都没有，打印时无法显示，请主任在系统设置中添加补充字体。';
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

/** Opens 新建案件 and types the first party's name; answers the party's group once the name was checked. */
async function typeName(page: Page, name: string): Promise<Locator> {
  await navigate(page, '矛盾纠纷台账');
  await page.getByRole('button', { name: '新建案件' }).click();
  const dialog = page.getByRole('dialog', { name: '新建案件' });
  const first = dialog.getByRole('group', { name: '当事人 1' });
  const checked = page.waitForResponse((r) => r.url().includes('/api/fonts%3Acheck'));
  await first.getByLabel('姓名').fill(name);
  await checked;
  return first;
}

test('a rare name warns at entry until the director adds a font that has it', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();

  // 1. No supplementary font: the name is flagged as it is typed (a warning: saving is not blocked).
  let party = await typeName(page, '𠮷大明');
  await expect(party.getByText(WARNING)).toBeVisible();
  await party.getByText(WARNING).scrollIntoViewIfNeeded();
  await shotOf(page.getByRole('dialog', { name: '新建案件' }), 'fonts-01-rare-name-warned');
  await page.getByRole('dialog', { name: '新建案件' }).getByRole('button', { name: '取消' }).click();

  // 2. 系统设置 → 打印字体: the director adds HanaMinB.ttf; it is named, and comes after the body font.
  await navigate(page, '系统设置');
  const section = page.getByRole('region', { name: '打印字体' });
  await expect(section.getByText('尚未添加补充字体。')).toBeVisible();
  // 30 MB crosses the browser and the host as base64: slow under the trace, so the wait is long.
  await section.getByLabel('选择补充字体文件').setInputFiles(HANAMIN_B);
  await expect(section.getByText('Noto Serif SC（正文字体） → HanaMinB（补充字体）')).toBeVisible({
    timeout: 120_000,
  });
  await expect(section.getByText('HanaMinB.ttf（29 MB）')).toBeVisible();
  await expect(section.getByRole('button', { name: '更换补充字体' })).toBeVisible();
  await shotOf(section, 'fonts-02-supplementary-added');

  // 3. The same name brings no warning now.
  party = await typeName(page, '𠮷大明');
  await expect(party.getByLabel('姓名')).toHaveValue('𠮷大明');
  await expect(party.getByText(WARNING)).toHaveCount(0);
  await shot(page, 'fonts-03-rare-name-printable');
});
