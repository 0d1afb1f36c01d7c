import type { Db } from '../../db/open';
import { stmt } from '../cases/cases.queries';
import {
  addDays,
  createWorkCalendar,
  statutoryHolidays,
  type WorkCalendar,
  type YearArrangement,
} from '../../../../shared/calendar/workdays';
import type { CalendarYear } from '../../../../shared/calendar/schemas';
import { DEFAULT_DEADLINE_PRESET, type DeadlinePreset } from '../../../../shared/cases/deadline';
import { keysOf, DIFFICULTIES } from '../../../../shared/cases/codes';

interface CalendarYearRow {
  year: number;
  holidays: string;
  workdays: string;
}

const toArrangement = (r: CalendarYearRow): YearArrangement => ({
  year: r.year,
  holidays: JSON.parse(r.holidays) as string[],
  workdays: JSON.parse(r.workdays) as string[],
});

/** The years the director entered by hand. */
export function listArrangements(db: Db): YearArrangement[] {
  return (
    db.prepare('SELECT year, holidays, workdays FROM calendar_years ORDER BY year').all() as CalendarYearRow[]
  ).map(toArrangement);
}

export function getArrangement(db: Db, year: number): YearArrangement | null {
  const row = db.prepare('SELECT year, holidays, workdays FROM calendar_years WHERE year = ?').get(year) as
    CalendarYearRow | undefined;
  return row ? toArrangement(row) : null;
}

export function putArrangement(db: Db, a: YearArrangement, at: string, by: number | null): void {
  db.prepare(
    `INSERT INTO calendar_years (year, holidays, workdays, entered_at, entered_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET holidays = excluded.holidays, workdays = excluded.workdays,
       entered_at = excluded.entered_at, entered_by = excluded.entered_by`,
  ).run(a.year, JSON.stringify(a.holidays), JSON.stringify(a.workdays), at, by);
}

export function deleteArrangement(db: Db, year: number): boolean {
  return db.prepare('DELETE FROM calendar_years WHERE year = ?').run(year).changes > 0;
}

/**
 * The calendar every deadline is computed with: the director's years over the
 * official and statutory sources. Cached per connection, with each day's
 * answer remembered (a ledger page asks about the same few days many times).
 * The cache key is the table's whole (small) content, so a save or removal —
 * by this core, a CLI run or a restore — is seen by the next call without
 * explicit invalidation.
 */
const cache = new WeakMap<Db, { signature: string; calendar: WorkCalendar }>();

export function workCalendar(db: Db): WorkCalendar {
  const { signature } = stmt(
    db,
    "SELECT coalesce(group_concat(year || ':' || holidays || ':' || workdays, '|'), '') AS signature FROM (SELECT * FROM calendar_years ORDER BY year)",
  ).get() as { signature: string };
  const hit = cache.get(db);
  if (hit && hit.signature === signature) return hit.calendar;
  const base = createWorkCalendar(listArrangements(db));
  const days = new Map<string, boolean>();
  const calendar: WorkCalendar = {
    sourceOf: base.sourceOf,
    isWorkday(day) {
      let working = days.get(day);
      if (working === undefined) days.set(day, (working = base.isWorkday(day)));
      return working;
    },
  };
  cache.set(db, { signature, calendar });
  return calendar;
}

const isWeekend = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** The arrangement in force for a year, whichever source supplies it. */
export function effectiveYear(db: Db, year: number): CalendarYear {
  const entered = getArrangement(db, year);
  if (entered) return { year, source: 'director', holidays: entered.holidays, workdays: entered.workdays };
  const calendar = workCalendar(db);
  const source = calendar.sourceOf(year);
  if (source === 'statutory') {
    // Without a published arrangement only the statutory days off are known (no 调休).
    return {
      year,
      source,
      holidays: statutoryHolidays(year)
        .filter((d) => !isWeekend(d))
        .sort(),
      workdays: [],
    };
  }
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const weekend = isWeekend(d);
    const working = calendar.isWorkday(d);
    if (weekend && working) workdays.push(d);
    if (!weekend && !working) holidays.push(d);
  }
  return { year, source, holidays, workdays };
}

const PRESET_KEY = 'deadlinePreset';

/** The service-promise preset (working days per difficulty); the shared default until the director saves one. */
export function getDeadlinePreset(db: Db): DeadlinePreset {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(PRESET_KEY) as
    { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<DeadlinePreset>) : {};
  const preset = { ...DEFAULT_DEADLINE_PRESET };
  for (const k of keysOf(DIFFICULTIES)) if (typeof stored[k] === 'number') preset[k] = stored[k];
  return preset;
}

export function putDeadlinePreset(db: Db, preset: DeadlinePreset): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(PRESET_KEY, JSON.stringify(preset));
}
