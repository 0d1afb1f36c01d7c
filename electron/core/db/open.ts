import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { archiveErrors, AppError } from '../errors';

export type Db = Database.Database;

/** Reads SQLCipher's 16-byte salt at the head of the file (not secret). */
export function readDbSalt(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('hex');
  } finally {
    closeSync(fd);
  }
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : '';
}

/**
 * Maps a driver error met while opening or reading to its own message.
 * `expectedSalt` tells a foreign file (different salt) from a damaged one.
 */
export function mapOpenError(err: unknown, path: string, expectedSalt?: string): Error {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED')
    return archiveErrors.inUse();
  if (code === 'SQLITE_NOTADB') {
    let salt = '';
    try {
      salt = readDbSalt(path);
    } catch {
      /* unreadable: treated as foreign below */
    }
    return expectedSalt && salt === expectedSalt
      ? archiveErrors.corrupt('文件头无法校验')
      : archiveErrors.notAnArchive('数据库文件');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return archiveErrors.corrupt();
  return err instanceof Error ? err : new Error(String(err));
}

export interface OpenOptions {
  /** Create the file if missing (first-run setup only). */
  create?: boolean;
  /** Tell a foreign file from a damaged one. */
  expectedSalt?: string;
  /** Open without changing a byte (verifying a backup copy). */
  readonly?: boolean;
}

/**
 * Opens the encrypted archive (design.md): cipher → legacy → raw key → a real
 * read (a wrong key fails only there) → pragmas. Refuses a driver without
 * SQLite3MultipleCiphers so a plain SQLite can never write an archive in clear.
 */
export function openEncrypted(path: string, masterKey: Buffer, options: OpenOptions = {}): Db {
  let db: Db;
  // SQLite takes a zero-length file for a
  // new, empty database, which the caller would then migrate — writing to a damaged
  // archive after a failed open. An archive is never empty.
  if (!options.create && existsSync(path) && statSync(path).size === 0)
    throw archiveErrors.corrupt('文件长度为零');
  try {
    db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false });
  } catch (err) {
    throw mapOpenError(err, path, options.expectedSalt);
  }
  try {
    // SQLCipher 4 format: HMAC-SHA512 per page, so tampering reads as corruption.
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${masterKey.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const hasCipher = db
      .prepare("SELECT 1 AS ok FROM pragma_function_list WHERE name = 'sqlite3mc_version'")
      .get();
    if (!hasCipher)
      throw new Error('SQLite3MultipleCiphers is missing: refusing to open an archive without encryption');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // A page cache big enough for the working set keeps encrypted reads at plain speed.
    db.pragma('cache_size = -131072');
    return db;
  } catch (err) {
    db.close();
    throw mapOpenError(err, path, options.expectedSalt);
  }
}

/** `quick_check` at every open; `integrity_check` on demand (it is slow at size). */
export function checkIntegrity(db: Db, mode: 'quick' | 'full'): string[] {
  let rows: { quick_check?: string; integrity_check?: string }[];
  try {
    rows = db.pragma(mode === 'quick' ? 'quick_check' : 'integrity_check') as typeof rows;
  } catch (err) {
    // a page whose HMAC fails makes the
    // check itself throw SQLITE_CORRUPT; that is a finding to report, not an internal error.
    if (sqliteCode(err).startsWith('SQLITE_CORRUPT'))
      return [err instanceof Error ? err.message : String(err)];
    throw err;
  }
  const messages = rows.map((r) => r.quick_check ?? r.integrity_check ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}
