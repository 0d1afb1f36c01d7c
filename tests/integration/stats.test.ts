import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStats, caseStatsResponsive } from '../../electron/core/features/stats/stats.queries';
import type { Db } from '../../electron/core/db/open';
import type { FileOutput } from '../../shared/api/contract';
import type { AuditPage } from '../../shared/audit/schemas';
import { CASE_SOURCES, DIFFICULTIES, OUTCOMES, RISK_LEVELS } from '../../shared/cases/codes';
import { closedOnTime } from '../../shared/cases/deadline';
import type { CaseStats, PeriodFigures } from '../../shared/stats/schemas';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { insertBulkCases } from '../support/caseRows';
import { createAccountInUse } from '../support/accounts';
import { openDirect } from '../support/directDb';

/** The archive's cases as plain rows, for the naive recount. */
interface Row {
  registered_at: string;
  source: string;
  category_id: number;
  difficulty: string;
  risk: string;
  major: number;
  outcome: string | null;
  closed_at: string | null;
  deadline: string | null;
  amount_cents: number | null;
}
interface CategoryRow {
  id: number;
  label: string;
  active: number;
}

const EMPTY_MONTH = '2025-07';
const PEOPLE = {
  staff: { username: 'staff01', password: 'staff-pass-1', displayName: '李婷', role: 'staff' },
  operator: { username: 'operator01', password: 'operator-pass-1', displayName: '张值班', role: 'operator' },
  archivist: {
    username: 'archivist01',
    password: 'archivist-pass-1',
    displayName: '赵档案',
    role: 'archivist',
  },
} as const;

/** Every month from…to, counted by hand (not with the module under test). */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) return out;
    out.push(month);
    if (++m === 13) [y, m] = [y + 1, 1];
  }
}

/** The statistics recounted the plain way: a filter and a loop over every row of the archive. */
function naive(
  rows: readonly Row[],
  categories: readonly CategoryRow[],
  period: [string, string],
  previous: [string, string],
  lastYear: [string, string],
): CaseStats {
  const of = ([from, to]: [string, string]) =>
    rows.filter((r) => r.registered_at.slice(0, 7) >= from && r.registered_at.slice(0, 7) <= to);
  const figures = (range: [string, string]): PeriodFigures => {
    const rs = of(range);
    const closed = rs.filter((r) => r.closed_at !== null);
    const resolved = closed.filter((r) => r.outcome === 'resolved').length;
    const onTime = closed.filter((r) => closedOnTime(r.deadline, r.closed_at!.slice(0, 10))).length;
    return {
      from: range[0],
      to: range[1],
      total: rs.length,
      closed: closed.length,
      resolved,
      successRate: closed.length ? resolved / closed.length : null,
      closedOnTime: onTime,
      onTimeRate: closed.length ? onTime / closed.length : null,
      amountTotal: rs.reduce((n, r) => n + (r.amount_cents ?? 0), 0) / 100,
      major: rs.filter((r) => r.major === 1).length,
    };
  };
  const rs = of(period);
  const count = (pred: (r: Row) => boolean) => rs.filter(pred).length;
  const p = figures(period);
  return {
    period: p,
    previous: figures(previous),
    lastYear: figures(lastYear),
    byCategory: categories
      .map((c) => ({
        key: String(c.id),
        label: c.label,
        count: count((r) => r.category_id === c.id),
        active: c.active,
      }))
      .filter((c) => c.active === 1 || c.count > 0)
      .map(({ key, label, count: n }) => ({ key, label, count: n })),
    bySource: Object.entries(CASE_SOURCES).map(([key, label]) => ({
      key,
      label,
      count: count((r) => r.source === key),
    })),
    byDifficulty: Object.entries(DIFFICULTIES).map(([key, label]) => ({
      key,
      label,
      count: count((r) => r.difficulty === key),
    })),
    byRisk: Object.entries(RISK_LEVELS).map(([key, label]) => ({
      key,
      label,
      count: count((r) => r.risk === key),
    })),
    byOutcome: [
      ...Object.entries(OUTCOMES).map(([key, label]) => ({
        key,
        label,
        count: count((r) => r.closed_at !== null && r.outcome === key),
      })),
      { key: 'pending', label: '未办结', count: count((r) => r.closed_at === null) },
    ],
    byMonth: months(...period).map((month) => {
      const ms = rs.filter((r) => r.registered_at.startsWith(month));
      return {
        month,
        total: ms.length,
        closed: ms.filter((r) => r.closed_at !== null).length,
        resolved: ms.filter((r) => r.closed_at !== null && r.outcome === 'resolved').length,
      };
    }),
    zeroReport: rs.length === 0,
  };
}

/** The workbook's rows as plain values (merged cells repeat their value; only the first column is read for labels). */
async function readXlsx(file: FileOutput): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return Array.from(rows, (r) => r ?? []);
}

/** The label → count lines of one section of the workbook ("二、按纠纷类型" …), without its 合计. */
function section(rows: unknown[][], heading: string): Record<string, unknown> {
  const start = rows.findIndex((r) => r[0] === heading);
  expect(start, heading).toBeGreaterThan(0);
  const out: Record<string, unknown> = {};
  for (const r of rows.slice(start + 2)) {
    if (!r.length || r[0] === undefined || r[0] === '合计') break;
    out[String(r[0])] = r[1];
  }
  return out;
}

describe('统计：每月矛盾纠纷排查调处情况', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let db: Db;
  let rows: Row[];
  let categories: CategoryRow[];
  const stats = async (from: string, to = from) =>
    value(await a.call<CaseStats>('stats:cases', { from, to }));

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock('2026-11-24T09:00:00') });
    for (const p of Object.values(PEOPLE)) await createAccountInUse(a.call, p);
    db = await openDirect(a.dir);
    const n = insertBulkCases(db, {
      count: 4000,
      from: '2024-11',
      to: '2026-11',
      now: '2026-11-24T09:00',
      skipMonths: [EMPTY_MONTH],
    });
    expect(n).toBe(4000);
    db.exec(`
      -- The edges of a month: the last minute of December, the first of January.
      UPDATE cases SET registered_at = '2025-12-31T23:59' WHERE id = (SELECT min(id) FROM cases WHERE registered_at LIKE '2025-12-2%');
      UPDATE cases SET registered_at = '2026-01-01T00:00' WHERE id = (SELECT min(id) FROM cases WHERE registered_at LIKE '2026-01-1%');
      -- Closed on its deadline day in the evening (on time), and the morning after (late).
      UPDATE cases SET deadline = '2026-01-20', closed_at = '2026-01-20T23:30', status = 'closed', outcome = 'resolved'
        WHERE id = (SELECT min(id) FROM cases WHERE registered_at LIKE '2026-01-15%');
      UPDATE cases SET deadline = '2026-01-20', closed_at = '2026-01-21T08:00', status = 'closed', outcome = 'guided'
        WHERE id = (SELECT max(id) FROM cases WHERE registered_at LIKE '2026-01-15%');
      -- A retired category that still has cases, a retired one without, a new one without.
      UPDATE case_categories SET active = 0 WHERE label = '其他纠纷';
      INSERT INTO case_categories (label, sort, active) VALUES ('已停用纠纷', 90, 0), ('新设纠纷', 91, 1);
    `);
    rows = db
      .prepare(
        `SELECT registered_at, source, category_id, difficulty, risk, major, outcome, closed_at, deadline, amount_cents
         FROM cases`,
      )
      .all() as Row[];
    categories = db
      .prepare('SELECT id, label, active FROM case_categories ORDER BY sort, id')
      .all() as CategoryRow[];
    // The dataset has what the rules are about.
    expect(rows.some((r) => r.closed_at !== null && r.deadline === null)).toBe(true);
    expect(rows.some((r) => r.closed_at === null)).toBe(true);
    expect(rows.some((r) => r.amount_cents === null)).toBe(true);
  });

  afterAll(() => {
    db.close();
    a.cleanup();
  });

  it('a month: every figure equals a recount over all rows; 环比 and 同比 cross the year boundary', async () => {
    const s = await stats('2026-01');
    expect(s).toEqual(
      naive(rows, categories, ['2026-01', '2026-01'], ['2025-12', '2025-12'], ['2025-01', '2025-01']),
    );
    expect(s.previous).toMatchObject({ from: '2025-12', to: '2025-12' });
    expect(s.lastYear).toMatchObject({ from: '2025-01', to: '2025-01' });
    expect(s.period.total).toBeGreaterThan(100);
    expect(s.zeroReport).toBe(false);
    // The breakdowns add up to 受理总数.
    for (const counts of [s.byCategory, s.bySource, s.byDifficulty, s.byRisk, s.byOutcome])
      expect(counts.reduce((n, c) => n + c.count, 0)).toBe(s.period.total);
  });

  it('a year: every figure equals the recount, with one line per month', async () => {
    const s = await stats('2025-01', '2025-12');
    expect(s).toEqual(
      naive(rows, categories, ['2025-01', '2025-12'], ['2024-01', '2024-12'], ['2024-01', '2024-12']),
    );
    expect(s.byMonth.map((m) => m.month)).toEqual(months('2025-01', '2025-12'));
    expect(s.byMonth.find((m) => m.month === EMPTY_MONTH)).toEqual({
      month: EMPTY_MONTH,
      total: 0,
      closed: 0,
      resolved: 0,
    });
  });

  it('a range across New Year compares with the months just before and the same months a year earlier', async () => {
    const s = await stats('2025-11', '2026-02');
    expect(s).toEqual(
      naive(rows, categories, ['2025-11', '2026-02'], ['2025-07', '2025-10'], ['2024-11', '2025-02']),
    );
  });

  it('lists active categories with zeros, and a retired one only while the period has its cases', async () => {
    const s = await stats('2026-01');
    const labels = s.byCategory.map((c) => c.label);
    expect(labels).toContain('新设纠纷');
    expect(s.byCategory.find((c) => c.label === '新设纠纷')!.count).toBe(0);
    expect(labels).not.toContain('已停用纠纷');
    expect(s.byCategory.find((c) => c.label === '其他纠纷')!.count).toBeGreaterThan(0);
    expect((await stats(EMPTY_MONTH)).byCategory.map((c) => c.label)).not.toContain('其他纠纷');
  });

  it('a month without any case is a 零报告 with zero figures', async () => {
    for (const month of [EMPTY_MONTH, '2020-05']) {
      const s = await stats(month);
      expect(s.zeroReport).toBe(true);
      expect(s.period).toEqual({
        from: month,
        to: month,
        total: 0,
        closed: 0,
        resolved: 0,
        successRate: null,
        closedOnTime: 0,
        onTimeRate: null,
        amountTotal: 0,
        major: 0,
      });
      for (const counts of [s.byCategory, s.bySource, s.byDifficulty, s.byRisk, s.byOutcome])
        expect(counts.every((c) => c.count === 0)).toBe(true);
      expect(s.byMonth).toEqual([{ month, total: 0, closed: 0, resolved: 0 }]);
    }
    // The month after an empty one compares with nothing: no rate of change to invent.
    expect((await stats('2025-08')).previous.total).toBe(0);
  });

  it('refuses a period that ends before it starts, or a month that is not one', async () => {
    expect(await a.call('stats:cases', { from: '2026-03', to: '2026-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: '截止月份不能早于起始月份' } },
    });
    expect(await a.call('stats:cases', { from: '2026-13', to: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await a.call('stats:export-cases', { from: '2016-01', to: '2026-12' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('gives the same figures read directly (command line) and in slices that let the event loop run', async () => {
    const input = { from: '2025-06', to: '2026-03' };
    const api = await stats(input.from, input.to);
    expect(caseStats(db, input)).toEqual(api);
    let ticked = false;
    setImmediate(() => (ticked = true));
    const sliced = caseStatsResponsive(db, input, 0);
    expect(ticked).toBe(false);
    expect(await sliced).toEqual(api);
    expect(ticked).toBe(true);
    expect(db.inTransaction).toBe(false);
  });

  it('exports the same numbers as .xlsx, with the centre, the period and an audit record', async () => {
    const s = await stats('2026-01');
    const before = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 5, action: 'stats.export' }),
    ).total;
    const file = value(await a.call<FileOutput>('stats:export-cases', { from: '2026-01', to: '2026-01' }));
    expect(file.fileName).toBe('矛盾纠纷排查调处情况统计表-2026年1月.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await readXlsx(file);
    expect(sheet[0]![0]).toBe('矛盾纠纷排查调处情况统计表');
    expect(String(sheet[1]![0])).toContain(`填报单位：${CENTRE.centreName}`);
    expect(String(sheet[1]![0])).toContain('统计期间：2026年1月');
    expect(sheet.flat()).not.toContain('本期无矛盾纠纷，零报告。');

    const line = (label: string) => sheet.find((r) => r[0] === label)!;
    const { period: p, previous: prev, lastYear: last } = s;
    expect(line('受理总数').slice(1, 6)).toEqual([
      p.total,
      prev.total,
      (p.total - prev.total) / prev.total,
      last.total,
      (p.total - last.total) / last.total,
    ]);
    expect(line('办结数').slice(1, 3)).toEqual([p.closed, prev.closed]);
    expect(line('化解成功数').slice(1, 3)).toEqual([p.resolved, prev.resolved]);
    expect(line('化解成功率')[1]).toBeCloseTo(p.successRate!, 12);
    expect(line('化解成功率')[3]).toBeCloseTo((p.successRate! - prev.successRate!) * 100, 9);
    expect(line('按期办结率')[1]).toBeCloseTo(p.onTimeRate!, 12);
    expect(line('涉及金额（元）')[1]).toBe(p.amountTotal);
    expect(line('重大纠纷数')[1]).toBe(p.major);
    expect(section(sheet, '二、按纠纷类型')).toEqual(
      Object.fromEntries(s.byCategory.map((c) => [c.label, c.count])),
    );
    expect(section(sheet, '三、按来源')).toEqual(
      Object.fromEntries(s.bySource.map((c) => [c.label, c.count])),
    );
    expect(section(sheet, '四、按难易程度')).toEqual(
      Object.fromEntries(s.byDifficulty.map((c) => [c.label, c.count])),
    );
    expect(section(sheet, '六、按办理结果')).toEqual(
      Object.fromEntries(s.byOutcome.map((c) => [c.label, c.count])),
    );

    const audit = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 5, action: 'stats.export' }),
    );
    expect(audit.total).toBe(before + 1);
    expect(audit.rows[0]).toMatchObject({ actorName: DIRECTOR.displayName, entity: 'stats' });
    expect(audit.rows[0]!.summary).toContain('2026年1月');
  });

  it('exports the 零报告 line for an empty month, with zeros and no invented rates', async () => {
    const file = value(
      await a.call<FileOutput>('stats:export-cases', { from: EMPTY_MONTH, to: EMPTY_MONTH }),
    );
    const sheet = await readXlsx(file);
    expect(sheet.flat()).toContain('本期无矛盾纠纷，零报告。');
    const line = (label: string) => sheet.find((r) => r[0] === label)!;
    expect(line('受理总数')[1]).toBe(0);
    expect(line('化解成功率')[1]).toBe('—');
    expect(Object.values(section(sheet, '二、按纠纷类型')).every((n) => n === 0)).toBe(true);
  });

  it('is open to the director and staff only', async () => {
    const input = { from: '2026-01', to: '2026-01' };
    for (const role of ['operator', 'archivist'] as const) {
      value(
        await a.call('session:login', { username: PEOPLE[role].username, password: PEOPLE[role].password }),
      );
      for (const channel of ['stats:cases', 'stats:export-cases'])
        expect(await a.call(channel, input), `${role} ${channel}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
    }
    value(
      await a.call('session:login', { username: PEOPLE.staff.username, password: PEOPLE.staff.password }),
    );
    expect(value(await a.call<CaseStats>('stats:cases', input)).period.total).toBeGreaterThan(0);
    value(await a.call('session:login', { username: DIRECTOR.username, password: DIRECTOR.password }));
  });
});
