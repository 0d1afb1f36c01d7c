import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { addDays } from '../../../../shared/calendar/workdays';
import type { Assignment, Person } from '../../../../shared/duty/rules';
import { dayLabel, instanceOf, type ShiftTemplate } from '../../../../shared/duty/shifts';
import type { RosterMonth, RosterVersion, Swap } from '../../../../shared/duty/schemas';
import { countsOf, validateRoster, type RosterContext } from '../../../../shared/duty/validate';
import { stmt } from '../cases/cases.queries';
import { workCalendar } from '../calendar/calendar.queries';
import type { Balance } from './roster.solver';
import { asLeave, leadersOf, leaveOf } from './duty.calendar';
import { dutyPeople, getRules } from './duty.setup';

interface RosterRow {
  id: number;
  month: string;
  version: number;
  status: RosterVersion['status'];
  template: string;
  assignments: string;
  starts_on: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
}

const toVersion = (r: RosterRow): RosterVersion => ({
  id: r.id,
  version: r.version,
  status: r.status,
  template: JSON.parse(r.template) as ShiftTemplate,
  assignments: JSON.parse(r.assignments) as Assignment[],
  startsOn: r.starts_on,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
});

export function rosterOf(db: Db, month: string, status: 'draft' | 'published'): RosterVersion | null {
  const r = stmt(db, 'SELECT * FROM duty_rosters WHERE month = ? AND status = ?').get(month, status) as
    RosterRow | undefined;
  return r ? toVersion(r) : null;
}

export const previousMonth = (month: string): string => addDays(`${month}-01`, -1).slice(0, 7);

/** The last week of the previous month's published roster: rest, nights in a row and the week's count carry over. */
function carriedOver(db: Db, month: string): Assignment[] {
  const before = rosterOf(db, previousMonth(month), 'published');
  const from = addDays(`${month}-01`, -7);
  return before ? before.assignments.filter((a) => a.date >= from) : [];
}

/** What the roster of `month` is checked against: the people, rules, leave, calendar and carry-over. */
export function rosterContext(db: Db, month: string, template: ShiftTemplate, from?: string): RosterContext {
  const calendar = workCalendar(db);
  const earlier = from
    ? ((rosterOf(db, month, 'draft') ?? rosterOf(db, month, 'published'))?.assignments.filter(
        (a) => a.date < from,
      ) ?? [])
    : [];
  return {
    month,
    template,
    people: dutyPeople(db),
    rules: getRules(db),
    leave: asLeave(leaveOf(db, month)),
    isOffDay: (d) => !calendar.isWorkday(d),
    previous: [...carriedOver(db, month), ...earlier],
    ...(from ? { from } : {}),
  };
}

/**
 * Each person's balance from the published months before `month`: what they
 * did beyond (+) or short of (−) an even share of that month's nights,
 * weekend/holiday shifts and hours among the people on it.
 */
export function balancesBefore(db: Db, month: string): Map<number, Balance> {
  const calendar = workCalendar(db);
  const rows = stmt(
    db,
    "SELECT * FROM duty_rosters WHERE status = 'published' AND month < ? ORDER BY month",
  ).all(month) as RosterRow[];
  const out = new Map<number, Balance>();
  for (const r of rows) {
    const v = toVersion(r);
    const ids = [...new Set(v.assignments.map((a) => a.personId))];
    const people: Person[] = ids.map((id) => ({ id, name: '' }));
    const counts = countsOf(
      {
        month: v.assignments[0]?.date.slice(0, 7) ?? month,
        template: v.template,
        people,
        rules: getRules(db),
        leave: [],
        isOffDay: (d) => !calendar.isWorkday(d),
      },
      v.assignments,
    );
    const total = counts.reduce(
      (t, c) => ({ nights: t.nights + c.nights, offDays: t.offDays + c.offDays, hours: t.hours + c.hours }),
      { nights: 0, offDays: 0, hours: 0 },
    );
    for (const c of counts) {
      const b = out.get(c.personId) ?? { nights: 0, offDays: 0, hours: 0 };
      out.set(c.personId, {
        nights: b.nights + c.nights - total.nights / ids.length,
        offDays: b.offDays + c.offDays - total.offDays / ids.length,
        hours: b.hours + c.hours - total.hours / ids.length,
      });
    }
  }
  return out;
}

export interface SwapRow {
  id: number;
  month: string;
  kind: Swap['kind'];
  date: string;
  shift: string;
  from_id: number;
  from_name: string;
  to_id: number;
  to_name: string;
  other_date: string | null;
  other_shift: string | null;
  reason: string;
  status: Swap['status'];
  requested_at: string;
  requested_by: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
}

export const SWAP_SELECT = `SELECT s.*, f.display_name AS from_name, t.display_name AS to_name FROM duty_swaps s
  JOIN accounts f ON f.id = s.from_id JOIN accounts t ON t.id = s.to_id`;

export const toSwap = (r: SwapRow): Swap => ({
  id: r.id,
  kind: r.kind,
  date: r.date,
  shift: r.shift,
  fromId: r.from_id,
  fromName: r.from_name,
  toId: r.to_id,
  toName: r.to_name,
  otherDate: r.other_date,
  otherShift: r.other_shift,
  reason: r.reason,
  status: r.status,
  requestedAt: r.requested_at,
  requestedBy: r.requested_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  decisionNote: r.decision_note,
});

export function rosterMonth(db: Db, month: string, fallback: ShiftTemplate): RosterMonth {
  const draft = rosterOf(db, month, 'draft');
  const published = rosterOf(db, month, 'published');
  const current = draft ?? published;
  const ctx = rosterContext(db, month, current?.template ?? fallback, current?.startsOn ?? undefined);
  const assignments = current?.assignments ?? [];
  return {
    month,
    people: [...ctx.people],
    leave: leaveOf(db, month),
    leaders: leadersOf(db, month),
    draft,
    published,
    versions: (
      stmt(db, 'SELECT * FROM duty_rosters WHERE month = ? ORDER BY version DESC').all(month) as RosterRow[]
    ).map((r) => {
      const { assignments: _a, template: _t, ...rest } = toVersion(r);
      return rest;
    }),
    issues: current ? validateRoster(ctx, assignments) : [],
    counts: countsOf(ctx, assignments),
    swaps: swapsOf(db, month),
  };
}

/** The month's swap requests, the newest first. */
export const swapsOf = (db: Db, month: string): Swap[] =>
  (stmt(db, `${SWAP_SELECT} WHERE s.month = ? ORDER BY s.id DESC`).all(month) as SwapRow[]).map(toSwap);

export function nextVersion(db: Db, month: string): number {
  return (
    stmt(db, 'SELECT coalesce(max(version), 0) + 1 AS v FROM duty_rosters WHERE month = ?').get(month) as {
      v: number;
    }
  ).v;
}

/** Stores the month's draft (one per month), replacing the previous draft. */
export function saveDraft(
  db: Db,
  month: string,
  template: ShiftTemplate,
  assignments: Assignment[],
  actorName: string,
  at: string,
  startsOn?: string,
): void {
  for (const a of assignments)
    if (!a.date.startsWith(month)) throw new AppError('VALIDATION', `输入有误：${a.date} 不在 ${month} 月内`);
  const existing = rosterOf(db, month, 'draft');
  // A roster keeps the first day it was made for; a new one starts where it was asked to.
  const first = existing?.startsOn ?? rosterOf(db, month, 'published')?.startsOn ?? null;
  const begins = existing || rosterOf(db, month, 'published') ? first : (startsOn ?? null);
  if (begins)
    for (const a of assignments)
      if (a.date < begins) throw new AppError('VALIDATION', `输入有误：本月值班表从 ${begins} 开始`);
  if (existing)
    stmt(
      db,
      'UPDATE duty_rosters SET template = ?, assignments = ?, created_at = ?, created_by = ? WHERE id = ?',
    ).run(JSON.stringify(template), JSON.stringify(assignments), at, actorName, existing.id);
  else
    stmt(
      db,
      `INSERT INTO duty_rosters (month, version, status, template, assignments, starts_on, created_at, created_by)
       VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)`,
    ).run(
      month,
      nextVersion(db, month),
      JSON.stringify(template),
      JSON.stringify(assignments),
      begins,
      at,
      actorName,
    );
}

/**
 * 发布: the draft becomes the month's roster, frozen. Refused while any hour is
 * uncovered or a rule is broken — the validator's list says what to fix.
 */
export function publish(
  db: Db,
  month: string,
  note: string | undefined,
  actorName: string,
  at: string,
): RosterVersion {
  const draft = rosterOf(db, month, 'draft');
  if (!draft) throw new AppError('CONFLICT', `${month} 没有待发布的值班表草稿。`);
  const issues = validateRoster(
    rosterContext(db, month, draft.template, draft.startsOn ?? undefined),
    draft.assignments,
  );
  if (issues.length)
    throw new AppError(
      'CONFLICT',
      `值班表还有 ${issues.length} 处问题，不能发布：${issues
        .slice(0, 3)
        .map((i) => i.message)
        .join('；')}${issues.length > 3 ? '……' : ''}`,
    );
  stmt(db, "UPDATE duty_rosters SET status = 'superseded' WHERE month = ? AND status = 'published'").run(
    month,
  );
  stmt(
    db,
    "UPDATE duty_rosters SET status = 'published', published_at = ?, published_by = ?, note = ? WHERE id = ?",
  ).run(at, actorName, note || null, draft.id);
  return rosterOf(db, month, 'published')!;
}

export const nameOf = (db: Db, id: number) =>
  (stmt(db, 'SELECT display_name FROM accounts WHERE id = ?').get(id) as { display_name: string } | undefined)
    ?.display_name;

/** Who is on duty at `nowMinute` (UTC-naive minutes) by the published rosters: the shift under way, its people, the day's leader. */
export function onDutyAt(db: Db, today: string, nowMinute: number) {
  for (const date of [today, addDays(today, -1)]) {
    const roster = rosterOf(db, date.slice(0, 7), 'published');
    if (!roster) continue;
    for (const s of roster.template.shifts) {
      const i = instanceOf(date, s);
      if (i.start <= nowMinute && nowMinute < i.end) {
        const ids = roster.assignments
          .filter((a) => a.date === date && a.shift === s.key)
          .map((a) => a.personId);
        const people = ids.map((id) => ({ id, name: nameOf(db, id) ?? `编号 ${id}` }));
        const leader = leadersOf(db, date.slice(0, 7)).find((l) => l.date === date) ?? null;
        return { shift: { ...s, date, label: `${dayLabel(date)} ${s.name}` }, people, leader };
      }
    }
  }
  return { shift: null, people: [], leader: null };
}
