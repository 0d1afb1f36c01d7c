import { systemClock } from '../../shared/clock';
import { runArchiveCli } from './cli';

/**
 * `npm run archive -- …`, the shipped command line. It always runs on the
 * PC's own clock: nothing a user can pass sets the time it records.
 */
runArchiveCli(process.argv.slice(2), systemClock).then((code) => process.exit(code));
