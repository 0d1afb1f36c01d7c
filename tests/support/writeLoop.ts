/**
 * Child process for tests/integration/crash.test.ts: signs in and commits one
 * settings update after another (each a transaction with its audit record),
 * printing the index of each write only after it has committed. It is killed
 * with SIGKILL mid-loop; the centre name carries the index, so the parent can
 * tell which writes survived.
 * Usage: tsx tests/support/writeLoop.ts <dir> <username> <password>
 */
import { CENTRE, FAST_KDF } from './archive';
import { createTestCore } from './jobs';

const [dir, username, password] = process.argv.slice(2);
if (!dir || !username || !password) throw new Error('usage: writeLoop.ts <dir> <username> <password>');

const core = createTestCore({ archiveDir: dir, kdf: FAST_KDF });
const login = await core.call('session:login', { username, password });
if (!login.ok) {
  process.stderr.write(`${login.error.code}\n`);
  process.exit(1);
}
// A bound, so an orphaned child cannot run forever.
for (let i = 1; i <= 20_000; i++) {
  const result = await core.call('settings:update', {
    ...CENTRE,
    centreName: `${CENTRE.centreName}-${i}`,
    idleLockMinutes: (i % 240) + 1,
    backupKeep: 10,
  });
  if (!result.ok) {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${i}\n`);
}
process.exit(0);
