import { systemClock, type Clock } from '../../shared/clock';

/**
 * A clock that starts at a pinned instant and then runs at real speed, so the
 * browser suite and the bench see a fixed "today" while idle timers still
 * elapse. Test-only: it lives under tests/ so that no shipped entry (the
 * desktop app, `npm run serve`, `npm run archive`) can reach it.
 */
export function pinnedClock(startIso: string | undefined): Clock {
  if (!startIso) return systemClock;
  const start = new Date(startIso).getTime();
  if (Number.isNaN(start)) throw new Error(`not a valid pinned time: ${startIso}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Takes `--now <iso>` out of a test entry's arguments; the rest go to the shipped main unchanged. */
export function takeNow(argv: string[]): { now: string | undefined; rest: string[] } {
  const at = argv.indexOf('--now');
  if (at < 0) return { now: undefined, rest: argv };
  return { now: argv[at + 1], rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}
