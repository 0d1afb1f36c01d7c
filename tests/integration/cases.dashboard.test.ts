import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDashboard } from '../../shared/cases/schemas';
import { value } from '../support/archive';
import { ledgerArchive, STAFF, type LedgerArchive } from '../support/ledger';

describe('工作台', () => {
  let a: LedgerArchive;

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T09:00:00');
  });
  afterAll(() => a.cleanup());

  it('lists the user’s cases due within one working day and overdue, and every open major case', async () => {
    await a.login(STAFF);
    const mine = await a.create({ handlerId: a.ids.litingshu }); // due Fri 27 Nov
    const firstContactOnly = await a.create(); // no handler: the first contact (staff) answers for it
    const othersMajor = await a.create({
      handlerId: a.ids.chenyan,
      majorReasons: ['criminal'],
      difficulty: 'major',
    });
    const dash = async () => value(await a.call<CaseDashboard>('cases:dashboard'));
    expect(await dash()).toEqual({
      due: [],
      overdue: [],
      majorOpen: [expect.objectContaining({ id: othersMajor.id })],
    });
    // Thursday: Friday's deadline is within one working day.
    a.clock.set('2026-11-26T09:00:00');
    // (The idle lock has long run out: sign in again.)
    await a.login(STAFF);
    let d = await dash();
    expect(d.due.map((r) => r.id)).toEqual([mine.id, firstContactOnly.id]);
    expect(d.due.every((r) => r.deadlineState === 'yellow')).toBe(true);
    // Monday: both are overdue (red); the major one is someone else's, but shown to everyone.
    a.clock.set('2026-11-30T09:00:00');
    await a.login(STAFF);
    d = await dash();
    expect(d.due).toEqual([]);
    expect(d.overdue.map((r) => [r.id, r.deadlineState])).toEqual([
      [mine.id, 'red'],
      [firstContactOnly.id, 'red'],
    ]);
    expect(d.majorOpen.map((r) => r.id)).toEqual([othersMajor.id]);
    // Closing takes a case off the dashboard.
    value(
      await a.call('cases:transition', {
        id: othersMajor.id,
        to: 'closed',
        outcome: 'resolved',
        result: '已化解',
      }),
    );
    value(await a.call('cases:transition', { id: mine.id, to: 'suspended', reason: '当事人住院' }));
    d = await dash();
    expect(d.majorOpen).toEqual([]);
    expect(d.overdue.map((r) => r.id)).toEqual([firstContactOnly.id]);
    await a.asDirector();
  });
});
