import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { archiveErrors } from '../errors';

/**
 * "In use by another running copy" (design.md). SQLite's WAL lets several
 * processes open one file, so a program that writes holds this small lock file
 * naming its process; a lock whose process is gone is stale and taken over.
 */
const LOCK_FILE = 'archive.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Throws ARCHIVE_IN_USE when another live process on this PC holds the archive. */
export function assertNotInUse(dir: string): void {
  const path = join(dir, LOCK_FILE);
  if (!existsSync(path)) return;
  try {
    const lock = JSON.parse(readFileSync(path, 'utf8')) as { pid: number; host: string };
    if (lock.pid !== process.pid && lock.host === hostname() && alive(lock.pid)) throw archiveErrors.inUse();
  } catch (err) {
    if (err instanceof Error && err.name === 'AppError') throw err;
    // An unreadable lock file is stale.
  }
}

/** Takes the lock (after the archive opened, or before a set-up begins); returns the release function. */
export function acquireLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const body = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  try {
    // Created exclusively, so two programs setting up one folder at once cannot both hold it.
    writeFileSync(path, body, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    assertNotInUse(dir);
    writeFileSync(path, body);
  }
  return () => {
    try {
      const lock = JSON.parse(readFileSync(path, 'utf8')) as { pid: number };
      if (lock.pid === process.pid) rmSync(path, { force: true });
    } catch {
      /* already gone */
    }
  };
}
