import { addWorkdays, workdaysBetween, type WorkCalendar } from '../calendar/workdays';
import type { Difficulty } from './codes';
import { OPEN_STATUSES, type CaseStatus } from './status';

/**
 * The centre's service promise (seed 001, 服务承诺): general civil disputes
 * closed within 3 working days, complex ones within 5; major/difficult ones
 * are escalated at once (0: due the day they are registered). Editable by the
 * director; this is the default preset.
 */
export type DeadlinePreset = Record<Difficulty, number>;

export const DEFAULT_DEADLINE_PRESET: DeadlinePreset = { simple: 3, general: 3, complex: 5, major: 0 };

/** The due date of a case registered on `registeredDay` (both `YYYY-MM-DD`). */
export function dueDate(calendar: WorkCalendar, registeredDay: string, workingDays: number): string {
  return addWorkdays(calendar, registeredDay, workingDays);
}

/**
 * The ledger's colour (domain.md): green on time, yellow due within one
 * working day, red overdue, grey suspended; `none` once the case is closed.
 */
export type DeadlineState = 'green' | 'yellow' | 'red' | 'grey' | 'none';

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  green: '正常',
  yellow: '即将到期',
  red: '已超期',
  grey: '已中止',
  none: '—',
};

export function deadlineState(
  calendar: WorkCalendar,
  c: { status: CaseStatus; deadline: string | null },
  today: string,
): DeadlineState {
  if (c.status === 'suspended') return 'grey';
  if (!OPEN_STATUSES.includes(c.status) || !c.deadline) return 'none';
  if (today > c.deadline) return 'red';
  return workdaysBetween(calendar, today, c.deadline) <= 1 ? 'yellow' : 'green';
}

/** True when a closed case met its deadline (for the on-time rate). */
export function closedOnTime(deadline: string | null, closedDay: string | null): boolean {
  return !!deadline && !!closedDay && closedDay <= deadline;
}
