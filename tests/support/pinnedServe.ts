/**
 * The browser suite's entry to the HTTP host: the same `main` as `npm run
 * serve`, with `--now <iso>` pinning the core's clock (tests/e2e/support/host.ts).
 * The shipped electron/serve.ts always runs on the system clock.
 * Usage: node --import tsx tests/support/pinnedServe.ts --dir <folder> [--now 2026-11-24T09:00:00]
 */
import { main } from '../../electron/serve';
import { pinnedClock, takeNow } from './pinnedClock';

const { now, rest } = takeNow(process.argv.slice(2));
main(rest, pinnedClock(now)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
