import loadHighs from 'highs';
import { infeasibilityReasons } from '../../../../shared/duty/feasibility';
import type { Assignment } from '../../../../shared/duty/rules';
import { instanceOf, monthInstances, type ShiftInstance } from '../../../../shared/duty/shifts';
import {
  countsOf,
  onLeave,
  weekOf,
  type PersonCounts,
  type RosterContext,
} from '../../../../shared/duty/validate';
import { addDays } from '../../../../shared/calendar/workdays';

/**
 * The month's roster as a mixed-integer programme, solved to proven
 * optimality by HiGHS (WebAssembly, in the job's thread). Hard: every shift
 * has exactly its head-count (more would only add hours, and no rule is ever
 * broken by taking a person off), leave, rest between shifts, no day shift
 * within 24 h after a night, nights in a row, shifts per week — with the
 * previous month's last week counted. Soft, in this order of weight: the
 * spread of night shifts, of weekend and holiday shifts, and of hours —
 * each person's distance from their fair share of the month (in proportion
 * to the days they are available) after their balance from earlier months.
 * The first try holds every spread at the least the month's averages allow,
 * so a roster that fits is fairest by that bound alone; the open search runs
 * only when none does.
 */

/** What a person did beyond (+) or short of (−) their fair share in earlier months. */
export interface Balance {
  nights: number;
  offDays: number;
  /** In hours. */
  hours: number;
}

export interface SolveInput {
  ctx: RosterContext;
  balances?: ReadonlyMap<number, Balance>;
  /** Seconds the solver may take before it returns the best roster found (not proven). */
  timeLimit?: number;
}

export type SolveResult =
  | {
      ok: true;
      roster: Assignment[];
      counts: PersonCounts[];
      /** Proven the fairest under the rules (HiGHS status Optimal, gap 0). */
      optimal: boolean;
      /** Most minus fewest (balances and leave counted): nights, weekend/holiday shifts, hours. */
      spread: { nights: number; offDays: number; hours: number };
    }
  | { ok: false; reasons: string[] };

/**
 * Weights of the objective, nearly lexicographic: one night more or less outweighs any spread of weekend
 * shifts, which outweighs any spread of hours (a month has under 1 000 hours per person).
 */
const WEIGHT = { nights: 1_000_000, offDays: 1_000, hours: 1 } as const;

let highsPromise: ReturnType<typeof loadHighs> | null = null;
const highs = () => (highsPromise ??= loadHighs());

interface Column {
  name: string;
  personId: number;
  instance: ShiftInstance;
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(6));
const sum = (terms: { coef: number; name: string }[]) =>
  terms.length
    ? terms
        .map(
          (t, i) =>
            `${i === 0 ? (t.coef < 0 ? '-' : '') : t.coef < 0 ? ' - ' : ' + '}${num(Math.abs(t.coef))} ${t.name}`,
        )
        .join('')
    : '0 zero';

export async function solveRoster({ ctx, balances, timeLimit = 30 }: SolveInput): Promise<SolveResult> {
  const reasons = infeasibilityReasons(ctx);
  if (reasons.length) return { ok: false, reasons };

  const instances = monthInstances(ctx.month, ctx.template, ctx.from);
  const byKey = new Map(ctx.template.shifts.map((s) => [s.key, s]));
  const rest = ctx.rules.minRestHours * 60;
  const prior = new Map<number, ShiftInstance[]>();
  for (const a of ctx.previous ?? []) {
    const s = byKey.get(a.shift);
    if (s) prior.set(a.personId, [...(prior.get(a.personId) ?? []), instanceOf(a.date, s)]);
  }
  // A shift the previous month's last week already rules out for a person gets no column.
  const clashesWithPrior = (personId: number, i: ShiftInstance) =>
    (prior.get(personId) ?? []).some(
      (p) =>
        i.start - p.end < rest ||
        (ctx.rules.noDayAfterNight && p.night && !i.night && i.start - p.end < 24 * 60),
    );

  const columns: Column[] = [];
  const byPerson = new Map<number, Column[]>();
  const byInstance = new Map<ShiftInstance, Column[]>();
  instances.forEach((instance, n) => {
    for (const p of ctx.people) {
      if (onLeave(ctx.leave, p.id, instance.date, instance.key) || clashesWithPrior(p.id, instance)) continue;
      const c: Column = { name: `x${p.id}_${n}`, personId: p.id, instance };
      columns.push(c);
      byPerson.set(p.id, [...(byPerson.get(p.id) ?? []), c]);
      byInstance.set(instance, [...(byInstance.get(instance) ?? []), c]);
    }
  });

  const rows: string[] = [];
  let r = 0;
  const row = (lhs: string, rel: string, rhs: number) => rows.push(` c${r++}: ${lhs} ${rel} ${num(rhs)}`);

  for (const i of instances)
    row(sum((byInstance.get(i) ?? []).map((c) => ({ coef: 1, name: c.name }))), '=', i.minStaff);

  const weekPrior = (personId: number, monday: string) =>
    (ctx.previous ?? []).filter((a) => a.personId === personId && weekOf(a.date) === monday).length;
  for (const p of ctx.people) {
    const mine = (byPerson.get(p.id) ?? []).sort((a, b) => a.instance.start - b.instance.start);
    // Rest: the shifts starting within one shift-plus-rest of each other exclude one another — one clique
    // row per shift (much tighter for the solver than a row per pair). The night-then-day rule adds pairs.
    const conflict = (x: ShiftInstance, y: ShiftInstance) => {
      const [a, b] = x.start <= y.start ? [x, y] : [y, x];
      const gap = b.start - a.end;
      return gap < rest || (ctx.rules.noDayAfterNight && a.night && !b.night && gap < 24 * 60);
    };
    for (let a = 0; a < mine.length; a++) {
      const x = mine[a]!.instance;
      const clique = [mine[a]!];
      for (let b = a + 1; b < mine.length && mine[b]!.instance.start < x.end + rest; b++)
        if (clique.every((c) => conflict(c.instance, mine[b]!.instance))) clique.push(mine[b]!);
      if (clique.length > 1) row(sum(clique.map((c) => ({ coef: 1, name: c.name }))), '<=', 1);
      for (let b = a + 1; b < mine.length; b++) {
        const y = mine[b]!.instance;
        if (y.start - x.end >= rest + 24 * 60) break;
        if (!clique.includes(mine[b]!) && conflict(x, y)) row(`${mine[a]!.name} + ${mine[b]!.name}`, '<=', 1);
      }
    }
    // Nights in a row: any k + 1 consecutive days hold at most k, the previous month's nights included.
    const k = ctx.rules.maxConsecutiveNights;
    const nightsOn = (date: string) => mine.filter((c) => c.instance.night && c.instance.date === date);
    const priorNight = (date: string) => (prior.get(p.id) ?? []).some((i) => i.night && i.date === date);
    const first = instances[0]!.date;
    for (let start = addDays(first, -k); start <= instances.at(-1)!.date; start = addDays(start, 1)) {
      const window = Array.from({ length: k + 1 }, (_, d) => addDays(start, d));
      const cols = window.flatMap(nightsOn);
      if (cols.length === 0) continue;
      const already = window.filter(priorNight).length;
      row(sum(cols.map((c) => ({ coef: 1, name: c.name }))), '<=', Math.max(0, k - already));
    }
    const weeks = new Map<string, Column[]>();
    for (const c of mine)
      weeks.set(weekOf(c.instance.date), [...(weeks.get(weekOf(c.instance.date)) ?? []), c]);
    for (const [monday, cols] of weeks)
      row(
        sum(cols.map((c) => ({ coef: 1, name: c.name }))),
        '<=',
        Math.max(0, ctx.rules.maxShiftsPerWeek - weekPrior(p.id, monday)),
      );
  }

  // Fairness: the spread (most − fewest) of each metric over the people, counting each one's balance from
  // earlier months and crediting leave with the share those days would have brought (rounded to whole units,
  // so the objective stays integral and HiGHS proves the optimum quickly).
  const days = new Set(instances.map((i) => i.date)).size;
  const leaveDays = (id: number) =>
    ctx.leave.filter((l) => l.personId === id && l.shift === null && l.date.startsWith(ctx.month)).length;
  // Hours are counted in units of the shifts' common length (8 h, 12 h …), so every total is a whole number.
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const unit = instances.reduce((g, i) => gcd(g, Math.round(i.hours * 60)), 0) / 60 || 1;
  const metrics = {
    nights: (i: ShiftInstance) => (i.night ? 1 : 0),
    offDays: (i: ShiftInstance) => (ctx.isOffDay(i.date) ? 1 : 0),
    hours: (i: ShiftInstance) => Math.round(i.hours / unit),
  } as const;
  const objective: string[] = [];
  /** Each spread from its least possible value up (the search's own bounds), or held at it (the first try). */
  const open: string[] = [];
  const least: string[] = [];
  const integers: string[] = [];
  for (const [m, of] of Object.entries(metrics) as [keyof typeof metrics, (i: ShiftInstance) => number][]) {
    const total = instances.reduce((n, i) => n + of(i) * i.minStaff, 0);
    const perPersonDay = total / (days * ctx.people.length);
    objective.push(`${num(WEIGHT[m])} hi_${m} - ${num(WEIGHT[m])} lo_${m}`);
    const bases = ctx.people.map((p) =>
      Math.round(
        (balances?.get(p.id)?.[m] ?? 0) / (m === 'hours' ? unit : 1) + leaveDays(p.id) * perPersonDay,
      ),
    );
    // Every shift has exactly its head-count, so the people's totals (bases included) add up to the same sum
    // whatever the roster: the most is at least their average rounded up, the fewest at most it rounded down.
    // The LP relaxation starts from that bound, the one a person would work out by hand.
    const average = (bases.reduce((a, b) => a + b, 0) + total) / ctx.people.length;
    open.push(
      ` -1000000 <= lo_${m} <= ${Math.floor(average)}`,
      ` ${Math.ceil(average)} <= hi_${m} <= 1000000`,
    );
    least.push(` lo_${m} = ${Math.floor(average)}`, ` hi_${m} = ${Math.ceil(average)}`);
    integers.push(`lo_${m}`, `hi_${m}`);
    for (const [n, p] of ctx.people.entries()) {
      const base = bases[n]!;
      const terms = (byPerson.get(p.id) ?? [])
        .filter((c) => of(c.instance) !== 0)
        .map((c) => ({ coef: of(c.instance), name: c.name }));
      row(`${sum(terms)} - hi_${m}`, '<=', -base);
      row(`${sum(terms)} - lo_${m}`, '>=', -base);
    }
  }
  const lp = (bounds: string[]) =>
    [
      'Minimize',
      ` obj: ${objective.join(' + ')}`,
      'Subject To',
      ...rows,
      'Bounds',
      ...bounds,
      ' zero = 0',
      'Binary',
      ...columns.map((c) => ` ${c.name}`),
      'General',
      ...integers.map((v) => ` ${v}`),
      'End',
    ].join('\n');

  // First every spread held at that least value: any roster that fits is then proven fairest by the bound
  // alone, and HiGHS stops at the first one it finds (about half the time of the open search, and less when
  // cold, as every job's thread is). Only when none fits — or none turns up in half the time — does the
  // open search run, with the rest of the time.
  const solver = await highs();
  const started = performance.now();
  const options = { output_flag: false, mip_rel_gap: 0 };
  const first = solver.solve(lp(least), { ...options, time_limit: timeLimit / 2 });
  const result =
    first.Status === 'Optimal'
      ? first
      : solver.solve(lp(open), {
          ...options,
          time_limit: Math.max(1, timeLimit - (performance.now() - started) / 1000),
        });
  if (
    result.Status === 'Infeasible' ||
    !('Columns' in result) ||
    (result.Status !== 'Optimal' && result.Status !== 'Time limit reached')
  )
    return {
      ok: false,
      reasons: [
        `在现行规则下排不出本月值班表（休息不少于 ${ctx.rules.minRestHours} 小时、${ctx.rules.noDayAfterNight ? '夜班后不接白班、' : ''}连续夜班不超过 ${ctx.rules.maxConsecutiveNights} 个、每周不超过 ${ctx.rules.maxShiftsPerWeek} 个班，并避开请假）。请增加值班员、减少请假，或放宽上述规则。`,
      ],
    };
  const roster: Assignment[] = columns
    .filter(
      (c) =>
        (result.Columns[c.name] as { Primal?: number } | undefined)?.Primal !== undefined &&
        (result.Columns[c.name] as { Primal: number }).Primal > 0.5,
    )
    .map((c) => ({ date: c.instance.date, shift: c.instance.key, personId: c.personId }));
  if (roster.length === 0 && instances.length > 0)
    return { ok: false, reasons: ['求解器在时限内没有找到可行的值班表，请放宽规则后重试。'] };
  const value = (name: string) => (result.Columns[name] as { Primal?: number } | undefined)?.Primal ?? 0;
  return {
    ok: true,
    roster,
    counts: countsOf(ctx, roster),
    optimal: result.Status === 'Optimal',
    spread: {
      nights: value('hi_nights') - value('lo_nights'),
      offDays: value('hi_offDays') - value('lo_offDays'),
      hours: (value('hi_hours') - value('lo_hours')) * unit,
    },
  };
}
