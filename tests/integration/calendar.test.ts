import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarYear, DeadlinePreset } from '../../shared/calendar/schemas';
import type { CaseDetail } from '../../shared/cases/schemas';
import { value } from '../support/archive';
import { ledgerArchive, STAFF, type LedgerArchive } from '../support/ledger';

/** The 2027 National Day week as the director would enter it once the State Council publishes it. */
const NATIONAL_DAY_2027 = {
  year: 2027,
  holidays: ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
  workdays: ['2027-09-26', '2027-10-09'],
};

describe('节假日安排与办理期限', () => {
  let a: LedgerArchive;
  const get = async (id: number) => value(await a.call<CaseDetail>('cases:get', { id }));

  beforeAll(async () => {
    // Thursday 30 September 2027: a year chinese-days does not know yet.
    a = await ledgerArchive('2027-09-30T09:00:00');
  });
  afterAll(() => a.cleanup());

  it('reports each year with its source: official for 2026, statutory for 2027', async () => {
    const y2026 = value(await a.call<CalendarYear>('calendar:get-year', { year: 2026 }));
    expect(y2026.source).toBe('official');
    expect(y2026.holidays).toEqual(expect.arrayContaining(['2026-02-16', '2026-10-01', '2026-10-07']));
    expect(y2026.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-10-10']));
    expect(y2026.holidays).not.toContain('2026-02-21'); // a Saturday: not "a day off that would be a working day"
    expect(value(await a.call<CalendarYear>('calendar:get-year', { year: 2027 }))).toEqual({
      year: 2027,
      source: 'statutory',
      holidays: [
        '2027-01-01',
        '2027-02-05',
        '2027-02-08',
        '2027-04-05',
        '2027-06-09',
        '2027-09-15',
        '2027-10-01',
      ],
      workdays: [],
    });
  });

  it('moves open deadlines when the director enters the year, and back when it is removed', async () => {
    // Statutory 2027: only 1–3 October off, so three working days after 30 Sep end on Wednesday 6 Oct.
    const open = await a.create();
    expect(open.deadline).toBe('2027-10-06');
    const extended = await a.create();
    value(
      await a.call('cases:extend-deadline', {
        id: extended.id,
        deadline: '2027-10-08',
        reason: '当事人出差',
      }),
    );
    const closed = await a.create();
    value(
      await a.call('cases:transition', {
        id: closed.id,
        to: 'closed',
        outcome: 'resolved',
        result: '当场化解',
      }),
    );

    const saved = value(await a.call<CalendarYear>('calendar:save-year', NATIONAL_DAY_2027));
    expect(saved).toEqual({ ...NATIONAL_DAY_2027, source: 'director' });
    // 1–7 Oct off, Fri 8 and Sat 9 (调休) worked, then Monday 11.
    const moved = await get(open.id);
    expect(moved.deadline).toBe('2027-10-11');
    expect(moved.events.at(-1)).toMatchObject({
      kind: 'updated',
      note: '2027 年节假日安排变更，办理期限 2027-10-06 → 2027-10-11',
    });
    expect((await get(extended.id)).deadline).toBe('2027-10-08');
    expect((await get(closed.id)).deadline).toBe('2027-10-06');
    expect((await a.create()).deadline).toBe('2027-10-11');
    expect(value(await a.call<CalendarYear>('calendar:get-year', { year: 2027 })).source).toBe('director');

    const fallback = value(await a.call<CalendarYear>('calendar:remove-year', { year: 2027 }));
    expect(fallback.source).toBe('statutory');
    expect((await get(open.id)).deadline).toBe('2027-10-06');
    expect((await a.create()).deadline).toBe('2027-10-06');
  });

  it('audits each change of the calendar, naming the deadlines it moved', async () => {
    const { rows } = value(
      await a.call<{ rows: { action: string; summary: string }[] }>('audit:list', {
        page: 0,
        pageSize: 50,
        q: '节假日',
      }),
    );
    expect(rows.map((r) => r.summary)).toEqual([
      '删除主任录入的 2027 年节假日安排，改用法定节假日，重算 2 件在办案件的办理期限',
      '录入 2027 年节假日安排：放假 5 天，调休上班 2 天，重算 1 件在办案件的办理期限',
    ]);
    expect(value(await a.call<CalendarYear>('calendar:remove-year', { year: 2027 })).source).toBe(
      'statutory',
    );
    expect(await a.auditTotal('calendar.remove-year')).toBe(2);
  });

  it('refuses dates outside the year, and lets only the director change the calendar', async () => {
    expect(
      await a.call('calendar:save-year', { year: 2027, holidays: ['2028-01-03'], workdays: [] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await a.login(STAFF);
    expect(value(await a.call<CalendarYear>('calendar:get-year', { year: 2027 })).source).toBe('statutory');
    expect(await a.call('calendar:save-year', NATIONAL_DAY_2027)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await a.call('calendar:save-preset', { simple: 1, general: 1, complex: 1, major: 0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.asDirector();
  });

  it('keeps the deadline preset: the default of seed 001 until the director changes it, for new cases only', async () => {
    expect(value(await a.call<DeadlinePreset>('calendar:preset'))).toEqual({
      simple: 3,
      general: 3,
      complex: 5,
      major: 0,
    });
    const before = await a.create();
    const preset = value(
      await a.call<DeadlinePreset>('calendar:save-preset', { simple: 2, general: 4, complex: 6, major: 1 }),
    );
    expect(preset).toEqual({ simple: 2, general: 4, complex: 6, major: 1 });
    // Thu 30 Sep + 4 working days on the statutory calendar: 4, 5, 6, 7 October.
    expect((await a.create()).deadline).toBe('2027-10-07');
    expect((await get(before.id)).deadline).toBe('2027-10-06');
    const { rows } = value(
      await a.call<{ rows: { summary: string }[] }>('audit:list', {
        page: 0,
        pageSize: 1,
        action: 'calendar.save-preset',
      }),
    );
    expect(rows[0]!.summary).toBe(
      '修改办理期限预设：简单 3 → 2 个工作日；一般 3 → 4 个工作日；复杂 5 → 6 个工作日；重大疑难 0 → 1 个工作日',
    );
  });
});
