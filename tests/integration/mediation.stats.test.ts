import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../shared/api/contract';
import { section, sheetRows } from '../support/workbook';
import type { MediationDetail, MediationStats } from '../../shared/mediation/schemas';
import { value } from '../support/archive';
import { ledgerArchive, OPERATOR, type LedgerArchive } from '../support/ledger';
import { mediationCalls, TWO_PERSONS } from '../support/mediation';

/** 邻里纠纷 and 房屋宅基地纠纷 (the default categories 2 and 3). */
const NEIGHBOURS = { id: 2, label: '邻里纠纷' };
const HOUSING = { id: 3, label: '房屋宅基地纠纷' };
const THREE_PARTIES = [
  ...TWO_PERSONS,
  {
    kind: 'organisation' as const,
    name: '锦华物业服务有限公司',
    representative: '刘堃',
    representativeTitle: '项目经理',
  },
];

/**
 * The monthly mediation statistics (domain.md, Module 2) over mediations made
 * through the API on a moving test clock: one a year before the period, two
 * opened the month before (one signed then, one signed in the period), and in
 * the period a three-party agreement corrected once, a terminated mediation and
 * one still open.
 */
describe('人民调解：每月统计与导出', () => {
  let a: LedgerArchive;
  let m: ReturnType<typeof mediationCalls>;
  const at = async (iso: string) => {
    a.clock.set(iso);
    // The idle lock closed the session while the clock jumped.
    await a.asDirector();
  };
  const open = async (
    categoryId: number,
    source: 'initiative' | 'application' | 'referral',
    parties = TWO_PERSONS,
  ) => {
    const c = await a.create({ categoryId, parties });
    return m.open(c.id, { source, intakeForm: source === 'application' ? 'application' : 'register' });
  };
  const sitting = (mediationId: number, day: string) =>
    a.call('mediation:save-session', {
      mediationId,
      // Before the clock's 09:00 that day: a sitting is recorded once it has taken place.
      startedAt: `${day}T08:00`,
      endedAt: `${day}T08:50`,
      place: '社区人民调解室',
      steps: { persuasion: '释法说理，双方同意协商解决。' },
      outcome: '双方达成一致意见。',
    });
  /** A written agreement of `amount` yuan, printed in full and signed on `day`. */
  const signWritten = async (mediationId: number, amount: number, day: string) => {
    const draft = (await m.agreement(mediationId, { amount })).agreements[0]!;
    await m.print(draft.id);
    return m.sign(draft.id, day);
  };
  const stats = async (from: string, to = from) =>
    value(await a.call<MediationStats>('mediation:stats', { from, to }));

  beforeAll(async () => {
    a = await ledgerArchive('2025-11-10T09:00:00');
    m = mediationCalls(a);

    // A year earlier: accepted and signed in 2025-11, 1 000 yuan.
    const lastYear = await open(NEIGHBOURS.id, 'initiative');
    value(await sitting(lastYear.id, '2025-11-10'));
    await signWritten(lastYear.id, 1000, '2025-11-10');

    // The month before: an oral agreement signed at once (500 yuan); another opened, signed next month.
    await at('2026-10-15T09:00:00');
    const oral = await open(NEIGHBOURS.id, 'referral');
    const oralDraft = (await m.agreement(oral.id, { kind: 'oral', amount: 500 })).agreements[0]!;
    await m.sign(oralDraft.id, '2026-10-15');
    const late = await open(HOUSING.id, 'application');

    // The period, 2026-11.
    await at('2026-11-24T09:00:00');
    await signWritten(late.id, 2000, '2026-11-24');
    // Three parties (一式四份), signed, then corrected to 3 500 yuan: still one success, counted with the
    // amount as first signed, so a month already reported upward does not change.
    const three = await open(NEIGHBOURS.id, 'application', THREE_PARTIES);
    value(await sitting(three.id, '2026-11-24'));
    const signed = await signWritten(three.id, 3000, '2026-11-24');
    expect(signed.agreements[0]!.copies).toBe(4);
    const corrected = value(
      await a.call<MediationDetail>('mediation:correct-agreement', {
        agreementId: signed.agreements[0]!.id,
        reason: '赔偿金额笔误',
      }),
    );
    const v2 = corrected.agreements[0]!;
    await m.agreement(three.id, { agreementId: v2.id, amount: 3500 });
    await m.print(v2.id);
    await m.sign(v2.id, '2026-11-24');
    value(await a.call('mediation:close', { id: three.id, retention: 'D30', preventedCriminal: true }));
    // Terminated (人民调解法第26条) and filed, kept from a mass petition.
    const ended = await open(HOUSING.id, 'initiative');
    value(
      await a.call('mediation:terminate', {
        id: ended.id,
        reason: '一方当事人明确表示不再接受调解',
        informed: true,
      }),
    );
    value(await a.call('mediation:close', { id: ended.id, retention: 'D10', preventedPetition: true }));
    // Still under way.
    await open(NEIGHBOURS.id, 'referral');
  }, 120_000);

  afterAll(() => a.cleanup());

  it('counts the month: 受理, 调解成功, 终止, 成功率, 协议金额 as first signed, 防止民转刑 / 防止群体性上访', async () => {
    const s = await stats('2026-11');
    expect(s.period).toEqual({
      from: '2026-11',
      to: '2026-11',
      accepted: 3,
      succeeded: 2,
      terminated: 1,
      successRate: 2 / 3,
      amountTotal: 5000,
      preventedCriminal: 1,
      preventedPetition: 1,
    });
    expect(s.bySource).toEqual([
      { key: 'initiative', label: '主动调解', count: 1 },
      { key: 'application', label: '申请调解', count: 1 },
      { key: 'referral', label: '接受委托移送', count: 1 },
    ]);
    // Every active category is listed (zeros included); successes are those dated in the period, so the
    // table adds up to 调解成功数 (the housing case was opened in October and signed in November).
    expect(s.byCategory.length).toBeGreaterThan(2);
    expect(s.byCategory.filter((c) => c.count || c.succeeded)).toEqual([
      { key: String(NEIGHBOURS.id), label: NEIGHBOURS.label, count: 2, succeeded: 1 },
      { key: String(HOUSING.id), label: HOUSING.label, count: 1, succeeded: 1 },
    ]);
    expect(s.byCategory.reduce((n, c) => n + c.succeeded, 0)).toBe(s.period.succeeded);
    expect(s.byMonth).toEqual([{ month: '2026-11', accepted: 3, succeeded: 2 }]);
  });

  it('compares with the month before (环比) and the same month last year (同比)', async () => {
    const s = await stats('2026-11');
    expect(s.previous).toEqual({
      from: '2026-10',
      to: '2026-10',
      accepted: 2,
      succeeded: 1,
      terminated: 0,
      successRate: 1,
      amountTotal: 500,
      preventedCriminal: 0,
      preventedPetition: 0,
    });
    expect(s.lastYear).toEqual({
      from: '2025-11',
      to: '2025-11',
      accepted: 1,
      succeeded: 1,
      terminated: 0,
      successRate: 1,
      amountTotal: 1000,
      preventedCriminal: 0,
      preventedPetition: 0,
    });
    // The previous month seen as a period of its own gives the same figures.
    expect((await stats('2026-10')).period).toEqual(s.previous);
  });

  it('a range of months: one line per month, the same length before and a year earlier', async () => {
    const s = await stats('2026-10', '2026-11');
    expect(s.period).toMatchObject({ accepted: 5, succeeded: 3, terminated: 1, amountTotal: 5500 });
    expect(s.period.successRate).toBeCloseTo(3 / 4, 12);
    expect(s.byMonth).toEqual([
      { month: '2026-10', accepted: 2, succeeded: 1 },
      { month: '2026-11', accepted: 3, succeeded: 2 },
    ]);
    expect(s.previous).toMatchObject({ from: '2026-08', to: '2026-09', accepted: 0, successRate: null });
    expect(s.lastYear).toMatchObject({ from: '2025-10', to: '2025-11', accepted: 1, succeeded: 1 });
    expect(s.byCategory.filter((c) => c.count || c.succeeded)).toEqual([
      { key: String(NEIGHBOURS.id), label: NEIGHBOURS.label, count: 3, succeeded: 2 },
      { key: String(HOUSING.id), label: HOUSING.label, count: 2, succeeded: 1 },
    ]);
  });

  it('exports the 人民调解 sheet beside the 统计表, with 环比 and 同比', async () => {
    const file = value(await a.call<FileOutput>('stats:export-cases', { from: '2026-11', to: '2026-11' }));
    const { names, rows } = await sheetRows(file, '人民调解');
    expect(names).toEqual(['统计表', '人民调解', '档案借阅', '视频监控值班']);
    expect(rows[0]![0]).toBe('人民调解工作情况统计表');
    expect(String(rows[1]![0])).toContain('统计期间：2026年11月');
    const summary = section(rows, '一、总体情况');
    // 本期, 上期, 环比, 去年同期, 同比.
    expect(summary['受理数']).toEqual([3, 2, 0.5, 1, 2]);
    expect(summary['调解成功数']).toEqual([2, 1, 1, 1, 1]);
    expect(summary['调解终止数']).toEqual([1, 0, '—', 0, '—']);
    const rate = summary['调解成功率']!;
    expect(rate[0]).toBeCloseTo(2 / 3, 12);
    expect(rate[1]).toBe(1);
    expect(rate[2]).toBeCloseTo((2 / 3 - 1) * 100, 9);
    expect(rate[4]).toBeCloseTo((2 / 3 - 1) * 100, 9);
    expect(summary['协议涉及金额（元）']).toEqual([5000, 500, 9, 1000, 4]);
    expect(summary['防止民转刑']).toEqual([1, 0, '—', 0, '—']);
    expect(summary['防止群体性上访']).toEqual([1, 0, '—', 0, '—']);
    const sources = section(rows, '二、按调解来源');
    expect(sources['主动调解']!.slice(0, 2)).toEqual([1, 1 / 3]);
    expect(sources['申请调解']![0]).toBe(1);
    expect(sources['接受委托移送']![0]).toBe(1);
    expect(sources['合计']!.slice(0, 2)).toEqual([3, 1]);
    expect(section(rows, '三、按纠纷类型')).toMatchObject({
      [NEIGHBOURS.label]: [2, 1],
      [HOUSING.label]: [1, 1],
      合计: [3, 2],
    });
    expect(section(rows, '四、按月份')).toEqual({ '2026年11月': [3, 2] });
  });

  it('is open to the director and staff only', async () => {
    await a.login(OPERATOR);
    expect(await a.call('mediation:stats', { from: '2026-11', to: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.asDirector();
  });
});
