/**
 * Child process for tests/integration/setup.interrupted.test.ts: runs the
 * first set-up (the same service as the wizard's `setup:initialise`, `archive
 * init` and `seed`) and kills itself with SIGKILL — a power cut — the moment
 * set-up reaches the named stage, so the interruption point is exact, not timed.
 * Usage: tsx tests/support/setupChild.ts <dir> <stage>
 */
import { initialiseArchive } from '../../electron/core/features/setup/setup.service';
import type { SetupStage } from '../../electron/core/db/create';
import { CENTRE, DIRECTOR, FAST_KDF } from './archive';

const [dir, stage] = process.argv.slice(2);
if (!dir || !stage) throw new Error('usage: setupChild.ts <dir> <stage>');

await initialiseArchive(
  dir,
  { ...CENTRE, director: DIRECTOR },
  {
    now: new Date('2026-11-24T09:00:00'),
    kdf: FAST_KDF,
    onStage: (reached: SetupStage) => {
      if (reached === stage) process.kill(process.pid, 'SIGKILL');
    },
  },
);
process.stderr.write(`set-up finished without reaching ${stage}\n`);
process.exit(1);
