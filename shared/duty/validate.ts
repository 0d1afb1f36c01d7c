import { addDays } from '../calendar/workdays';
import type { Assignment, Leave, Person, RosterRules } from './rules';
import {
  clockOf,
  dayLabel,
  instanceOf,
  monthInstances,
  shiftLabel,
  templateGaps,
  type ShiftDef,
  type ShiftInstance,
  type ShiftTemplate,
} from './shifts';

/**
 * The roster validator: runs on every edit of the month grid (budget ≤ 10 ms)
 * and on every generated roster. It lists every uncovered hour and every
 * broken rule, each with the cell to fix (date, shift, person).
 */

export type IssueKind =
  | 'template'
  | 'understaffed'
  | 'unknown'
  | 'leave'
  | 'overlap'
  | 'rest'
  | 'dayAfterNight'
  | 'consecutiveNights'
  | 'weekly';

export interface RosterIssue {
  kind: IssueKind;
  date: string | null;
  shift: string | null;
  personId: number | null;
  message: string;
}

export interface RosterContext {
  month: string;
  template: ShiftTemplate;
  people: readonly Person[];
  rules: RosterRules;
  leave: readonly Leave[];
  /** Weekends and holidays by the working-day calendar. */
  isOffDay(date: string): boolean;
  /**
   * The shifts already worked before the days being rostered — the previous month's last week, or the
   * month's own first days when only the rest is regenerated — for rest, nights in a row and the week's count.
   */
  previous?: readonly Assignment[];
  /** Roster only the days from this one on (default: the whole month). */
  from?: string;
}

export interface PersonCounts {
  personId: number;
  shifts: number;
  nights: number;
  /** Shifts on weekends and holidays. */
  offDays: number;
  hours: number;
}

/** Monday of the ISO week of a day. */
export function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((d + 6) % 7));
}

export function onLeave(
  leave: readonly Leave[],
  personId: number,
  date: string,
  shift: string,
): Leave | undefined {
  return leave.find(
    (l) => l.personId === personId && l.date === date && (l.shift === null || l.shift === shift),
  );
}

export function countsOf(ctx: RosterContext, roster: readonly Assignment[]): PersonCounts[] {
  const byKey = new Map(ctx.template.shifts.map((s) => [s.key, s]));
  const counts = new Map(
    ctx.people.map((p) => [p.id, { personId: p.id, shifts: 0, nights: 0, offDays: 0, hours: 0 }]),
  );
  for (const a of roster) {
    const c = counts.get(a.personId);
    const s = byKey.get(a.shift);
    if (!c || !s) continue;
    const i = instanceOf(a.date, s);
    c.shifts++;
    c.hours += i.hours;
    if (i.night) c.nights++;
    if (ctx.isOffDay(a.date)) c.offDays++;
  }
  return [...counts.values()];
}

export function validateRoster(ctx: RosterContext, roster: readonly Assignment[]): RosterIssue[] {
  const issues: RosterIssue[] = [];
  const byKey = new Map<string, ShiftDef>(ctx.template.shifts.map((s) => [s.key, s]));
  const names = new Map(ctx.people.map((p) => [p.id, p.name]));
  const nameOf = (id: number) => names.get(id) ?? `编号 ${id}`;

  for (const gap of templateGaps(ctx.template))
    issues.push({
      kind: 'template',
      date: null,
      shift: null,
      personId: null,
      message: `班次模板「${ctx.template.name}」每天 ${gap.start}—${gap.end} 没有班次，本月每天这段时间无人值班`,
    });

  // Coverage: every shift starting in the month has at least its head-count.
  const staffed = new Map<string, number>();
  for (const a of roster) {
    const k = `${a.date}|${a.shift}`;
    staffed.set(k, (staffed.get(k) ?? 0) + 1);
  }
  for (const i of monthInstances(ctx.month, ctx.template, ctx.from)) {
    const n = staffed.get(`${i.date}|${i.key}`) ?? 0;
    if (n < i.minStaff) {
      const s = byKey.get(i.key)!;
      issues.push({
        kind: 'understaffed',
        date: i.date,
        shift: i.key,
        personId: null,
        message: `${dayLabel(i.date)} ${shiftLabel(s)}应 ${i.minStaff} 人，实排 ${n} 人：${n === 0 ? `${clockOf(i.start)}—${clockOf(i.end, true)} 无人值班` : `缺 ${i.minStaff - n} 人`}`,
      });
    }
  }

  // Each person's shifts in time order, the previous month's last week first.
  const mine = new Map<number, { a: Assignment; i: ShiftInstance; prior: boolean }[]>();
  const add = (a: Assignment, prior: boolean) => {
    const s = byKey.get(a.shift);
    if (!s || !names.has(a.personId)) {
      if (!prior)
        issues.push({
          kind: 'unknown',
          date: a.date,
          shift: a.shift,
          personId: a.personId,
          message: `${dayLabel(a.date)} 排了${s ? `不在值班人员名单中的 ${nameOf(a.personId)}` : `模板中没有的班次「${a.shift}」`}`,
        });
      return;
    }
    const list = mine.get(a.personId) ?? [];
    list.push({ a, i: instanceOf(a.date, s), prior });
    mine.set(a.personId, list);
  };
  for (const a of ctx.previous ?? []) add(a, true);
  for (const a of roster) add(a, false);

  for (const a of roster) {
    const l = onLeave(ctx.leave, a.personId, a.date, a.shift);
    if (l)
      issues.push({
        kind: 'leave',
        date: a.date,
        shift: a.shift,
        personId: a.personId,
        message: `${dayLabel(a.date)} ${nameOf(a.personId)}${l.shift ? '该班' : '全天'}请假（${l.reason}），不能排班`,
      });
  }

  const restMinutes = ctx.rules.minRestHours * 60;
  for (const [personId, list] of mine) {
    list.sort((x, y) => x.i.start - y.i.start);
    const who = nameOf(personId);
    let run = 0;
    let lastNightDate: string | null = null;
    const perWeek = new Map<string, number>();
    for (const [n, cur] of list.entries()) {
      const prev = list[n - 1];
      const cell = { date: cur.a.date, shift: cur.a.shift, personId };
      const label = `${dayLabel(cur.a.date)} ${who}`;
      if (prev && !cur.prior) {
        const gap = cur.i.start - prev.i.end;
        if (gap < 0) issues.push({ kind: 'overlap', ...cell, message: `${label}的两个班时间重叠` });
        else if (gap < restMinutes)
          issues.push({
            kind: 'rest',
            ...cell,
            message: `${label}两班之间只休息 ${Math.round((gap / 60) * 10) / 10} 小时（规定不少于 ${ctx.rules.minRestHours} 小时）`,
          });
        if (ctx.rules.noDayAfterNight && prev.i.night && !cur.i.night && gap >= 0 && gap < 24 * 60)
          issues.push({ kind: 'dayAfterNight', ...cell, message: `${label}夜班后紧接着上白班` });
      }
      if (cur.i.night) {
        run = lastNightDate !== null && addDays(lastNightDate, 1) === cur.a.date ? run + 1 : 1;
        lastNightDate = cur.a.date;
        if (!cur.prior && run > ctx.rules.maxConsecutiveNights)
          issues.push({
            kind: 'consecutiveNights',
            ...cell,
            message: `${label}连续第 ${run} 个夜班（规定最多连续 ${ctx.rules.maxConsecutiveNights} 个）`,
          });
      }
      const week = weekOf(cur.a.date);
      const count = (perWeek.get(week) ?? 0) + 1;
      perWeek.set(week, count);
      if (!cur.prior && count === ctx.rules.maxShiftsPerWeek + 1)
        issues.push({
          kind: 'weekly',
          ...cell,
          message: `${who} ${dayLabel(week)}起的一周排了超过 ${ctx.rules.maxShiftsPerWeek} 个班（本班为第 ${count} 个）`,
        });
    }
  }
  return issues;
}
