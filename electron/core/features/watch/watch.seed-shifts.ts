import type { Db } from '../../db/open';
import type { Assignment } from '../../../../shared/duty/rules';
import { daysOf, type ShiftTemplate } from '../../../../shared/duty/shifts';
import { fromMinuteNumber, minuteNumber } from '../../../../shared/watch/clock';

/** A shift of a published roster: when, and the first person it names. */
export interface PlannedShift {
  date: string;
  key: string;
  name: string;
  start: string;
  end: string;
  operatorId: number;
}

/** The published rosters' shifts that ended before `now`, each with its first rostered person (watch.seed.ts). */
export function plannedShifts(db: Db, now: string): PlannedShift[] {
  const rosters = db
    .prepare(
      "SELECT month, template, assignments FROM duty_rosters WHERE status = 'published' ORDER BY month",
    )
    .all() as { month: string; template: string; assignments: string }[];
  const out: PlannedShift[] = [];
  let lastEnd = '';
  for (const r of rosters) {
    const template = JSON.parse(r.template) as ShiftTemplate;
    const who = new Map<string, number>();
    for (const a of JSON.parse(r.assignments) as Assignment[])
      if (!who.has(`${a.date}${a.shift}`)) who.set(`${a.date}${a.shift}`, a.personId);
    const ordered = [...template.shifts].sort((a, b) => a.start.localeCompare(b.start));
    for (const date of daysOf(r.month))
      for (const s of ordered) {
        const operatorId = who.get(`${date}${s.key}`);
        const start = `${date}T${s.start}`;
        const nextDay = fromMinuteNumber(minuteNumber(`${date}T00:00`) + 1440);
        // A shift ending at or before its start (夜班 20:00—08:00, 16:00—24:00) ends the next day.
        const end =
          s.end === '24:00' ? nextDay : `${s.end <= s.start ? nextDay.slice(0, 10) : date}T${s.end}`;
        // A month on two 12-hour shifts ends at 08:00 next day, over the next month's 00:00 shift: kept by the first.
        if (operatorId === undefined || end > now || start < lastEnd) continue;
        out.push({ date, key: s.key, name: s.name, start, end, operatorId });
        lastEnd = end;
      }
  }
  return out;
}

/** A shift as the seed kept it: who kept it (the rostered operator or a stand-in) and when it was opened and closed. */
export interface Shift extends PlannedShift {
  id: number;
  operatorName: string;
  openedAt: string;
  closedAt: string;
}
