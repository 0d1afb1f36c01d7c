import { addDays } from '../../../../shared/calendar/workdays';
import type { Assignment, Leave, RosterRules } from '../../../../shared/duty/rules';
import type { LeaveEntry, RosterMonth } from '../../../../shared/duty/schemas';
import type { ShiftTemplate } from '../../../../shared/duty/shifts';
import type { PersonCounts, RosterContext, RosterIssue } from '../../../../shared/duty/validate';

/**
 * The month grid's model, pure so it is tested without a browser: cells of
 * people × days, an edit of one cell, the undo history, where each of the
 * validator's issues points, and the context the client validates with —
 * the same the server builds (rosterContext), so both list the same issues.
 */

/** `personId|date`: the cell a person's shifts of one day sit in. */
export const cellKey = (personId: number, date: string): string => `${personId}|${date}`;

/** The shift keys of each cell, in the roster's order (normally one; two is an overlap the validator names). */
export function cellsOf(roster: readonly Assignment[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const a of roster) {
    const k = cellKey(a.personId, a.date);
    cells.set(k, [...(cells.get(k) ?? []), a.shift]);
  }
  return cells;
}

/** The roster with one cell set to a shift, or emptied (休) when `shift` is null. */
export function setCell(
  roster: readonly Assignment[],
  personId: number,
  date: string,
  shift: string | null,
): Assignment[] {
  const rest = roster.filter((a) => !(a.personId === personId && a.date === date));
  return shift === null ? rest : [...rest, { date, shift, personId }];
}

/** Edits of the draft with 撤销: `present` is what the grid shows, `past` what 撤销 returns to. */
export interface History {
  past: Assignment[][];
  present: Assignment[];
}

export const startHistory = (roster: Assignment[]): History => ({ past: [], present: roster });

export function edit(h: History, next: Assignment[]): History {
  return { past: [...h.past, h.present], present: next };
}

/** Sets one cell as an undoable edit; setting a cell to what it holds is no edit. */
export function editCell(h: History, personId: number, date: string, shift: string | null): History {
  const now = h.present.filter((a) => a.personId === personId && a.date === date).map((a) => a.shift);
  if (shift === null ? now.length === 0 : now.length === 1 && now[0] === shift) return h;
  return edit(h, setCell(h.present, personId, date, shift));
}

/** A shift of one person's day, as a chip dragged on the grid. */
export interface ShiftChip {
  personId: number;
  date: string;
  shift: string;
}

/**
 * The roster after a shift chip is dropped on another cell: the shift leaves
 * its cell and takes the target's place — another person the same day is a
 * reassignment, the same person another day a move. Whatever the target held
 * goes back to the chip's cell (an exchange), so dropping on a colleague's
 * shift trades the two rather than losing one. Null when the drop changes
 * nothing (its own cell, or a chip the roster no longer holds).
 */
export function moveShift(
  roster: readonly Assignment[],
  chip: ShiftChip,
  to: { personId: number; date: string },
): Assignment[] | null {
  if (chip.personId === to.personId && chip.date === to.date) return null;
  const isChip = (a: Assignment) =>
    a.personId === chip.personId && a.date === chip.date && a.shift === chip.shift;
  if (!roster.some(isChip)) return null;
  const inTarget = (a: Assignment) => a.personId === to.personId && a.date === to.date;
  const displaced = roster.filter(inTarget).map((a) => a.shift);
  return [
    ...roster.filter((a) => !isChip(a) && !inTarget(a)),
    ...displaced.map((shift) => ({ date: chip.date, shift, personId: chip.personId })),
    { date: to.date, shift: chip.shift, personId: to.personId },
  ];
}

/** A dropped chip as an undoable edit; a drop that changes nothing is no edit. */
export function editMove(h: History, chip: ShiftChip, to: { personId: number; date: string }): History {
  const next = moveShift(h.present, chip, to);
  return next ? edit(h, next) : h;
}

export function undo(h: History): History {
  const previous = h.past[h.past.length - 1];
  return previous ? { past: h.past.slice(0, -1), present: previous } : h;
}

/** Where the issues point: cells (a person's day) and days (an uncovered shift), each with its messages. */
export interface IssueMarks {
  cells: Map<string, string[]>;
  days: Map<string, string[]>;
}

export function marksOf(issues: readonly RosterIssue[]): IssueMarks {
  const cells = new Map<string, string[]>();
  const days = new Map<string, string[]>();
  for (const i of issues) {
    if (!i.date) continue;
    if (i.personId !== null) {
      const k = cellKey(i.personId, i.date);
      cells.set(k, [...(cells.get(k) ?? []), i.message]);
    } else days.set(i.date, [...(days.get(i.date) ?? []), i.message]);
  }
  return { cells, days };
}

/**
 * The cell an issue asks to fix: its own cell, or for an uncovered shift the
 * first person free that day (not on leave, no shift), else the first row.
 */
export function cellToFix(
  issue: RosterIssue,
  people: readonly { id: number }[],
  roster: readonly Assignment[],
  leave: readonly Leave[],
): { personId: number; date: string } | null {
  if (!issue.date) return null;
  if (issue.personId !== null) return { personId: issue.personId, date: issue.date };
  const busy = new Set(roster.filter((a) => a.date === issue.date).map((a) => a.personId));
  const away = new Set(
    leave
      .filter((l) => l.date === issue.date && (l.shift === null || l.shift === issue.shift))
      .map((l) => l.personId),
  );
  const free = people.find((p) => !busy.has(p.id) && !away.has(p.id)) ?? people[0];
  return free ? { personId: free.id, date: issue.date } : null;
}

/** Most minus fewest of each count across the people: the month's spread. */
export function spreadOf(counts: readonly PersonCounts[]) {
  const range = (pick: (c: PersonCounts) => number) =>
    counts.length ? Math.max(...counts.map(pick)) - Math.min(...counts.map(pick)) : 0;
  return {
    shifts: range((c) => c.shifts),
    nights: range((c) => c.nights),
    offDays: range((c) => c.offDays),
    hours: range((c) => c.hours),
  };
}

export const asLeave = (entries: readonly LeaveEntry[]): Leave[] =>
  entries.map((l) => ({ personId: l.personId, date: l.date, shift: l.shift, reason: l.reason }));

/**
 * What a month's roster is checked against on the client, as the server's
 * rosterContext builds it: the people, rules and leave of the month, the
 * calendar's days off, the previous month's last published week carried
 * over, and a roster that starts mid-month checked from its first day.
 */
export function clientContext(args: {
  view: RosterMonth;
  template: ShiftTemplate;
  rules: RosterRules;
  isOffDay: (date: string) => boolean;
  previous: RosterMonth | undefined;
}): RosterContext {
  const { view, template, rules, isOffDay, previous } = args;
  const current = view.draft ?? view.published;
  const from = current?.startsOn ?? undefined;
  const since = addDays(`${view.month}-01`, -7);
  const carried = previous?.published?.assignments.filter((a) => a.date >= since) ?? [];
  const earlier = from ? (current?.assignments.filter((a) => a.date < from) ?? []) : [];
  return {
    month: view.month,
    template,
    people: view.people,
    rules,
    leave: asLeave(view.leave),
    isOffDay,
    previous: [...carried, ...earlier],
    ...(from ? { from } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` shifted by n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The months the picker offers: a year back, three months ahead, and the one shown. */
export function monthChoices(thisMonth: string, shown: string): string[] {
  const months = Array.from({ length: 16 }, (_, i) => addMonths(thisMonth, i - 12));
  if (!months.includes(shown)) months.push(shown);
  return months.sort();
}

/**
 * The month the page opens on: this month, or for the director the next one
 * once this month is published (the next to make).
 */
export const firstMonth = (thisMonth: string, director: boolean, thisPublished: boolean): string =>
  director && thisPublished ? addMonths(thisMonth, 1) : thisMonth;

export const isWeekend = (date: string): boolean => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};
