/**
 * Child process for tests/integration/archive.errors.test.ts: signs in to an
 * archive (which takes the in-use lock) and holds it until killed.
 * Usage: tsx tests/support/holdArchive.ts <dir> <username> <password>
 */
import { FAST_KDF } from './archive';
import { createTestCore } from './jobs';

const [dir, username, password] = process.argv.slice(2);
if (!dir || !username || !password) throw new Error('usage: holdArchive.ts <dir> <username> <password>');

const core = createTestCore({ archiveDir: dir, kdf: FAST_KDF });
const result = await core.call('session:login', { username, password });
if (!result.ok) {
  process.stderr.write(`${result.error.code}\n`);
  process.exit(1);
}
process.stdout.write('ready\n');
// Hold the archive open until the parent kills this process; give up after 5 minutes.
setTimeout(() => process.exit(3), 5 * 60_000);
