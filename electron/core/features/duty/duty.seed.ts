import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { addDays } from '../../../../shared/calendar/workdays';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { Assignment, Person } from '../../../../shared/duty/rules';
import { daysOf, isNight, type ShiftTemplate } from '../../../../shared/duty/shifts';
import { countsOf, validateRoster } from '../../../../shared/duty/validate';
import { appendAudit } from '../audit/audit.queries';
import { stmt } from '../cases/cases.queries';
import { Dice, mulberry32 } from '../cases/cases.seed-random';
import { addLeave, saveLeaders } from './duty.calendar';
import { previousMonth, publish, rosterContext, rosterOf, saveDraft } from './duty.roster';
import { decideSwap, requestSwap } from './duty.swaps';
import { rotateMonth } from './duty.seed-rotation';
import { dutyPeople, listTemplates } from './duty.setup';
import type { Balance } from './roster.solver';

export interface SeedDutyOptions {
  /** Published months, ending with next month's (published ahead, as a centre does). */
  months: number;
  now: Date;
  seed?: number;
}

export interface SeedDutyResult {
  first: string;
  last: string;
  months: number;
  people: number;
  /** Published versions in all: one a month, and one more for each approved swap. */
  versions: number;
  leave: number;
  approved: number;
  refused: number;
  waiting: number;
}

const LEAVE_REASONS = ['年休假', '病假', '事假', '家中有事', '陪护家人'] as const;
const TRAINING = ['参加区综治中心业务培训', '参加消防安全培训', '到派出所协助调取录像'] as const;
const SWAP_REASONS = [
  '家中老人就医',
  '孩子学校开家长会',
  '参加职称考试',
  '搬家',
  '身体不适',
  '亲戚婚礼',
] as const;
const REFUSALS = [
  '调换后休息不足，请另行协商',
  '当日另有安排，人手紧张',
  '请与本班组同事协商后再申请',
] as const;
const PUBLISH_NOTES = ['按月排班', '已征求值班员意见', '含节假日值班安排'] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const nextMonth = (month: string) => addDays(`${month}-28`, 7).slice(0, 7);

/**
 * The duty roster of the demo (domain.md, Module 4): `months` published
 * months for the people on duty, ending with next month's, each with its
 * leave, a 带班领导 for every day and, now and then, swaps and replacements the
 * director approved (each a new published version, as `decideSwap` makes it)
 * or refused; next month has one request still waiting. The centre ran two
 * 12-hour shifts until two years ago and three 8-hour shifts since, back on
 * two shifts in February and August. Months are rostered by a fast rotation
 * (duty.seed-rotation.ts; the solver would take seconds a month) and then go
 * through the app's own steps: leave by `addLeave`, 带班领导 by `saveLeaders`,
 * the draft by `saveDraft`, `publish` (which refuses a roster with issues),
 * `requestSwap` and `decideSwap`. Every roster is checked with
 * `validateRoster` first: a seeded month with an issue is a bug, not a demo.
 * Times are fixed from today's date, so the same seed on the same day gives the same rows.
 */
export function seedDutyRosters(db: Db, options: SeedDutyOptions): SeedDutyResult {
  const d = new Dice(mulberry32(options.seed ?? 20261205));
  const today = toLocalDate(options.now);
  // Nothing is dated after yesterday's office hours: a clock that runs on while seeding moves no row.
  const yesterday = addDays(today, -1);
  const cap = (at: string, hhmm: string) => (at < `${yesterday}T${hhmm}` ? at : `${yesterday}T${hhmm}`);

  const people = dutyPeople(db);
  const director = stmt(
    db,
    "SELECT id, display_name AS name FROM accounts WHERE role = 'director' AND disabled = 0 ORDER BY id LIMIT 1",
  ).get() as Person | undefined;
  if (!director) throw new Error('seedDutyRosters needs a director');
  const leaders = [
    director,
    ...(stmt(
      db,
      "SELECT id, display_name AS name FROM accounts WHERE role = 'staff' AND disabled = 0 ORDER BY id LIMIT 2",
    ).all() as Person[]),
  ].map((p, n) => ({ name: p.name, phone: `1390731${pad(20 + n * 17)}${pad(d.int(10, 99))}` }));
  const templates = listTemplates(db).filter((t) => !t.retired);
  const two = templates.find((t) => t.shifts.length === 2);
  const three = templates.find((t) => t.shifts.length === 3);
  if (!two || !three) throw new Error('seedDutyRosters needs the shipped two- and three-shift templates');

  const last = nextMonth(today.slice(0, 7));
  const months: string[] = [last];
  while (months.length < options.months) months.unshift(previousMonth(months[0]!));
  const result: SeedDutyResult = {
    first: months[0]!,
    last,
    months: months.length,
    people: people.length,
    versions: 0,
    leave: 0,
    approved: 0,
    refused: 0,
    waiting: 0,
  };
  const totals = new Map<number, Balance>();
  const actor = { id: director.id, name: `${director.name}（示范数据）` };

  months.forEach((month, k) => {
    const before = previousMonth(month);
    // Two 12-hour shifts until the last two years, three 8-hour shifts since — two again in the months
    // short of hands (the Spring Festival's February, August's summer leave).
    const chosen = months.length - k > 24 || ['02', '08'].includes(month.slice(5)) ? two : three;
    const template: ShiftTemplate = { name: chosen.name, shifts: chosen.shifts };
    const days = daysOf(month);
    writeTransaction(db, () => {
      // ——— leave, entered before the month is rostered ———
      const entered = cap(`${before}-10T09:30`, '09:00');
      const dayShift = template.shifts.find((s) => !isNight(s))!.key;
      for (const p of people) {
        const entries: { from: string; to: string; shift: string | null; reason: string }[] = [];
        if (d.chance(0.2)) {
          const from = d.int(1, days.length - 5);
          entries.push({
            from: days[from - 1]!,
            to: days[from - 1 + d.int(1, 4)]!,
            shift: null,
            reason: '年休假',
          });
        }
        if (d.chance(0.25)) {
          const day = days[d.int(0, days.length - 1)]!;
          entries.push({ from: day, to: day, shift: null, reason: d.pick(LEAVE_REASONS) });
        }
        if (d.chance(0.12)) {
          const day = days[d.int(0, days.length - 1)]!;
          entries.push({ from: day, to: day, shift: dayShift, reason: d.pick(TRAINING) });
        }
        for (const e of entries) addLeave(db, { accountId: p.id, ...e }, director.name, entered);
      }
      // ——— 带班领导: one a week in turn, every day named ———
      saveLeaders(
        db,
        month,
        days.map((date) => ({ date, ...leaders[Math.floor(dayNumber(date) / 7) % leaders.length]! })),
      );

      // ——— the roster: rotated, checked, drafted and published through the app's steps ———
      const ctx = rosterContext(db, month, template);
      let roster: Assignment[] | null = null;
      for (let attempt = 0; attempt < 20 && !roster; attempt++) roster = rotateMonth(ctx, totals, d);
      if (!roster) throw new Error(`示范值班表：${month} 轮换排不出（${people.length} 人）`);
      const issues = validateRoster(ctx, roster);
      if (issues.length)
        throw new Error(`示范值班表：${month} 有 ${issues.length} 处问题：${issues[0]!.message}`);
      const drafted = cap(`${before}-22T15:00`, '09:30');
      const published = cap(`${before}-25T10:00`, '10:00');
      saveDraft(db, month, template, roster, director.name, drafted);
      publish(db, month, d.pick(PUBLISH_NOTES), director.name, published);
      result.versions++;

      // ——— swaps and replacements asked for after publishing: some approved, some refused ———
      const isNext = month === last;
      const asks = isNext ? 1 : d.chance(0.55) ? d.int(1, 3) : 0;
      for (let n = 0; n < asks; n++) {
        const current = rosterOf(db, month, 'published')!;
        const wanted = isNext ? 'wait' : d.chance(0.7) ? 'approve' : 'refuse';
        const ask = swapRequest(d, db, month, current.assignments, people, wanted === 'approve');
        if (!ask) continue;
        const requested = cap(`${addDays(ask.date, -3)}T09:15`, '15:00');
        const from = people.find((p) => p.id === ask.fromId)!;
        const { id } = requestSwap(db, ask, { id: from.id, name: from.name, role: 'operator' }, requested);
        if (wanted === 'wait') {
          result.waiting++;
          continue;
        }
        const decided = cap(`${addDays(ask.date, -2)}T10:30`, '16:30');
        const approve = wanted === 'approve';
        decideSwap(db, { id, approve, note: approve ? undefined : d.pick(REFUSALS) }, director.name, decided);
        if (approve) {
          result.approved++;
          result.versions++;
        } else result.refused++;
      }

      const final = rosterOf(db, month, 'published')!;
      for (const c of countsOf(ctx, final.assignments)) {
        const t = totals.get(c.personId) ?? { nights: 0, offDays: 0, hours: 0 };
        totals.set(c.personId, {
          nights: t.nights + c.nights,
          offDays: t.offDays + c.offDays,
          hours: t.hours + c.hours,
        });
      }
      appendAudit(db, toLocalIso(options.now), actor, {
        action: 'duty.seed',
        entity: 'duty_roster',
        entityId: month,
        summary: `示范数据：发布 ${month} 值班表（${template.name}，${final.assignments.length} 人次，第 ${final.version} 版）`,
      });
    });
  });
  // Counted as stored: a sick day inside an annual leave is one day away, not two.
  result.leave = (
    stmt(db, 'SELECT count(*) AS n FROM duty_leave WHERE date >= ?').get(`${result.first}-01`) as {
      n: number;
    }
  ).n;
  return result;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

interface SwapAsk {
  month: string;
  kind: 'swap' | 'replace';
  date: string;
  shift: string;
  fromId: number;
  toId: number;
  otherDate?: string;
  otherShift?: string;
  reason: string;
}

/**
 * A swap or replacement someone might ask for. One meant for approval is
 * drawn until the roster after it breaks no rule (the check `decideSwap`
 * makes); one meant for refusal may be anything.
 */
function swapRequest(
  d: Dice,
  db: Db,
  month: string,
  assignments: readonly Assignment[],
  people: readonly Person[],
  valid: boolean,
): SwapAsk | null {
  const ctx = valid ? rosterContext(db, month, rosterOf(db, month, 'published')!.template) : null;
  for (let attempt = 0; attempt < 40; attempt++) {
    const mine = d.pick(assignments);
    const other = d.pick(people.filter((p) => p.id !== mine.personId));
    const theirs = assignments.filter((a) => a.personId === other.id);
    const swap = theirs.length > 0 && d.chance(0.6);
    const theirShift = swap ? d.pick(theirs) : null;
    const ask: SwapAsk = {
      month,
      kind: swap ? 'swap' : 'replace',
      date: mine.date,
      shift: mine.shift,
      fromId: mine.personId,
      toId: other.id,
      ...(theirShift ? { otherDate: theirShift.date, otherShift: theirShift.shift } : {}),
      reason: d.pick(SWAP_REASONS),
    };
    if (!ctx) return ask;
    const next = assignments.map((a) => {
      if (a === mine) return { ...a, personId: other.id };
      if (a === theirShift) return { ...a, personId: mine.personId };
      return a;
    });
    if (validateRoster(ctx, next).length === 0) return ask;
  }
  return null;
}
