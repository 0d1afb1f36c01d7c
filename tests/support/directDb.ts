import { dbPath } from '../../electron/core/db/archive';
import { keyringPath, readKeyring, unwrapWithPassword } from '../../electron/core/db/keyring';
import { openEncrypted, type Db } from '../../electron/core/db/open';
import { DIRECTOR } from './archive';

/** The archive's master key, unwrapped the way a login does (director by default). */
export async function masterKeyOf(
  dir: string,
  username: string = DIRECTOR.username,
  password: string = DIRECTOR.password,
): Promise<Buffer> {
  const { masterKey } = await unwrapWithPassword(readKeyring(keyringPath(dir)), username, password);
  return masterKey;
}

/**
 * Opens the archive's database directly under its master key, bypassing the API:
 * for tests that tamper with the data or inspect it the way an attacker with the key could.
 */
export async function openDirect(dir: string, username?: string, password?: string): Promise<Db> {
  const keyring = readKeyring(keyringPath(dir));
  return openEncrypted(dbPath(dir), await masterKeyOf(dir, username, password), {
    expectedSalt: keyring.dbSalt,
  });
}

/** Row count of one table (the name comes from the test, never from input). */
export function countRows(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}
