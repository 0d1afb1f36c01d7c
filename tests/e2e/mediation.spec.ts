import { expect, test, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { pdfText } from '../support/pdf';
import { seedArchive, startHost, type RunningHost } from './support/host';
import { casePage, firstLogin, navigate, shot } from './support/pages';
import {
  answerOf,
  expectPreviewPages,
  expectPrinted,
  nthPrint,
  pdfOfResponse,
  pdfPageSizes,
  recordPrints,
} from './support/print';
import { expectShown, fillDateTime } from './support/dates';

/**
 * Module 2's user story, in Debian's Chromium against the real HTTP host and a
 * real encrypted archive: a staff member registers a neighbours' dispute, opens
 * a mediation from the case, records a sitting, writes the agreement, previews
 * it, prints the full set (一式三份), marks it signed, records a follow-up
 * visit; the desk shows the judicial-confirmation deadline.
 */
const PASSWORD = 'demo-1234';
const NOW = '2026-11-24T09:00:00';
let dir: string;
let host: RunningHost;

// The browser's own locale, as Chromium here and an English-language Windows have it (issue 13, item 7).
test.use({ locale: 'en-US' });

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

async function newCase(page: Page): Promise<string> {
  await navigate(page, '矛盾纠纷台账');
  await page.getByRole('button', { name: '新建案件' }).click();
  const dialog = page.getByRole('dialog', { name: '新建案件' });
  await dialog.getByLabel('来源').selectOption({ label: '来访' });
  await dialog.getByLabel('纠纷类型').selectOption({ label: '邻里纠纷' });
  await dialog.getByLabel('简要情况').fill('楼上卫生间漏水致楼下天花板受损，双方协商未果，申请调解。');
  await dialog.getByLabel('风险等级').selectOption({ label: '低' });
  await dialog.getByLabel('难易程度').selectOption({ label: '一般' });
  const first = dialog.getByRole('group', { name: '当事人 1' });
  await first.getByLabel('姓名').fill('欧阳明华');
  await first.getByLabel('单位或住址').fill('幸福里小区3栋201室');
  await dialog.getByRole('button', { name: '添加个人当事人' }).click();
  const second = dialog.getByRole('group', { name: '当事人 2' });
  await second.getByLabel('姓名').fill('龙䶮涛');
  await second.getByLabel('单位或住址').fill('幸福里小区3栋101室');
  await dialog.getByRole('button', { name: '保存案件' }).click();
  const created = page.getByRole('dialog', { name: '案件已登记' });
  const code = (await created.locator('strong').innerText()).trim();
  await created.getByRole('button', { name: '打开案件' }).click();
  await casePage.expectOpen(page, code);
  return code;
}

const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

test('case → mediation → session → agreement → preview → print 一式三份 → signed → follow-up → desk deadline', async ({
  page,
}) => {
  // Drawing every page at print resolution and printing it again through page.pdf takes a while here.
  test.slow();
  await recordPrints(page);
  await page.goto(host.openUrl);
  // The seeded accounts carry the password the seeder chose: lits sets her own first.
  await firstLogin(page, 'lits', PASSWORD, 'lits-own-1');
  const code = await newCase(page);

  // 1. Open a mediation from the case.
  await region(page, '人民调解').getByRole('button', { name: '受理调解' }).click();
  const open = page.getByRole('dialog', { name: `受理调解：${code}` });
  await open.getByRole('radio', { name: '申请调解' }).check();
  await open.getByLabel('申请事项').fill('请求对方维修漏水点并赔偿天花板修复费用。');
  await open.getByLabel('记录人').fill('钱记录');
  await open.getByLabel('调解地点').fill('社区人民调解室');
  await open.getByRole('button', { name: '受理并开始调解' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `人民调解 ${code}` })).toBeVisible();

  // 2. The rights notice is signed; one sitting is recorded with the procedure's steps.
  await page.getByRole('button', { name: '当事人已签字确认' }).click();
  const sittings = region(page, '调解');
  await sittings.getByRole('button', { name: '记录一次调解' }).click();
  const session = page.getByRole('dialog', { name: '记录一次调解' });
  // In an English-language browser too (issue 13, item 7): year first, 24-hour, no AM/PM.
  await fillDateTime(session.getByLabel('开始时间'), '2026-11-24T08:00');
  await expect(session.getByLabel('开始时间')).not.toContainText(/AM|PM|\//);
  await fillDateTime(session.getByLabel('结束时间'), '2026-11-24T08:25');
  await session
    .getByLabel('3. 当事人陈述纠纷起因、经过及要求，提供证据')
    .fill('欧阳明华称漏水系管道老化；龙䶮涛要求赔偿。');
  await session.getByLabel('4. 询问当事人和证人，核对证据').fill('查看现场照片两张，核对维修报价单。');
  await session.getByLabel('5. 说服、教育、疏导及调解结果').fill('释法说理，双方同意由欧阳明华修复并赔偿。');
  await session.getByLabel('本次调解结果').fill('双方达成一致意见。');
  await session.getByRole('button', { name: '保存调解记录' }).click();
  await expect(session).toBeHidden();
  await expect(page.getByRole('table', { name: '调解记录' }).getByRole('row')).toHaveCount(2);

  // 3. The agreement: facts, two terms, performance; saved, then previewed.
  const agreement = region(page, '调解协议');
  await agreement
    .getByLabel('纠纷主要事实、争议事项')
    .fill('双方系上下楼邻居，欧阳明华家卫生间漏水致龙䶮涛家天花板受损。');
  await agreement
    .getByRole('textbox', { name: '一、', exact: true })
    .fill('欧阳明华于2026年12月10日前修复卫生间防水层。');
  await agreement.getByRole('button', { name: '添加条款' }).click();
  await agreement
    .getByRole('textbox', { name: '二、', exact: true })
    .fill('欧阳明华赔偿龙䶮涛天花板修复费用人民币叁仟元整。');
  await agreement.getByLabel('履行方式、时限').fill('第一项自行履行，第二项于签订当日当场支付。');
  await agreement.getByLabel('涉及金额（元）').fill('3000');
  await agreement.getByRole('button', { name: '保存协议' }).click();
  await expect(agreement).toContainText('首次打印时编号');
  await expect(agreement).toContainText('一式3份');

  await agreement.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: /^预览调解协议书/ });
  await expectPreviewPages(preview);
  await expect(preview.getByTestId('pdf-page-count')).toContainText('共');
  await shot(page, '21-agreement-preview');

  // 4. Print the full set: one PDF of three copies, numbered, logged as the first print, sent to
  // the print dialog as one image per page, only the pages printing, each on its own A4 sheet.
  const answer = answerOf(page, 'mediation:print-agreement');
  await preview.getByRole('button', { name: '打印全部（3份）' }).click();
  const printed = await pdfOfResponse(await answer);
  await expectPrinted(page, await nthPrint(page, 1), await pdfPageSizes(printed), '21b-agreement-printing');
  const text = await pdfText(printed);
  expect(text).toContain('本协议一式三份');
  const labels = ['当事人欧阳明华收执', '当事人龙䶮涛收执', '人民调解委员会存档'].map((l) => text.indexOf(l));
  expect(labels.every((p, i) => p >= 0 && (i === 0 || p > labels[i - 1]!))).toBe(true);
  const number = /（2026）.{1,10}人调字第\d{3}号/.exec(text)?.[0];
  expect(number).toBeTruthy();
  const log = page.getByRole('table', { name: '打印记录' });
  await expect(log.getByRole('cell', { name: '首次' })).toBeVisible();
  await expect(agreement).toContainText(number!);

  // 5. Mark it signed: frozen, with its hash; the 30-day window starts.
  await agreement.getByRole('button', { name: '标记已签署' }).click();
  const sign = page.getByRole('dialog', { name: '标记协议已签署' });
  await expectShown(sign.getByLabel('生效日期'), '2026-11-24');
  await sign.getByRole('button', { name: '确认已签署' }).click();
  await expect(sign).toBeHidden();
  // The hash is named in the staff's words and folded to its ends; one click shows all of it (issue 13, item 9).
  const hash = agreement.getByLabel('防篡改校验码', { exact: true });
  await expect(hash).toHaveText(/^[0-9a-f]{8}…[0-9a-f]{8}$/);
  await agreement.getByRole('button', { name: '显示完整' }).click();
  await expect(hash).toHaveText(/^[0-9a-f]{64}$/);
  await expect(agreement.getByRole('button', { name: '更正（生成新版本）' })).toBeVisible();
  await expect(region(page, '司法确认申请期限')).toContainText('2026-12-24');
  await shot(page, '22-agreement-signed');

  // 6. A follow-up visit is recorded against the one scheduled at signing.
  const visits = region(page, '回访');
  await visits.getByRole('button', { name: '记录回访', exact: true }).click();
  const visit = page.getByRole('dialog', { name: /^记录回访/ });
  await fillDateTime(visit.getByLabel('回访时间'), '2026-11-24T08:28');
  await visit.getByRole('radio', { name: '上门' }).check();
  await visit
    .getByRole('radiogroup', { name: '协议履行情况' })
    .getByRole('radio', { name: '已履行' })
    .check();
  await visit
    .getByRole('radiogroup', { name: '当事人满意度' })
    .getByRole('radio', { name: '满意', exact: true })
    .check();
  await visit.getByLabel('回访情况').fill('赔偿款已当场付清，防水层约定月内修复。');
  await visit.getByRole('button', { name: '保存回访记录' }).click();
  await expect(visit).toBeHidden();
  await expect(page.getByRole('table', { name: '回访记录' })).toContainText('已履行');

  // 7. The case record shows the window too, and its status after the visit.
  await page.getByRole('button', { name: '返回案件' }).click();
  await casePage.expectOpen(page, code);
  await expect(region(page, '人民调解')).toContainText('司法确认申请期限 2026-12-24');

  // 8. The desk shows the judicial-confirmation deadline for this case.
  // (The desk's heading greets the user by name.)
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '工作台', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^您好/ })).toBeVisible();
  const deadlines = region(page, '司法确认申请期限');
  await expect(deadlines).toContainText(code);
  await expect(deadlines).toContainText('2026-12-24');
  await shot(page, '23-desk-judicial-deadline');
});
