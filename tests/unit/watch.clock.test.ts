import { describe, expect, it } from 'vitest';
import { availability, downMinutesIn, downtimeMinutes } from '../../shared/watch/availability';
import { addMinutes, durationText, minutesBetween, monthWindow } from '../../shared/watch/clock';
import {
  carriedInto,
  dispatchState,
  isBeingHandled,
  isOverdue,
  minutesLeft,
  responseMinutes,
  type DispatchTimes,
} from '../../shared/watch/supervision';

/** Every "now" here is passed in: the injected clock of issue 12's unit tests. */
const sent = (over: Partial<DispatchTimes> = {}): DispatchTimes => ({
  notifiedAt: '2026-12-05T23:50',
  dueAt: addMinutes('2026-12-05T23:50', 30),
  arrivedAt: null,
  reportedAt: null,
  ...over,
});

describe('the supervision clock (督查督办)', () => {
  it('falls due across midnight and the month end', () => {
    expect(addMinutes('2026-12-31T23:50', 30)).toBe('2027-01-01T00:20');
    expect(sent().dueAt).toBe('2026-12-06T00:20');
    expect(minutesBetween('2026-02-28T23:00', '2026-03-01T01:00')).toBe(120);
  });

  it('waits, then is late; an answer in time is answered, a late one stays late', () => {
    expect(dispatchState(sent(), '2026-12-06T00:20')).toBe('waiting');
    expect(dispatchState(sent(), '2026-12-06T00:21')).toBe('late');
    expect(minutesLeft(sent(), '2026-12-06T00:10')).toBe(10);
    expect(minutesLeft(sent(), '2026-12-06T00:25')).toBe(-5);
    expect(dispatchState(sent({ arrivedAt: '2026-12-06T00:15' }), '2026-12-06T03:00')).toBe('answered');
    expect(dispatchState(sent({ reportedAt: '2026-12-06T00:40' }), '2026-12-06T03:00')).toBe('answeredLate');
    expect(minutesLeft(sent({ arrivedAt: '2026-12-06T00:15' }), '2026-12-06T03:00')).toBeNull();
  });

  it('keeps an open event red until it is closed, and only an open one', () => {
    const late = [sent({ arrivedAt: '2026-12-06T00:45' })];
    expect(isOverdue({ status: 'open' }, late, '2026-12-06T01:00')).toBe(true);
    expect(isOverdue({ status: 'closed' }, late, '2026-12-06T01:00')).toBe(false);
    expect(isOverdue({ status: 'open' }, [sent()], '2026-12-06T00:00')).toBe(false);
    expect(isOverdue({ status: 'open' }, [], '2026-12-07T00:00')).toBe(false);
  });

  it('is being handled until the result is back, whatever the arrival', () => {
    expect(isBeingHandled({ status: 'open' }, [sent({ arrivedAt: '2026-12-06T00:10' })])).toBe(true);
    expect(isBeingHandled({ status: 'open' }, [sent({ reportedAt: '2026-12-06T00:10' })])).toBe(false);
    expect(isBeingHandled({ status: 'open' }, [])).toBe(false);
  });

  it('measures a response from the notice to the first answer', () => {
    expect(responseMinutes(sent({ arrivedAt: '2026-12-06T00:05', reportedAt: '2026-12-06T00:02' }))).toBe(12);
    expect(responseMinutes(sent())).toBeNull();
  });
});

describe('open events carried into a shift', () => {
  const e = (occurredAt: string, closedAt: string | null) => ({
    occurredAt,
    status: closedAt ? ('closed' as const) : ('open' as const),
    closedAt,
  });
  it('are those open when it began, whichever shift logged them', () => {
    const events = [
      e('2026-12-05T07:00', null),
      e('2026-12-05T07:10', '2026-12-05T07:30'),
      e('2026-12-05T07:20', '2026-12-05T09:00'),
      e('2026-12-05T08:10', null),
    ];
    expect(carriedInto(events, '2026-12-05T08:00')).toEqual([events[0], events[2]]);
  });
});

describe('downtime and availability', () => {
  it('counts an open fault until now and a repaired one until its repair', () => {
    expect(downtimeMinutes({ foundAt: '2026-12-05T08:00', repairedAt: null }, '2026-12-05T10:30')).toBe(150);
    expect(
      downtimeMinutes({ foundAt: '2026-12-05T08:00', repairedAt: '2026-12-05T09:00' }, '2026-12-09T00:00'),
    ).toBe(60);
    expect(durationText(150)).toBe('2 小时 30 分');
    expect(durationText(1440 * 2 + 5)).toBe('2 天 5 分');
    expect(durationText(0)).toBe('0 分');
  });

  it('counts overlapping faults once and clips to the month and to now', () => {
    const { from, to } = monthWindow('2026-12');
    expect({ from, to }).toEqual({ from: '2026-12-01T00:00', to: '2027-01-01T00:00' });
    const faults = [
      { foundAt: '2026-11-30T22:00', repairedAt: '2026-12-01T02:00' },
      { foundAt: '2026-12-01T01:00', repairedAt: '2026-12-01T03:00' },
      { foundAt: '2026-12-02T00:00', repairedAt: null },
    ];
    // 00:00–03:00 on the 1st (3 h, overlap once) + the 2nd from 00:00 to now 06:00 (6 h).
    expect(downMinutesIn(faults, from, to, '2026-12-02T06:00')).toBe(9 * 60);
    expect(availability(faults, from, to, '2026-12-02T06:00')).toBeCloseTo(1 - 540 / (30 * 60), 10);
    expect(availability([], from, to, '2026-11-20T00:00')).toBe(1);
    expect(availability(faults, '2026-11-01T00:00', '2026-12-01T00:00', '2027-01-01T00:00')).toBeCloseTo(
      1 - 120 / (30 * 1440),
      10,
    );
  });
});
