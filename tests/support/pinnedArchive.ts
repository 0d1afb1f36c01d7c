/**
 * The test suite's and the bench's entry to the archive command line: the same
 * CLI as `npm run archive`, with `--now <iso>` pinning its clock (seeded demo
 * archives and printed documents with a fixed date). The shipped entry,
 * electron/cli/archive.ts, has no such option and refuses `--now`.
 * Usage: node --import tsx tests/support/pinnedArchive.ts <verb> … [--now 2026-11-24T09:00:00]
 */
import { runArchiveCli } from '../../electron/cli/cli';
import { pinnedClock, takeNow } from './pinnedClock';

const { now, rest } = takeNow(process.argv.slice(2));
runArchiveCli(rest, pinnedClock(now)).then((code) => process.exit(code));
