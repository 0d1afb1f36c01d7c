import type { Db } from '../../electron/core/db/open';
import { CASE_SOURCES, keysOf, type Difficulty } from '../../shared/cases/codes';
import { monthsOf } from '../../shared/stats/months';
import { mulberry32 } from '../../electron/core/features/cases/cases.seed-random';

/**
 * Deterministic bulk cases written straight into the tables of migration 002
 * (cases + case_parties + case_serials; the FTS table is left empty, the
 * statistics never read it). For the statistics tests and the bench, where
 * going through `cases:create` for 100 000 cases would take minutes.
 */
export interface BulkCasesOptions {
  count: number;
  /** First and last month of registration, `YYYY-MM`. */
  from: string;
  to: string;
  /** Nothing is registered or closed after this local time (`YYYY-MM-DDTHH:mm`). */
  now: string;
  /** Months left empty (a 零报告 month). */
  skipMonths?: readonly string[];
  seed?: number;
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华志国红梅玉兰海燕'];
const PLACES = ['幸福里小区', '东风路菜市场', '滨河花园', '新村三组', '光明街道办', '育才路', '工业园区北门'];
const MATTERS = [
  '因楼上漏水导致楼下天花板受损，双方就维修费用分担产生争执',
  '因装修噪音扰民，邻里多次发生口角',
  '因拖欠工资三个月，劳动者要求用人单位支付',
  '因宅基地界址不清，两户就围墙位置发生争议',
  '因停车位被长期占用，业主与物业公司发生纠纷',
  '因买卖合同货款未付清，双方协商未果',
  '因交通事故赔偿金额分歧，双方要求调解',
  '因赡养老人费用分摊，兄弟姐妹之间发生矛盾',
];
const DIFFICULTY_DAYS: Record<Difficulty, number> = { simple: 3, general: 3, complex: 5, major: 0 };

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0).getDate();

/** Local `YYYY-MM-DDTHH:mm` of a Date and a day shift, without time-zone surprises. */
function shiftDays(isoMinute: string, days: number): string {
  const d = new Date(`${isoMinute}:00`);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${isoMinute.slice(11, 16)}`;
}

/** Writes `count` realistic cases with two parties each, in one transaction; returns how many. */
export function insertBulkCases(db: Db, o: BulkCasesOptions): number {
  // The demo seed's PRNG: the same sequence on every machine.
  const rand = mulberry32(o.seed ?? 20261124);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const skip = new Set(o.skipMonths ?? []);
  const months = monthsOf(o.from, o.to).filter((m) => !skip.has(m));
  const accounts = (db.prepare('SELECT id FROM accounts ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const categories = (
    db.prepare('SELECT id FROM case_categories ORDER BY sort').all() as { id: number }[]
  ).map((r) => r.id);
  const sources = keysOf(CASE_SOURCES);
  const serials = new Map(
    (db.prepare('SELECT year, last FROM case_serials').all() as { year: number; last: number }[]).map((r) => [
      r.year,
      r.last,
    ]),
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (code, registered_at, source, first_contact_id, handler_id, category_id, occurred_at, place,
       people_count, amount_cents, summary, demands, risk, difficulty, major, major_reasons, route, status, outcome,
       result, closed_at, deadline, party_names, updated_at)
     VALUES (@code, @registered_at, @source, @first_contact_id, @handler_id, @category_id, @occurred_at, @place,
       @people_count, @amount_cents, @summary, @demands, @risk, @difficulty, @major, @major_reasons, @route, @status,
       @outcome, @result, @closed_at, @deadline, @party_names, @updated_at)`,
  );
  const insertParty = db.prepare(
    `INSERT INTO case_parties (case_id, sort, kind, name, sex, age, phone, address)
     VALUES (?, ?, 'person', ?, ?, ?, ?, ?)`,
  );
  const saveSerial = db.prepare(
    'INSERT INTO case_serials (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last',
  );

  // Registration times first, sorted, so that codes follow the per-year serial in time order.
  const times: string[] = [];
  while (times.length < o.count) {
    // Busier in spring and autumn, as the centre's own figures are.
    const month = pick(months);
    const m = Number(month.slice(5, 7));
    if (rand() > 0.7 + 0.3 * Math.abs(Math.sin((m / 12) * Math.PI))) continue;
    const at = `${month}-${pad(1 + Math.floor(rand() * daysIn(month)))}T${pad(8 + Math.floor(rand() * 10))}:${pad(Math.floor(rand() * 60))}`;
    if (at <= o.now) times.push(at);
  }
  times.sort();

  db.transaction(() => {
    for (const registeredAt of times) {
      const year = Number(registeredAt.slice(0, 4));
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      const difficulty = pick([
        'simple',
        'simple',
        'general',
        'general',
        'general',
        'complex',
        'major',
      ] as const);
      const majorCase = difficulty === 'major' ? rand() < 0.5 : rand() < 0.02;
      // Legacy cases entered before the service promise have no deadline.
      const deadline =
        rand() < 0.03 ? null : shiftDays(registeredAt, DIFFICULTY_DAYS[difficulty]).slice(0, 10);
      const took = Math.floor(-Math.log(1 - rand()) * 3);
      const closedAt = shiftDays(registeredAt, took);
      const closed = rand() < 0.93 && closedAt <= o.now;
      const suspended = !closed && rand() < 0.1;
      const status = closed
        ? pick(['closed', 'followed_up', 'archived'] as const)
        : suspended
          ? 'suspended'
          : pick(['registered', 'accepted', 'in_progress', 'mediating'] as const);
      const r = rand();
      const outcome = closed ? (r < 0.78 ? 'resolved' : r < 0.92 ? 'guided' : 'transferred') : null;
      const names = [0, 1].map(() => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : ''));
      const info = insertCase.run({
        code: `${year}-${String(serial).padStart(6, '0')}`,
        registered_at: registeredAt,
        source: pick(sources),
        first_contact_id: pick(accounts),
        handler_id: rand() < 0.9 ? pick(accounts) : null,
        category_id: pick(categories),
        occurred_at: shiftDays(registeredAt, -Math.floor(rand() * 5)),
        place: pick(PLACES),
        people_count: 2 + Math.floor(rand() * 4),
        amount_cents: rand() < 0.55 ? null : Math.round(Math.exp(4.6 + rand() * 12)),
        summary: `${names[0]}与${names[1]}${pick(MATTERS)}，现场了解情况后登记受理。`,
        demands: rand() < 0.7 ? '请求依法依规协调解决' : null,
        risk: pick(['low', 'low', 'low', 'medium', 'medium', 'high'] as const),
        difficulty,
        major: majorCase ? 1 : 0,
        major_reasons: majorCase ? JSON.stringify([pick(['group10', 'amount', 'ownership'])]) : '[]',
        route: closed ? pick(['on_spot', 'mediation', 'referral', 'litigation'] as const) : null,
        status,
        outcome,
        result:
          outcome === 'resolved' ? '双方达成一致，当场履行' : outcome ? '已告知当事人其他解决途径' : null,
        closed_at: closed ? closedAt : null,
        deadline,
        party_names: names.join('、'),
        updated_at: closed ? closedAt : registeredAt,
      });
      const caseId = Number(info.lastInsertRowid);
      names.forEach((name, i) =>
        insertParty.run(
          caseId,
          i,
          name,
          rand() < 0.5 ? 'male' : 'female',
          20 + Math.floor(rand() * 60),
          `13${Math.floor(100000000 + rand() * 899999999)}`,
          `${pick(PLACES)}${1 + Math.floor(rand() * 30)}号`,
        ),
      );
    }
    for (const [year, last] of serials) saveSerial.run(year, last);
  })();
  return times.length;
}
