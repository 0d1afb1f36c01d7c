import { minutesBetween } from './clock';

/**
 * 督查督办 (seed 001: supervise until the patrol reports back). A dispatch is
 * late when nothing came back — neither an arrival nor a result — by its due
 * time (fixed when it was sent, from the setting then in force). An open
 * event with a late dispatch stays red on the duty screen and on 工作台 until
 * the event is closed: a late arrival is recorded, not forgiven.
 */
export interface DispatchTimes {
  notifiedAt: string;
  dueAt: string;
  arrivedAt: string | null;
  reportedAt: string | null;
}

export type DispatchState = 'waiting' | 'late' | 'answered' | 'answeredLate';

/** When the dispatch first came back (arrival or result), if it has. */
export const firstAnswer = (d: DispatchTimes): string | null =>
  [d.arrivedAt, d.reportedAt].filter((x): x is string => x !== null).sort()[0] ?? null;

export function dispatchState(d: DispatchTimes, now: string): DispatchState {
  const answer = firstAnswer(d);
  if (answer === null) return now > d.dueAt ? 'late' : 'waiting';
  return answer > d.dueAt ? 'answeredLate' : 'answered';
}

/** Whether an event shows red: still open and one of its dispatches came back late or not at all. */
export const isOverdue = (
  event: { status: 'open' | 'closed' },
  dispatches: readonly DispatchTimes[],
  now: string,
) =>
  event.status === 'open' &&
  dispatches.some((d) => {
    const s = dispatchState(d, now);
    return s === 'late' || s === 'answeredLate';
  });

/** Minutes until a waiting dispatch falls due (negative once late); null once it has answered. */
export const minutesLeft = (d: DispatchTimes, now: string): number | null =>
  firstAnswer(d) === null ? minutesBetween(now, d.dueAt) : null;

/**
 * Being handled (处置中): dispatched and the result not yet back. A handover
 * is refused while any event is in this state, unless the director overrides.
 */
export const isBeingHandled = (event: { status: 'open' | 'closed' }, dispatches: readonly DispatchTimes[]) =>
  event.status === 'open' && dispatches.some((d) => d.reportedAt === null);

/** Response time of a dispatch: notified → first answer, in minutes; null while waiting. */
export const responseMinutes = (d: DispatchTimes): number | null => {
  const answer = firstAnswer(d);
  return answer === null ? null : minutesBetween(d.notifiedAt, answer);
};

/**
 * Events carried into a shift: those open when it began, whichever shift
 * logged them (an event stays open across shifts until closed).
 */
export const carriedInto = <
  E extends { occurredAt: string; status: 'open' | 'closed'; closedAt: string | null },
>(
  events: readonly E[],
  shiftStart: string,
): E[] =>
  events.filter(
    (e) =>
      e.occurredAt < shiftStart && (e.status === 'open' || (e.closedAt !== null && e.closedAt > shiftStart)),
  );
