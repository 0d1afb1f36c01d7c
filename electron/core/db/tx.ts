import type { Db } from './open';

/**
 * The one way to write: a transaction that takes the write lock at BEGIN
 * (IMMEDIATE). A deferred transaction that reads first and then writes fails
 * at once with SQLITE_BUSY when another process (the command line's backup, a
 * second copy) wrote meanwhile, whatever the busy timeout; an immediate one
 * waits its turn under the timeout instead.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Several reads that must see one state of the archive (a deferred transaction that never writes). */
export function readSnapshot<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).deferred();
}
