import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import type { ArchiveItemDetail } from '../../shared/archive/schemas';
import { pdfText } from '../support/pdf';
import { hostApi, jobOutput, must } from './support/api';
import { archivePage } from './support/archivePages';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { casePage, login, logout, navigate, shot, shotOf } from './support/pages';
import { fillDate } from './support/dates';
import { expectPreviewPages } from './support/print';

/**
 * Module 3's borrowing story (the issue), in Debian's Chromium against the
 * real HTTP host: staff have filed a meeting record and a mediation has been
 * closed, filing its dossier (both set up through the typed API); at the
 * counter a court clerk of 示范区人民法院 applies to take the dossier out; the
 * director approves on 工作台; staff hand it out; the clock passes the due
 * date and the desk shows it red; a recall notice prints; it comes back with
 * a page missing and is recorded 缺损. Every loan step goes through the UI.
 *
 * The second story walks the joins between the catalogue and the loans: the
 * case record's 打开档案, 申请借阅 on the item page, a 档号 on 档案借阅
 * opening the item, and the director's and the archivist's steps taken in the
 * item's own list (double-clicks, a second loan while it is out, more pages
 * back than went out).
 */
const PASSWORD = 'demo-1234';
/** lits's own password, set at her first login in the setup. */
const LITS = 'lits-own-1';
const NOW = '2026-11-24T09:00:00';
/** Nine days on: the 7-day loan lent on 11-24 was due on 12-01. */
const LATER = '2026-12-03T09:00:00';
let dir: string;
let host: RunningHost;

const CLERK = {
  name: '周书记员',
  unit: '示范区人民法院',
  phone: '13900001111',
  idNumber: '11010519491231002X',
  letter: '（2026）示法函字第88号调卷函',
};

test.beforeEach(async ({ page }) => {
  dir = seedArchive(PASSWORD, { now: NOW });
  host = await startHost({ now: NOW, dir });
  // The browser's "today" matches the host's pinned clock (and stays just behind it).
  await page.clock.setFixedTime(new Date('2026-11-24T08:30:00+08:00'));
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * What the story starts from, made as staff through the API: a meeting record
 * filed by hand, and a case whose mediation ended and was closed — closing
 * files its dossier (结案归卷 → archive item). Signs out again.
 */
async function fileRecords(): Promise<{
  caseCode: string;
  dossier: ArchiveItemDetail;
  minutes: ArchiveItemDetail;
}> {
  const api = hostApi(host);
  must(await api.session.login({ username: 'lits', password: PASSWORD }));
  must(await api.session.changePassword({ currentPassword: PASSWORD, newPassword: LITS }));
  const minutes = must(
    await api.archive.create({
      title: '2026年11月综治工作例会记录',
      categoryCode: 'HY',
      year: 2026,
      retention: 'D10',
      classification: 'internal',
      responsible: '示范社区综治中心',
      date: '2026-11-20',
      pages: 6,
    }),
  );
  const c = must(
    await api.cases.create({
      source: 'visit',
      categoryId: 2,
      place: '幸福里小区3栋',
      summary: '楼上卫生间漏水致楼下天花板受损，双方协商未果，申请调解。',
      risk: 'low',
      difficulty: 'general',
      majorReasons: [],
      parties: [
        { kind: 'person', name: '欧阳明华', address: '幸福里小区3栋201室' },
        { kind: 'person', name: '龙䶮涛', address: '幸福里小区3栋101室' },
      ],
    }),
  );
  const m = must(
    await api.mediation.open({
      caseId: c.id,
      source: 'application',
      intakeForm: 'application',
      requests: '请求对方维修漏水点并赔偿天花板修复费用。',
      mediators: ['王调解'],
      recorder: '钱记录',
      place: '社区人民调解室',
    }),
  );
  must(
    await api.mediation.terminate({
      id: m.id,
      reason: '一方当事人明确表示不再接受调解',
      informed: true,
    }),
  );
  await jobOutput(api, await api.mediation.close({ id: m.id, retention: 'D30' }));
  const dossier = must(await api.archive.forCase({ caseId: c.id }));
  if (!dossier) throw new Error('closing the mediation filed no dossier');
  must(await api.session.logout({}));
  return { caseCode: c.code, dossier, minutes };
}

const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function toDesk(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '工作台', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();
}

test('court clerk borrows a dossier: apply → director approves on the desk → lent → overdue red → recall notice → returned 缺损', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { caseCode, dossier } = await fileRecords();
  const code = dossier.code;
  const pages = dossier.pages;
  expect(pages).toBeGreaterThan(1);

  // 1. At the counter, staff register the clerk's application from the dossier's 档号.
  await page.goto(host.openUrl);
  await login(page, 'lits', LITS);
  await navigate(page, '档案借阅');
  const byCode = page.getByRole('form', { name: '按档号申请借阅' });
  await byCode.getByRole('textbox', { name: '档号' }).fill(code);
  await byCode.getByRole('button', { name: '申请借阅' }).click();
  const apply = page.getByRole('dialog', { name: `申请借阅：${code}` });
  await expect(apply).toContainText(dossier.title);
  // Reading on site is the default and needs no approval for an internal item; taking out does.
  await expect(apply.getByRole('alert')).toContainText('本次查阅无需审批');
  await apply.getByRole('radio', { name: '借出' }).check();
  await expect(apply.getByRole('alert')).toContainText('借出、复制须经主任批准；查阅无需审批');
  await expect(apply.getByRole('alert')).toContainText('本次借出须经主任批准后才能出借');
  await expect(apply.getByLabel('借出期限（天）')).toHaveValue('7');
  await apply.getByRole('radio', { name: '外单位人员' }).check();
  await apply.getByRole('textbox', { name: '姓名' }).fill(CLERK.name);
  await apply.getByRole('textbox', { name: '单位' }).fill(CLERK.unit);
  await apply.getByRole('textbox', { name: '联系电话' }).fill(CLERK.phone);
  await apply.getByRole('textbox', { name: '身份证号' }).fill(CLERK.idNumber);
  await apply.getByLabel('利用目的').selectOption({ label: '司法确认或诉讼' });
  await apply.getByLabel('借阅事由').fill('司法确认审查，调阅调解卷宗原件');
  // Without the court's letter the application is refused on that field.
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply.getByText('外单位借阅须有介绍信或公函')).toBeVisible();
  await shot(page, 'loans-01-apply-field-error');
  await apply.getByLabel('介绍信或公函').fill(CLERK.letter);
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: '已登记借阅申请，待主任审批。' })).toBeVisible();
  await page.getByRole('tab', { name: '待审批' }).click();
  const grid = page.getByRole('grid', { name: '借阅记录' });
  await expect(grid.getByRole('row', { name: new RegExp(CLERK.name) })).toContainText('待审批');
  // Staff may not decide: the row offers only 撤销.
  await expect(grid.getByRole('button', { name: '批准' })).toHaveCount(0);
  await shot(page, 'loans-02-requested');
  await logout(page);

  // 2. The director approves on 工作台, with a condition.
  await login(page, 'wangzr', PASSWORD);
  const awaiting = region(page, '待审批借阅');
  await expect(awaiting).toContainText(code);
  await expect(awaiting).toContainText(`${CLERK.name}（${CLERK.unit}） · 借出`);
  await shot(page, 'loans-03-desk-awaiting-approval');
  await awaiting.getByRole('button', { name: '批准', exact: true }).click();
  const approve = page.getByRole('dialog', { name: `批准借阅：${code}` });
  await expect(approve).toContainText(CLERK.letter);
  await expect(approve).toContainText('110105********002X');
  await expect(approve.getByLabel('批准期限（天）')).toHaveValue('7');
  await approve.getByLabel('批准意见').fill('限司法确认审查使用，不得复制、转借');
  await approve.getByRole('button', { name: '确认批准' }).click();
  await expect(approve).toBeHidden();
  await expect(
    page.getByRole('alert').filter({ hasText: `已批准 ${CLERK.name} 借阅 ${code}。` }),
  ).toBeVisible();
  await expect(awaiting).toContainText('没有待审批的借阅申请。');
  await logout(page);

  // 3. Staff hand it out from the desk: the approver and the condition are shown, the pages counted.
  await login(page, 'lits', LITS);
  const ready = region(page, '待出借');
  await expect(ready).toContainText(code);
  await ready.getByRole('button', { name: '出借', exact: true }).click();
  const lend = page.getByRole('dialog', { name: `出借：${code}` });
  await expect(lend).toContainText('王建国');
  await expect(lend).toContainText('限司法确认审查使用，不得复制、转借');
  await expect(lend.getByLabel('出借页数')).toHaveValue(String(pages));
  await shot(page, 'loans-04-lend');
  await lend.getByRole('button', { name: '确认出借' }).click();
  await expect(lend).toBeHidden();
  await expect(
    page.getByRole('alert').filter({ hasText: `已出借 ${code}，${pages} 页，应还日期 2026-12-01。` }),
  ).toBeVisible();
  await expect(ready).toContainText('没有待出借的档案。');

  // The case record shows where its dossier went and that it is out.
  await navigate(page, '矛盾纠纷台账');
  await page.getByLabel('按案件编号打开').fill(caseCode);
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await casePage.expectOpen(page, caseCode);
  const filed = region(page, '档案');
  await expect(filed).toContainText(code);
  await expect(filed).toContainText('定期30年');
  await expect(filed.getByRole('table', { name: '借阅记录' })).toContainText('借出中');
  await expect(filed.getByRole('table', { name: '借阅记录' })).toContainText(
    `${CLERK.name}（${CLERK.unit}）`,
  );
  await shot(page, 'loans-05-case-record-archive');
  await logout(page);

  // 4. Nine days on: the host runs on a later clock; the desk shows the loan red, 逾期 2 天.
  await host.stop();
  host = await startHost({ now: LATER, dir });
  await page.clock.setFixedTime(new Date('2026-12-03T08:30:00+08:00'));
  await page.goto(host.openUrl);
  await login(page, 'lits', LITS);
  const overdue = region(page, '借阅已逾期');
  await expect(overdue).toContainText(code);
  const chip = overdue.locator('[data-due-state="overdue"]');
  await expect(chip).toHaveText('2026-12-01 逾期 2 天');
  await expect(chip).toHaveCSS('background-color', 'rgb(253, 228, 225)');
  await shot(page, 'loans-06-desk-overdue');

  // 5. The recall notice: previewed, saved as a PDF naming the clerk, the item and the days overdue.
  await overdue.getByRole('button', { name: '催还通知单' }).click();
  const recall = page.getByRole('dialog', { name: `催还通知单：${code}` });
  await expectPreviewPages(recall);
  await shot(page, 'loans-07-recall-notice');
  const download = page.waitForEvent('download');
  await recall.getByRole('button', { name: '保存 PDF' }).click();
  const notice = (await pdfText(readFileSync(await (await download).path()))).replace(/\s+/g, '');
  expect(notice).toContain('催还通知单');
  expect(notice).toContain(`${CLERK.name}（${CLERK.unit}）：`);
  expect(notice).toContain(code);
  expect(notice).toContain('现已逾期2天');
  await recall.getByRole('button', { name: '关闭' }).click();

  // 6. It comes back one page short: the dialog warns, asks again, and records 缺损.
  await navigate(page, '档案借阅');
  await page.getByRole('tab', { name: '逾期' }).click();
  const row = grid.getByRole('row', { name: new RegExp(CLERK.name) });
  await expect(row).toContainText('逾期 2 天');
  await row.getByRole('button', { name: '归还' }).click();
  const giveBack = page.getByRole('dialog', { name: `归还：${code}` });
  await expect(giveBack.getByLabel('归还页数')).toHaveValue(String(pages));
  await giveBack.getByLabel('归还页数').fill(String(pages - 1));
  await expect(giveBack.getByRole('alert')).toContainText(
    `归还 ${pages - 1} 页，比出借时少 1 页，将登记为「缺损」。`,
  );
  await expect(giveBack.getByRole('radio', { name: '缺损' })).toBeChecked();
  await giveBack.getByLabel('缺损说明').fill('卷内调解申请书缺失 1 页');
  await giveBack.getByRole('button', { name: '确认归还' }).click();
  await expect(giveBack.getByRole('button', { name: '确认缺损并归还' })).toBeVisible();
  await shot(page, 'loans-08-return-short');
  await giveBack.getByRole('button', { name: '确认缺损并归还' }).click();
  await expect(giveBack).toBeHidden();
  await expect(
    page.getByRole('alert').filter({
      hasText: `已归还 ${code}，登记为缺损：归还时少 1 页（出借 ${pages} 页，归还 ${pages - 1} 页）`,
    }),
  ).toBeVisible();
  await expect(grid.getByRole('row', { name: new RegExp(CLERK.name) })).toHaveCount(0);
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(grid.getByRole('row', { name: new RegExp(CLERK.name) })).toContainText('已归还');
  await shot(page, 'loans-09-returned');

  // The 借阅登记簿 of the loans handed out since November, a job previewed and saved: the return recorded 缺损.
  await fillDate(page.getByLabel('出借日期 从'), '2026-11-01');
  await page.getByRole('button', { name: '打印借阅登记簿' }).click();
  const registerPreview = page.getByRole('dialog', { name: '借阅登记簿' });
  await expectPreviewPages(registerPreview);
  const register = page.waitForEvent('download');
  await registerPreview.getByRole('button', { name: '保存 PDF' }).click();
  const registered = await register;
  await registerPreview.getByRole('button', { name: '关闭' }).click();
  const book = (await pdfText(readFileSync(await registered.path()))).replace(/\s+/g, '');
  expect(book).toContain('借阅登记簿');
  expect(book).toContain(CLERK.name);
  expect(book).toContain('缺损');

  // The desk is clear again.
  await toDesk(page);
  await expect(region(page, '借阅已逾期')).toContainText('没有逾期未还的档案。');
  await logout(page);

  // 7. The director's statistics for November count the loan, the 缺损 return and nothing overdue now.
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '统计');
  await page.getByRole('button', { name: '上月' }).click();
  const stats = region(page, '档案借阅');
  await expect(stats.getByRole('heading', { name: '档案借阅（2026年11月）' })).toBeVisible();
  await expect(region(page, '归还缺损')).toContainText('1件');
  await expect(region(page, '档案借出')).toContainText('1件');
  await expect(region(page, '逾期未还')).toContainText('0件');
  await shotOf(stats, 'loans-10-stats');
});

/** The archivist's own password, set as at her first login. */
const ZHAODA = 'zhao-own-1';

/**
 * Besides the records: the archivist has set her own password, and staff
 * have asked to take the minutes out (a take-out waiting for the director),
 * through the API. (Which roles see the archive room in the menu is a unit
 * test: tests/unit/navigation.test.ts.)
 */
async function meetTheRoom(minutes: ArchiveItemDetail): Promise<void> {
  const api = hostApi(host);
  must(await api.session.login({ username: 'zhaoda', password: PASSWORD }));
  must(await api.session.changePassword({ currentPassword: PASSWORD, newPassword: ZHAODA }));
  must(await api.session.logout({}));
  must(await api.session.login({ username: 'lits', password: LITS }));
  const self = must(await api.archive.borrowers({})).find((b) => b.displayName === '李婷姝')!;
  must(
    await api.archive.apply({
      itemId: minutes.id,
      mode: 'borrow',
      borrowerKind: 'staff',
      borrowerAccountId: self.id,
      purpose: 'review',
    }),
  );
  must(await api.session.logout({}));
}

test('the joins: 打开档案 on the case → 申请借阅 on the item page → its 档号 on 档案借阅 → approved, lent and returned on the item page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { caseCode, dossier, minutes } = await fileRecords();
  await meetTheRoom(minutes);
  const code = dossier.code;
  const pages = dossier.pages;
  const loans = region(page, '借阅');
  const loanRow = (who: RegExp) =>
    loans.getByRole('table', { name: '借阅记录' }).getByRole('row', { name: who });
  const grid = page.getByRole('grid', { name: '借阅记录' });
  const gridRow = (itemCode: string) => grid.getByRole('row').filter({ hasText: itemCode });

  // 1. Staff open the dossier from its case record and apply to take it out from the item's page.
  await page.goto(host.openUrl);
  await login(page, 'lits', LITS);
  await navigate(page, '矛盾纠纷台账');
  await page.getByLabel('按案件编号打开').fill(caseCode);
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await casePage.expectOpen(page, caseCode);
  await region(page, '档案').getByRole('button', { name: '打开档案' }).click();
  await archivePage.expectItem(page, code);
  await expect(region(page, '档案信息')).toContainText(caseCode);
  await loans.getByRole('button', { name: '申请借阅' }).click();
  const apply = page.getByRole('dialog', { name: `申请借阅：${code}` });
  await apply.getByRole('radio', { name: '借出' }).check();
  await apply.getByLabel('利用目的').selectOption({ label: '工作查考' });
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply).toBeHidden();
  await expect(loans.getByRole('alert').filter({ hasText: '已登记借阅申请，待主任审批。' })).toBeVisible();
  await expect(loanRow(/李婷姝/)).toContainText('待审批');
  await expect(loans.getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
  await shot(page, 'loans-11-item-applied-staff');
  // Opened from the case, the item page leads back to it.
  await page.getByRole('button', { name: '返回案件' }).click();
  await casePage.expectOpen(page, caseCode);
  await expect(region(page, '档案').getByRole('table', { name: '借阅记录' })).toContainText('待审批');
  await logout(page);

  // 2. The director finds it on 档案借阅, opens the item by its 档号 and approves there.
  await login(page, 'wangzr', PASSWORD);
  await navigate(page, '档案借阅');
  await expect(gridRow(minutes.code)).toContainText('待审批');
  await gridRow(code).getByRole('button', { name: code }).click();
  await archivePage.expectItem(page, code);
  await loanRow(/李婷姝/)
    .getByRole('button', { name: '批准', exact: true })
    .click();
  const approve = page.getByRole('dialog', { name: `批准借阅：${code}` });
  await approve.getByRole('button', { name: '确认批准' }).click();
  await expect(approve).toBeHidden();
  await expect(loans.getByRole('alert').filter({ hasText: `已批准 李婷姝 借阅 ${code}。` })).toBeVisible();
  await expect(loanRow(/李婷姝/)).toContainText('待出借');
  await shot(page, 'loans-12-item-approved-director');
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '档案借阅' })).toBeVisible();
  await logout(page);

  // 3. The archivist: the archive room in the menu, no 批准 for what waits on the director.
  await login(page, 'zhaoda', ZHAODA);
  await navigate(page, '档案目录');
  await shot(page, 'archive-10-catalogue-archivist');
  await navigate(page, '档案借阅');
  await page.getByRole('tab', { name: '待审批' }).click();
  await expect(gridRow(minutes.code)).toContainText('待审批');
  await expect(gridRow(minutes.code).getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: '待出借' }).click();
  await expect(gridRow(code)).toContainText('待出借');
  await shot(page, 'loans-13-loans-archivist');
  await gridRow(code).getByRole('button', { name: code }).click();
  await archivePage.expectItem(page, code);

  // 出借 on the item page: a double-click on 确认出借 hands it out once.
  await loanRow(/李婷姝/)
    .getByRole('button', { name: '出借', exact: true })
    .click();
  const lend = page.getByRole('dialog', { name: `出借：${code}` });
  await expect(lend.getByLabel('出借页数')).toHaveValue(String(pages));
  await lend.getByRole('button', { name: '确认出借' }).dblclick();
  await expect(lend).toBeHidden();
  await expect(
    loans.getByRole('alert').filter({ hasText: `已出借 ${code}，${pages} 页，应还日期 2026-12-01。` }),
  ).toBeVisible();
  await expect(loanRow(/李婷姝/)).toContainText('借出中');
  await expect(page.getByText('不能出借')).toHaveCount(0);

  // A second loan while it is out queues; handing it out now is refused with the reason.
  await loans.getByRole('button', { name: '申请借阅' }).click();
  await apply.getByLabel('利用目的').selectOption({ label: '核查取证' });
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply).toBeHidden();
  await expect(
    loans.getByRole('alert').filter({ hasText: '已登记借阅申请（无需审批），可以出借，排队第 1 位。' }),
  ).toBeVisible();
  await loanRow(/赵德安/)
    .getByRole('button', { name: '出借', exact: true })
    .click();
  await lend.getByRole('button', { name: '确认出借' }).click();
  await expect(lend.getByRole('alert')).toContainText(
    `档案 ${code} 正借给 李婷姝（应还 2026-12-01），归还后按排队顺序出借。`,
  );
  await lend.getByRole('button', { name: '取消' }).click();

  // 归还: more pages than went out is refused on the field; a double-click returns it once.
  await loanRow(/李婷姝/)
    .getByRole('button', { name: '归还', exact: true })
    .click();
  const giveBack = page.getByRole('dialog', { name: `归还：${code}` });
  await giveBack.getByLabel('归还页数').fill(String(pages + 10));
  await giveBack.getByRole('button', { name: '确认归还' }).click();
  await expect(giveBack.getByText(`出借时为 ${pages} 页，归还页数不能更多，请重新清点`)).toBeVisible();
  await giveBack.getByLabel('归还页数').fill(String(pages));
  await giveBack.getByRole('button', { name: '确认归还' }).dblclick();
  await expect(giveBack).toBeHidden();
  await expect(loans.getByRole('alert').filter({ hasText: `已归还 ${code}，完好。` })).toBeVisible();
  await expect(loanRow(/李婷姝/)).toContainText('已归还');
  await expect(page.getByText('不能归还')).toHaveCount(0);
  await shot(page, 'loans-14-item-returned-archivist');
});
