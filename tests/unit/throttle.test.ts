import { describe, expect, it } from 'vitest';
import { currentFailures, delayAfter, FORGET_AFTER_MS, retryNotBefore } from '../../shared/session/throttle';

describe('登录限速规则', () => {
  it('lets five failures through, then doubles the wait from 30 s up to 30 min', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((n) => delayAfter(n) / 1000)).toEqual([30, 60, 120, 240, 480, 960]);
    expect(delayAfter(11) / 60_000).toBe(30);
    expect(delayAfter(40) / 60_000).toBe(30);
  });

  it('says when the next try may go ahead', () => {
    const lastAt = Date.UTC(2026, 10, 24, 1, 0, 0);
    expect(retryNotBefore(undefined, lastAt)).toBeNull();
    expect(retryNotBefore({ failures: 4, lastAt }, lastAt)).toBeNull();
    expect(retryNotBefore({ failures: 5, lastAt }, lastAt + 1000)).toBe(lastAt + 30_000);
    expect(retryNotBefore({ failures: 5, lastAt }, lastAt + 30_000)).toBeNull();
  });

  it('forgets a run after a quiet day', () => {
    const lastAt = 0;
    expect(currentFailures({ failures: 9, lastAt }, FORGET_AFTER_MS - 1)).toBe(9);
    expect(currentFailures({ failures: 9, lastAt }, FORGET_AFTER_MS)).toBe(0);
    expect(retryNotBefore({ failures: 30, lastAt }, FORGET_AFTER_MS)).toBeNull();
  });
});
