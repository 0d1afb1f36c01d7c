import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { archivePage } from './support/archivePages';
import { ledgerPage, login, navigate, shot } from './support/pages';

/**
 * Issue 14, the browser story: the director brings in a 500-row old ledger.
 * Two of its columns carry names the app does not know (「经办」 is the
 * handler, 「情况」 the summary), so she maps them herself, and one 纠纷类型
 * of the file (小区停车纠纷) is new to the dictionary, so she adds it. The dry
 * run counts every row, the import brings them all in, and a party's name
 * from the file finds its case, which shows its 原编号 and where it came from.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
const ROWS = 500;
const SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙'];
const GIVEN = ['明', '华', '建', '国', '秀', '英', '志', '强', '丽', '军'];
const SECOND = ['安', '平', '和', '顺', '泰'];
/** One name per row, unique across the file (10 × 10 × 5 = 500). */
const partyOf = (i: number) =>
  `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}${SECOND[Math.floor(i / 100) % 5]}`;
/** The row whose case the director looks up afterwards, with an ID number that fails its check. */
const LOOKED_UP = 137;
const BAD_ID = '110105194912310021';
/** Rows as Excel numbers them: a title row, then the header, then the data. */
const sheetRow = (i: number) => i + 3;

async function oldLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['2025年矛盾纠纷排查调处台账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '受理日期', '当事人', '身份证号', '纠纷类别', '情况', '经办', '办理状态']);
  for (let i = 0; i < ROWS; i += 1) {
    ws.addRow([
      `TZ-${String(i + 1).padStart(3, '0')}`,
      `2025/${(i % 12) + 1}/${(i % 28) + 1}`,
      `${partyOf(i)}、邻居${i + 1}号`,
      i === LOOKED_UP ? BAD_ID : '',
      i % 7 === 0 ? '小区停车纠纷' : '邻里纠纷',
      `第 ${i + 1} 起：楼道堆物引发争执`,
      '李婷姝',
      '办理中',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

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

test('the director imports a 500-row old ledger, fixing two columns and one category, and finds a case by its party', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '导入旧记录');
  await expect(page.getByRole('heading', { level: 1, name: '导入旧记录' })).toBeVisible();

  // 1. The file is read: header found under the title, the known columns proposed, the two others left out.
  await page.getByLabel('选择要导入的文件').setInputFiles({
    name: '2025年台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await oldLedger(),
  });
  const mapping = page.getByRole('region', { name: '列对应' });
  await expect(mapping).toContainText('工作表「台账」第 2 行为表头，共 500 行数据。', { timeout: 60_000 });
  await expect(mapping.getByLabel('「序号」导入为')).toHaveValue('legacyCode');
  await expect(mapping.getByLabel('「当事人」导入为')).toHaveValue('parties');
  await expect(mapping.getByLabel('「经办」导入为')).toHaveValue('');
  await expect(mapping.getByLabel('「情况」导入为')).toHaveValue('');
  const unknown = page.getByRole('region', { name: '未知的纠纷类型' });
  await expect(unknown.getByRole('row', { name: /小区停车纠纷/ })).toContainText(String(Math.ceil(ROWS / 7)));
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview.getByRole('row', { name: /TZ-002/ })).toContainText('司马明安、邻居2号');
  await shot(page, 'imports-01-proposed');

  // 2. Her corrections: the two columns, and the new category added to the dictionary.
  await mapping.getByLabel('「经办」导入为').selectOption({ label: '承办人' });
  await mapping.getByLabel('「情况」导入为').selectOption({ label: '简要情况' });
  await unknown.getByLabel('「小区停车纠纷」导入为').selectOption({ label: '新增为纠纷类型' });
  // The preview, read again with her corrections: the first row (a 小区停车纠纷) now comes in.
  await preview.getByRole('button', { name: '更新预览' }).click();
  await expect(preview.getByRole('button', { name: '更新预览' })).toHaveCount(0);
  await expect(preview.getByRole('row', { name: /^3 TZ-001/ })).toContainText('小区停车纠纷');
  await expect(preview.getByRole('row', { name: /^3 TZ-001/ })).not.toContainText('不能导入');
  await expect(unknown.getByLabel('「小区停车纠纷」导入为')).toHaveValue('new');

  // 3. The dry run over every row: all 500 can come in; the one bad ID number is kept and listed.
  const checking = page.getByRole('region', { name: '检查与导入' });
  await checking.getByRole('button', { name: '检查全部行' }).click();
  const counts = checking.getByLabel('检查结果');
  await expect(counts).toContainText('可导入500', { timeout: 60_000 });
  await expect(counts).toContainText('不能导入0');
  const problems = checking.getByRole('table', { name: '问题行' });
  await expect(problems.getByRole('row', { name: new RegExp(`^${sheetRow(LOOKED_UP)} `) })).toContainText(
    BAD_ID,
  );
  await expect(checking.getByRole('button', { name: '下载问题清单' })).toBeVisible();
  await shot(page, 'imports-02-checked');
  const download = page.waitForEvent('download');
  await checking.getByRole('button', { name: '下载问题清单' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // 4. The import, then the ledger.
  await checking.getByRole('button', { name: '导入 500 件' }).click();
  const result = page.getByRole('region', { name: '导入结果' });
  await expect(result).toContainText('已从「2025年台账.xlsx」导入 500 件案件。', { timeout: 90_000 });
  await shot(page, 'imports-03-done');
  await result.getByRole('button', { name: '前往矛盾纠纷台账' }).click();

  // 5. A party's name from the file finds its case; the record says where it came from.
  const name = partyOf(LOOKED_UP);
  await ledgerPage.search(page, name);
  const grid = ledgerPage.grid(page);
  await expect(grid.getByRole('row')).toHaveCount(2); // header + the one case
  await grid
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^2025-\d{6}$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^案件 2025-\d{6}$/ })).toBeVisible();
  const facts = page.getByRole('region', { name: '基本情况' });
  await expect(facts).toContainText(`原编号TZ-${LOOKED_UP + 1}`);
  await expect(facts).toContainText(`从旧台账导入：2025年台账.xlsx 第 ${sheetRow(LOOKED_UP)} 行`);
  await expect(facts).toContainText(`「${BAD_ID}」原样保留`);
  await expect(facts).toContainText('李婷姝');
  await expect(facts).toContainText('楼道堆物引发争执');
  await shot(page, 'imports-04-case');
});

/**
 * The old 档案目录, in a workbook whose first sheet is the office's 说明 and
 * whose catalogue is on two sheets, one a year. The app reads the first sheet
 * with a header (2019年); the director switches to 2020年, maps the 门类 her
 * predecessor called 会议纪要 to 会议记录, checks and imports. The item whose
 * old code did not fit the centre's pattern is found by that old code, and
 * shows it as 原档号.
 */
async function oldCatalogue(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本目录按年度分页，每页一个年度。']);
  for (const year of [2019, 2020]) {
    const ws = wb.addWorksheet(`${year}年`);
    ws.addRow([`${year}年度归档文件目录`]);
    ws.addRow(['档号', '门类', '年度', '保管期限', '题名', '日期', '页数', '盒号', '柜号']);
    ws.addRow([
      `J001-HY·${year}-Y-0001`,
      '会议记录',
      year,
      '永久',
      `${year}年第一次例会记录`,
      `${year}-01-08`,
      4,
      `H-${year}`,
      'A01',
    ]);
    ws.addRow([
      `${year}-永久-2`,
      '会议记录',
      year,
      '永久',
      `${year}年综治工作总结会记录`,
      `${year}-12-20`,
      3,
      `H-${year}`,
      'A01',
    ]);
    ws.addRow(['', '会议纪要', year, '定期10年', `${year}年联席会议纪要`, `${year}-06-18`, 5, '', '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the director imports an old catalogue from its second year sheet, and finds an item by its old code', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.openUrl);
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '导入旧记录');
  await page.getByRole('radio', { name: '档案目录（归档文件目录）' }).check();
  await page.getByLabel('选择要导入的文件').setInputFiles({
    name: '归档文件目录.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await oldCatalogue(),
  });
  const mapping = page.getByRole('region', { name: '列对应' });
  await expect(mapping).toContainText('工作表「2019年」第 2 行为表头，共 3 行数据。', { timeout: 60_000 });
  await mapping.getByLabel('工作表').selectOption('2020年');
  await expect(mapping).toContainText('工作表「2020年」第 2 行为表头，共 3 行数据。');
  await expect(mapping.getByLabel('「档号」导入为')).toHaveValue('code');
  await expect(mapping.getByLabel('「盒号」导入为')).toHaveValue('boxNo');

  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('J001-HY·2020-Y-0001');
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText('另编（原档号 2020-永久-2）');
  // The refused row shows what the file says, beside why.
  await expect(preview.getByRole('row', { name: /^5 / })).toContainText('会议纪要');
  await expect(preview.getByRole('row', { name: /^5 / })).toContainText(
    '不能导入：门类「会议纪要」尚未对应到本系统的门类',
  );

  const unknown = page.getByRole('region', { name: '未知的门类' });
  await unknown.getByLabel('「会议纪要」导入为').selectOption({ label: 'HY 会议记录' });
  const checking = page.getByRole('region', { name: '检查与导入' });
  await checking.getByRole('button', { name: '检查全部行' }).click();
  const counts = checking.getByLabel('检查结果');
  await expect(counts).toContainText('可导入3');
  await expect(counts).toContainText('不能导入0');
  await expect(
    checking.getByRole('table', { name: '问题行' }).getByRole('row', { name: /^4 / }),
  ).toContainText('档号「2020-永久-2」不符合本中心的档号格式');
  await shot(page, 'imports-05-catalogue-check');
  await checking.getByRole('button', { name: '导入 3 件' }).click();
  const result = page.getByRole('region', { name: '导入结果' });
  await expect(result).toContainText('已从「归档文件目录.xlsx」导入 3 件档案。', { timeout: 60_000 });
  await result.getByRole('button', { name: '前往档案目录' }).click();

  await page.getByLabel('搜索题名、档号、文号、责任者（可扫码）').fill('2020-永久-2');
  const grid = archivePage.grid(page);
  await expect(grid.getByRole('row')).toHaveCount(2); // header + the one item
  await grid.getByRole('button', { name: 'J001-HY·2020-Y-0002' }).click();
  await archivePage.expectItem(page, 'J001-HY·2020-Y-0002');
  const facts = page.getByRole('region', { name: '档案信息' });
  await expect(facts).toContainText('原档号2020-永久-2');
  await expect(facts).toContainText('从旧档案目录导入：归档文件目录.xlsx 第 4 行');
  await expect(facts).toContainText('A01-H-2020');
  await shot(page, 'imports-06-catalogue-item');
});
