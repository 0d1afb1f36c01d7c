import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { archiveRoom, ARCHIVIST } from '../support/archiveRoom';
import { OPERATOR, STAFF } from '../support/ledger';
import { pdfPageSize, pdfText } from '../support/pdf';
import { sheetRows } from '../support/workbook';
import type { Assignment } from '../../shared/duty/rules';
import type { RosterMonth } from '../../shared/duty/schemas';

const MONTH = '2026-11';
/**
 * Eight on the roster: the three days around any shift hold at most six shifts, one of them 赵值班's own,
 * so someone is always free to take it over.
 */
const MORE_OPERATORS = ['赵', '钱', '孙', '李', '周', '吴', '郑'].map((surname, i) => ({
  username: `watch0${i + 1}`,
  displayName: `${surname}值班`,
  role: 'operator',
  password: `watch-pass-${i + 1}`,
}));

const dayOf = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * 我的值班 printed and exported (issue 11 §5, an operator's own schedule):
 * the signed-in person's shifts of the published month after an approved
 * replacement, with whoever shares each shift and the day's 带班领导; refused
 * to someone with no shift that month and to roles outside the duty room.
 */
describe('个人值班表：打印与导出', () => {
  let a: Awaited<ReturnType<typeof archiveRoom>>;
  let ids: number[];
  let published: RosterMonth;
  /** The shift 赵值班 gave up, and who took it. */
  let given: Assignment;
  let taker: { id: number; name: string; login: (typeof MORE_OPERATORS)[number] | typeof OPERATOR };

  beforeAll(async () => {
    a = await archiveRoom();
    for (const p of MORE_OPERATORS) a.ids[p.username] = (await createAccountInUse(a.call, p)).id;
    ids = [a.ids[OPERATOR.username]!, ...MORE_OPERATORS.map((p) => a.ids[p.username]!)];
    // The last week of November, two 12-hour shifts a day, each day with its 带班领导.
    const out = value(await a.api.duty.generate({ month: MONTH, templateId: 1, from: '2026-11-24' }));
    if (!out.ok) throw new Error(out.reasons.join('；'));
    value(
      await a.api.duty.saveLeaders({
        month: MONTH,
        days: ['24', '25', '26', '27', '28', '29', '30'].map((d) => ({
          date: `${MONTH}-${d}`,
          name: d === '28' ? '周副主任' : '王主任',
          phone: d === '28' ? '13900000028' : '13800000000',
        })),
      }),
    );
    value(await a.api.duty.publish({ month: MONTH, note: '11月下旬值班表' }));

    // 赵值班 asks a colleague free the day before, the day and the day after to take one of his shifts.
    const roster = out.roster.draft!.assignments;
    const zhao = a.ids.watch01!;
    given = roster.find((x) => x.personId === zhao)!;
    const near = (x: Assignment) => Math.abs(Date.parse(x.date) - Date.parse(given.date)) <= 86_400_000;
    const takerId = ids.find((id) => id !== zhao && !roster.some((x) => x.personId === id && near(x)))!;
    const login = takerId === ids[0] ? OPERATOR : MORE_OPERATORS[ids.indexOf(takerId) - 1]!;
    taker = { id: takerId, name: login.displayName, login };
    await a.login(MORE_OPERATORS[0]!);
    const asked = value(
      await a.api.duty.requestSwap({
        month: MONTH,
        kind: 'replace',
        date: given.date,
        shift: given.shift,
        fromId: zhao,
        toId: takerId,
        reason: '孩子生病',
      }),
    );
    await a.asDirector();
    published = value(await a.api.duty.decideSwap({ id: asked.swaps[0]!.id, approve: true, note: '同意' }));
    expect(published.published!.version).toBe(2);
  }, 60_000);
  afterAll(() => a.cleanup());

  it('prints the operator’s own month from the published roster after the swap, A4 portrait', async () => {
    await a.login(taker.login);
    const file = value(await a.api.duty.printMine({ month: MONTH }));
    expect(file.fileName).toBe(`个人值班表-${taker.name}-${MONTH}.pdf`);
    const pdf = Buffer.from(file.base64, 'base64');
    const size = await pdfPageSize(pdf);
    expect(size.height).toBeGreaterThan(size.width);
    const text = await pdfText(pdf);
    const mine = published.published!.assignments.filter((x) => x.personId === taker.id);
    expect(mine.some((x) => x.date === given.date && x.shift === given.shift)).toBe(true);
    for (const words of [
      '视频监控个人值班表',
      '测试综治中心',
      '2026年11月',
      `值班员：${taker.name}`,
      '第2版',
    ])
      expect(text).toContain(words);
    for (const x of mine) expect(text).toContain(dayOf(x.date));
    // The shift taken over is noted with whose it was, and the swap is listed with its reason.
    expect(text).toContain('替班（原为赵值班）');
    expect(text).toContain(`赵值班${dayOf(given.date)}`);
    expect(text).toContain(`由${taker.name}替班（孩子生病）`);
    // That day's 带班领导 and phone, and the month's totals (two 12-hour shifts: one of them a night).
    expect(text).toContain('王主任13800000000');
    const nights = mine.filter((x) => x.shift === 'N').length;
    expect(text).toContain(`共${mine.length}个班，其中夜班${nights}个`);
    expect(text).toContain(`合计${mine.length * 12}小时`);
    await a.asDirector();
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 3, action: 'duty.print' }));
    expect(audit.rows[0]!.summary).toBe(
      `打印 ${taker.name} ${MONTH} 个人值班表（第 2 版，${mine.length} 个班）`,
    );
  });

  it('exports the same rows as a workbook', async () => {
    await a.login(taker.login);
    const file = value(await a.api.duty.exportMine({ month: MONTH }));
    expect(file.fileName).toBe(`个人值班表-${taker.name}-${MONTH}.xlsx`);
    const { rows } = await sheetRows(file, '个人值班表');
    expect(rows[0]![0]).toBe('测试综治中心视频监控个人值班表');
    expect(String(rows[1]![0])).toContain(`值班员：${taker.name}`);
    expect(String(rows[1]![0])).toContain('由 ' + taker.name + ' 替班（孩子生病）');
    expect(rows[2]).toEqual(['日期', '星期', '班次', '小时', '同班', '带班领导', '联系电话', '备注']);
    const lines = rows.slice(3);
    const mine = published.published!.assignments.filter((x) => x.personId === taker.id);
    expect(lines.map((r) => r[0])).toEqual(
      [...mine].sort((x, y) => x.date.localeCompare(y.date)).map((x) => dayOf(x.date)),
    );
    const took = lines.find((r) => r[0] === dayOf(given.date) && String(r[2]).startsWith(shiftName(given)))!;
    expect(took[7]).toBe('替班（原为 赵值班）');
    expect(took[3]).toBe(12);
    expect(took[5]).toBe(given.date.endsWith('28') ? '周副主任' : '王主任');
  });

  it('refuses someone with no shift that month, a month not published, and roles outside the duty room', async () => {
    await a.login(STAFF);
    expect(await a.api.duty.printMine({ month: MONTH })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '2026年11月的值班表中没有您的班次，无需打印或导出。' },
    });
    expect(await a.api.duty.exportMine({ month: MONTH })).toMatchObject({ ok: false });
    await a.login(taker.login);
    expect(await a.api.duty.printMine({ month: '2026-12' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '2026年12月的值班表尚未发布，发布后才能打印个人值班表。' },
    });
    await a.login(ARCHIVIST);
    for (const call of [a.api.duty.printMine, a.api.duty.exportMine])
      expect(await call({ month: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await a.asDirector();
  });
});

const shiftName = (x: Assignment) => (x.shift === 'D' ? '白班' : '夜班');
