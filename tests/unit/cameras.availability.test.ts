import { describe, expect, it } from 'vitest';
import { monthAvailability } from '../../shared/cameras/availability';
import { faultyItems, SYMPTOM_OF_CHECK } from '../../shared/cameras/checks';

const point = (id: number, retiredOn: string | null = null) => ({
  id,
  code: `JK-${id}`,
  name: `点位${id}`,
  retiredOn,
});

describe('monthAvailability', () => {
  const NOV = 30 * 1440;
  const after = '2026-12-05T10:00';

  it('counts overlapping faults once and a fault across the month’s start only from the 1st', () => {
    const m = monthAvailability(
      '2026-11',
      [point(1), point(2)],
      [
        { pointId: 1, foundAt: '2026-10-31T23:00', repairedAt: '2026-11-01T01:00' },
        { pointId: 1, foundAt: '2026-11-05T08:00', repairedAt: '2026-11-05T10:00' },
        { pointId: 1, foundAt: '2026-11-05T09:00', repairedAt: '2026-11-05T09:30' },
        { pointId: null, foundAt: '2026-11-06T09:00', repairedAt: null },
      ],
      after,
    );
    expect(m.elapsedMinutes).toBe(NOV);
    expect(m.points.map((p) => [p.pointId, p.downMinutes, p.faultCount])).toEqual([
      [1, 60 + 120, 3],
      [2, 0, 0],
    ]);
    expect(m.points[0]!.availability).toBeCloseTo(1 - 180 / NOV, 12);
    expect(m.total).toMatchObject({ downMinutes: 180, faultCount: 3, deviceFaultCount: 1 });
    expect(m.total.availability).toBeCloseTo((1 - 180 / NOV + 1) / 2, 12);
  });

  it('lets an open fault run to now, and to the month’s end once the month is over', () => {
    const open = [{ pointId: 1, foundAt: '2026-11-30T20:00', repairedAt: null }];
    expect(monthAvailability('2026-11', [point(1)], open, '2026-11-30T21:30').points[0]).toMatchObject({
      downMinutes: 90,
      faultCount: 1,
    });
    expect(monthAvailability('2026-11', [point(1)], open, after).points[0]!.downMinutes).toBe(240);
    expect(monthAvailability('2026-12', [point(1)], open, after).points[0]!.downMinutes).toBe(4 * 1440 + 600);
  });

  it('ends a retired point’s month at its retirement day and leaves it out of later months', () => {
    const faults = [{ pointId: 1, foundAt: '2026-11-09T12:00', repairedAt: '2026-11-12T00:00' }];
    const m = monthAvailability('2026-11', [point(1, '2026-11-10')], faults, after);
    expect(m.points[0]).toMatchObject({ retired: true, downMinutes: 720, faultCount: 1 });
    expect(m.points[0]!.availability).toBeCloseTo(1 - 720 / (9 * 1440), 12);
    expect(monthAvailability('2026-12', [point(1, '2026-11-10')], faults, after).points).toEqual([]);
    expect(monthAvailability('2026-11', [point(1, '2026-11-01')], faults, after).points).toEqual([]);
  });

  it('has everything up in a month not begun', () => {
    const m = monthAvailability('2027-01', [point(1)], [], after);
    expect(m).toMatchObject({ elapsedMinutes: 0, total: { availability: 1, downMinutes: 0 } });
    expect(monthAvailability('2027-01', [], [], after).total.availability).toBe(1);
  });
});

describe('the shift check’s 异常 items', () => {
  it('lists them in the checklist’s order with the symptom each suggests', () => {
    const bad = faultyItems({ ptz: 'fault', recording: 'ok', clarity: 'fault' });
    expect(bad).toEqual(['ptz', 'clarity']);
    expect(bad.map((k) => SYMPTOM_OF_CHECK[k])).toEqual(['ptz', 'blur']);
    expect(faultyItems({ ptz: 'ok', recording: 'ok', clarity: 'ok' })).toEqual([]);
  });
});
