import { randomBytes } from 'node:crypto';
import {
  keyringPath,
  newRecoveryKey,
  putAccount,
  readKeyring,
  withRecovery,
  writeKeyring,
  type Keyring,
} from './keyring';
import type { Sealed } from './crypto';
import { dbPath, type OpenArchive } from './archive';
import { readDbSalt } from './open';

/**
 * Re-encrypts the whole archive under a new random master key (a separate,
 * explicit director action; design.md). The keyring is rebuilt with only the
 * acting director's entry and a new recovery key: other passwords wrapped the
 * old key and must be reset. The caller takes a backup first.
 */
export async function rekeyArchive(
  archive: OpenArchive,
  director: { id: number; username: string },
  sealDirector: (masterKey: Buffer, keyring: Keyring) => Promise<Sealed>,
): Promise<{ recoveryKey: string }> {
  const newKey = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  // Seal everything before touching the database, so the slow part cannot fail halfway.
  const base: Keyring = { ...archive.keyring, accounts: [] };
  const withDirector = putAccount(base, director.id, director.username, await sealDirector(newKey, base));
  const next = await withRecovery(withDirector, newKey, recoveryKey);
  const { db } = archive;
  // Rekeying is done in rollback-journal mode; WAL is restored afterwards.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = "x'${newKey.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
  const finalKeyring = { ...next, dbSalt: readDbSalt(dbPath(archive.dir)) };
  writeKeyring(keyringPath(archive.dir), finalKeyring);
  archive.masterKey.fill(0);
  archive.masterKey = newKey;
  archive.keyring = readKeyring(keyringPath(archive.dir));
  return { recoveryKey };
}
