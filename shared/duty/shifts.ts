import { addDays } from '../calendar/workdays';

/**
 * Shifts of the 24-hour video-monitoring duty (seed 001, 视频监控制度; domain.md
 * Module 4). Times are local wall-clock times; a shift whose end is not after
 * its start crosses midnight (20:00–08:00). Every instant is counted in
 * minutes on a UTC-naive scale, so a day always has 1 440 minutes.
 */

export interface ShiftDef {
  /** One letter or two, unique within its template: the grid's cell text. */
  key: string;
  name: string;
  /** `HH:MM`. */
  start: string;
  /** `HH:MM`, `24:00` allowed; not after `start` means the next day. */
  end: string;
  /** Head-count the shift needs, at least. */
  minStaff: number;
}

export interface ShiftTemplate {
  name: string;
  shifts: ShiftDef[];
}

export const TWO_SHIFTS: ShiftTemplate = {
  name: '两班制（12 小时）',
  shifts: [
    { key: 'D', name: '白班', start: '08:00', end: '20:00', minStaff: 1 },
    { key: 'N', name: '夜班', start: '20:00', end: '08:00', minStaff: 1 },
  ],
};

export const THREE_SHIFTS: ShiftTemplate = {
  name: '三班制（8 小时）',
  shifts: [
    { key: 'A', name: '早班', start: '08:00', end: '16:00', minStaff: 1 },
    { key: 'B', name: '中班', start: '16:00', end: '24:00', minStaff: 1 },
    { key: 'C', name: '夜班', start: '00:00', end: '08:00', minStaff: 1 },
  ],
};

export const DAY_MINUTES = 1440;

export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** A shift's span within its day: [start, end) in minutes from the day's midnight; end may pass 1 440. */
export function spanOf(s: Pick<ShiftDef, 'start' | 'end'>): { start: number; end: number } {
  const start = minutesOf(s.start);
  let end = minutesOf(s.end);
  if (end <= start) end += DAY_MINUTES;
  return { start, end };
}

/** A night shift covers part of 00:00–06:00 (夜班: the hours the rules count as nights). */
export function isNight(s: Pick<ShiftDef, 'start' | 'end'>): boolean {
  const { start, end } = spanOf(s);
  return start < 360 || end > DAY_MINUTES;
}

export const hoursOf = (s: Pick<ShiftDef, 'start' | 'end'>): number => {
  const { start, end } = spanOf(s);
  return (end - start) / 60;
};

const dayNumber = (day: string): number =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;

/** One shift on one day: the unit a person is assigned to. */
export interface ShiftInstance {
  date: string;
  key: string;
  /** Minutes on the UTC-naive scale. */
  start: number;
  end: number;
  night: boolean;
  hours: number;
  minStaff: number;
}

export function instanceOf(date: string, s: ShiftDef): ShiftInstance {
  const base = dayNumber(date) * DAY_MINUTES;
  const span = spanOf(s);
  return {
    date,
    key: s.key,
    start: base + span.start,
    end: base + span.end,
    night: isNight(s),
    hours: hoursOf(s),
    minStaff: s.minStaff,
  };
}

/** The days of a month `YYYY-MM`, from `from` on when given (regenerating the rest of a month). */
export function daysOf(month: string, from?: string): string[] {
  const days: string[] = [];
  for (let d = from && from.startsWith(month) ? from : `${month}-01`; d.startsWith(month); d = addDays(d, 1))
    days.push(d);
  return days;
}

/** Every shift instance starting in the month (from `from` on), day by day, in the template's order of start. */
export function monthInstances(month: string, template: ShiftTemplate, from?: string): ShiftInstance[] {
  const ordered = [...template.shifts].sort((a, b) => spanOf(a).start - spanOf(b).start);
  return daysOf(month, from).flatMap((d) => ordered.map((s) => instanceOf(d, s)));
}

/** `HH:MM` of a minute on the scale, as shown (24:00 for the end of a day). */
export function clockOf(minute: number, asEnd = false): string {
  let m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  if (asEnd && m === 0) m = DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Parts of the day no shift of the template covers (「每天 06:00—08:00 无人值班」):
 * a template must tile the 24 hours, or the month has uncovered hours every day.
 */
export function templateGaps(template: ShiftTemplate): { start: string; end: string }[] {
  const covered = new Array<boolean>(DAY_MINUTES).fill(false);
  for (const s of template.shifts) {
    const { start, end } = spanOf(s);
    for (let m = start; m < end; m++) covered[m % DAY_MINUTES] = true;
  }
  const gaps: { start: string; end: string }[] = [];
  for (let m = 0; m < DAY_MINUTES; m++) {
    if (covered[m]) continue;
    const from = m;
    while (m < DAY_MINUTES && !covered[m]) m++;
    gaps.push({ start: clockOf(from), end: clockOf(m, true) });
  }
  return gaps;
}

/** The name of a day in the month grid's messages: 12月6日. */
export const dayLabel = (date: string): string =>
  `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** 六 for a Saturday: the grid's column heads, 10月12日（一） in lists and prints. */
export const weekdayChar = (date: string): string =>
  '日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/** 2026年10月: a month `YYYY-MM` as the pages and prints name it. */
export const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** 夜班（20:00—次日08:00）. */
export function shiftLabel(s: ShiftDef): string {
  const { end } = spanOf(s);
  return `${s.name}（${s.start}—${end > DAY_MINUTES ? '次日' : ''}${s.end}）`;
}
