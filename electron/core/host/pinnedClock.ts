import { systemClock, type Clock } from '../../../shared/clock';

/**
 * A clock that starts at a pinned instant and then runs at real speed, so the
 * browser suite sees a fixed "today" while idle timers still elapse.
 */
export function pinnedClock(startIso: string | undefined): Clock {
  if (!startIso) return systemClock;
  const start = new Date(startIso).getTime();
  if (Number.isNaN(start)) throw new Error(`ARCHIVE_NOW 不是有效的时间：${startIso}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}
