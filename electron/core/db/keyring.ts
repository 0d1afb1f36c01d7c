import { existsSync, readFileSync } from 'node:fs';
import { createHmac, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { archiveErrors } from '../errors';
import { writeFileAtomic } from './atomicFile';
import { DEFAULT_KDF, openWithSecret, sealWithSecret, type KdfParams, type Sealed } from './crypto';
import {
  formatRecoveryKey,
  isWellFormedRecoveryKey,
  normaliseRecoveryKey,
  recoveryBodyFromBytes,
} from '../../../shared/recoveryKey';

/**
 * The keyring beside the database: the master key wrapped once per account and
 * once under the recovery key. It holds no name in clear — accounts are found
 * by an HMAC of the login name under a per-archive salt.
 */
const sealedSchema = z.object({ salt: z.string(), iv: z.string(), tag: z.string(), data: z.string() });
const keyringSchema = z.object({
  format: z.literal('centre-archive-keyring'),
  version: z.literal(1),
  archiveId: z.string(),
  /** The first 16 bytes of the database file (SQLCipher's salt): tells "not ours" from "corrupt". */
  dbSalt: z.string(),
  kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }),
  lookupSalt: z.string(),
  accounts: z.array(z.object({ accountId: z.number().int(), lookup: z.string(), sealed: sealedSchema })),
  recovery: sealedSchema,
});
export type Keyring = z.infer<typeof keyringSchema>;

export const KEYRING_FILE = 'keyring.json';

export function keyringPath(dir: string): string {
  return join(dir, KEYRING_FILE);
}

export function readKeyring(path: string): Keyring {
  if (!existsSync(path)) {
    // The database without its keyring cannot be opened; a backup carries both.
    if (existsSync(join(dirname(path), 'archive.db'))) throw archiveErrors.keyringMissing();
    throw archiveErrors.noArchive();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw archiveErrors.notAnArchive('密钥文件');
  }
  const result = keyringSchema.safeParse(parsed);
  if (!result.success) throw archiveErrors.notAnArchive('密钥文件');
  return result.data;
}

/** Writes atomically (office PCs lose power). */
export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomic(path, JSON.stringify(keyring, null, 2));
}

export function lookupOf(keyring: Pick<Keyring, 'lookupSalt'>, username: string): string {
  return createHmac('sha256', Buffer.from(keyring.lookupSalt, 'hex'))
    .update(username.normalize('NFC').toLowerCase())
    .digest('hex');
}

export function newRecoveryKey(): string {
  return formatRecoveryKey(recoveryBodyFromBytes(randomBytes(96)));
}

export async function createKeyring(
  masterKey: Buffer,
  dbSalt: string,
  recoveryKey: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<Keyring> {
  return {
    format: 'centre-archive-keyring',
    version: 1,
    archiveId: randomBytes(16).toString('hex'),
    dbSalt,
    kdf,
    lookupSalt: randomBytes(16).toString('hex'),
    accounts: [],
    recovery: await sealWithSecret(masterKey, normaliseRecoveryKey(recoveryKey), kdf),
  };
}

/** Seals the master key under an account's password (the slow, async part). */
export function sealForAccount(keyring: Keyring, masterKey: Buffer, password: string): Promise<Sealed> {
  return sealWithSecret(masterKey, password, keyring.kdf);
}

/** Returns a new keyring with the account's entry set (added or replaced). */
export function putAccount(keyring: Keyring, accountId: number, username: string, sealed: Sealed): Keyring {
  const entry = { accountId, lookup: lookupOf(keyring, username), sealed };
  return { ...keyring, accounts: [...keyring.accounts.filter((a) => a.accountId !== accountId), entry] };
}

export function withoutAccount(keyring: Keyring, accountId: number): Keyring {
  return { ...keyring, accounts: keyring.accounts.filter((a) => a.accountId !== accountId) };
}

export async function withRecovery(
  keyring: Keyring,
  masterKey: Buffer,
  recoveryKey: string,
): Promise<Keyring> {
  return {
    ...keyring,
    recovery: await sealWithSecret(masterKey, normaliseRecoveryKey(recoveryKey), keyring.kdf),
  };
}

/** Unwraps with a login name and password; throws the one "wrong password" error for both unknowns. */
export async function unwrapWithPassword(
  keyring: Keyring,
  username: string,
  password: string,
): Promise<{ masterKey: Buffer; accountId: number }> {
  const entry = keyring.accounts.find((a) => a.lookup === lookupOf(keyring, username));
  if (!entry) {
    // Spend the same time as a real attempt, so timing does not reveal which names exist.
    await openWithSecret(keyring.recovery, password, keyring.kdf);
    throw archiveErrors.wrongPassword();
  }
  const masterKey = await openWithSecret(entry.sealed, password, keyring.kdf);
  if (!masterKey) throw archiveErrors.wrongPassword();
  return { masterKey, accountId: entry.accountId };
}

/** Tries a password against every account entry (CLI `verify` without a user name). */
export async function unwrapWithAnyPassword(
  keyring: Keyring,
  password: string,
): Promise<{ masterKey: Buffer; accountId: number }> {
  for (const entry of keyring.accounts) {
    const masterKey = await openWithSecret(entry.sealed, password, keyring.kdf);
    if (masterKey) return { masterKey, accountId: entry.accountId };
  }
  throw archiveErrors.wrongPassword();
}

export async function unwrapWithRecovery(keyring: Keyring, recoveryKey: string): Promise<Buffer> {
  if (!isWellFormedRecoveryKey(recoveryKey)) throw archiveErrors.badRecoveryKeyFormat();
  const key = await openWithSecret(keyring.recovery, normaliseRecoveryKey(recoveryKey), keyring.kdf);
  if (!key) throw archiveErrors.wrongRecoveryKey();
  return key;
}
