/**
 * The browser suite's entry to the HTTP host: the same `main` as `npm run
 * serve`, with `--now <iso>` pinning the core's clock (tests/e2e/support/host.ts)
 * through a test-only entry of the core's thread. The shipped electron/serve.ts
 * always runs on the system clock.
 * Usage: node --import tsx tests/support/pinnedServe.ts --dir <folder> [--now 2026-11-24T09:00:00]
 */
import { main } from '../../electron/serve';
import { takeNow } from './pinnedClock';

const { now, rest } = takeNow(process.argv.slice(2));
main(rest, {
  entry: { url: new URL('./pinnedCore.worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] },
  data: { now },
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
