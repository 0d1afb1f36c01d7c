import { expect, test, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { casePage, firstLogin, navigate, shot } from './support/pages';

/**
 * A party applies for mediation directly at the desk: there is no case yet,
 * so 「直接申请调解」 on the ledger registers the case and opens the mediation
 * in one step. A rejected first attempt saves nothing; the accepted one lands
 * on the mediation, whose case is then 调解中.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
let dir: string;
let host: RunningHost;

test.beforeEach(async ({ page }) => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
  // The browser's "today" matches the host's pinned clock (and stays just behind it), so default dates pass.
  await page.clock.setFixedTime(new Date('2026-11-24T08:30:00+08:00'));
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The ledger's pager line (「1–50 共 N」): the total the server counted. */
const ledgerTotal = (page: Page): Locator => page.locator('.MuiTablePagination-displayedRows');

/** The status chip sits beside the page's h1, on the case record and the mediation alike. */
const headingRow = (page: Page): Locator => page.getByRole('heading', { level: 1 }).locator('..');

test('直接申请调解: a rejected attempt saves nothing; the accepted one opens the mediation on a new case', async ({
  page,
}) => {
  await page.goto(host.openUrl);
  // The seeded accounts carry the password the seeder chose: lits sets her own first.
  await firstLogin(page, 'lits', PASSWORD, 'lits-own-1');
  await navigate(page, '矛盾纠纷台账');
  // The seeded archive holds no cases yet.
  await expect(ledgerTotal(page)).toHaveText(/共 0$/);

  await page.getByRole('button', { name: '直接申请调解' }).click();
  const dialog = page.getByRole('dialog', { name: '直接申请调解' });
  // Presets: a visit to the desk, sent to mediation, on the party's own application, by the signed-in user.
  await expect(dialog.getByRole('combobox', { name: '来源', exact: true })).toHaveValue('visit');
  await expect(dialog.getByRole('combobox', { name: '处理方式' })).toHaveValue('mediation');
  await expect(dialog.getByRole('radio', { name: '申请调解' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '人民调解申请书' })).toBeChecked();
  await expect(dialog.getByLabel('记录人')).toHaveValue('李婷姝');

  // 1. The party's name is left empty: the error is shown on the field and nothing is saved.
  await dialog.getByLabel('纠纷类型').selectOption({ label: '邻里纠纷' });
  await dialog.getByLabel('简要情况').fill('楼上空调外机滴水至楼下阳台，多次协商未果，双方申请调解。');
  await dialog.getByLabel('诉求').fill('请求对方加装冷凝水管并清理阳台污渍。');
  await dialog.getByRole('button', { name: '登记并受理调解' }).click();
  await expect(dialog.getByText('请按标红处的提示补全或更正后再提交。')).toBeVisible();
  const first = dialog.getByRole('group', { name: '当事人 1' });
  await expect(first.getByLabel('姓名')).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByText('请填写当事人姓名')).toBeVisible();
  await expect(ledgerTotal(page)).toHaveText(/共 0$/);

  // 2. Two parties and the mediation's details: registered and opened at once.
  await first.getByLabel('姓名').fill('诸葛慧敏');
  await first.getByLabel('单位或住址').fill('和平里小区5栋402室');
  await dialog.getByRole('button', { name: '添加个人当事人' }).click();
  const second = dialog.getByRole('group', { name: '当事人 2' });
  await second.getByLabel('姓名').fill('上官志远');
  await second.getByLabel('单位或住址').fill('和平里小区5栋502室');
  await dialog.getByLabel('申请事项').fill('请求上官志远加装冷凝水管，清理阳台污渍。');
  await dialog.getByLabel('调解地点').fill('社区人民调解室');
  await shot(page, '24-mediation-application');
  await dialog.getByRole('button', { name: '登记并受理调解' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^人民调解 \d{4}-\d{6}$/ });
  await expect(heading).toBeVisible();
  const code = (await heading.innerText()).replace('人民调解', '').trim();
  await expect(headingRow(page).getByText('调解中', { exact: true })).toBeVisible();
  await expect(headingRow(page)).toContainText('诸葛慧敏');
  await expect(headingRow(page)).toContainText('上官志远');

  // 3. Back to the case it created: 调解中, and on the ledger as the one new case.
  await page.getByRole('button', { name: '返回案件' }).click();
  await casePage.expectOpen(page, code);
  await expect(headingRow(page).getByText('调解中', { exact: true })).toBeVisible();
  await navigate(page, '矛盾纠纷台账');
  await expect(ledgerTotal(page)).toHaveText(/共 1$/);
});
