import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GUARD_FILE } from '../../electron/core/features/session/session.guardFile';
import { snapshot } from './archive';

/**
 * The archive's files as they rest on disk, without SQLite's `-shm` index: that file
 * is shared memory (rebuilt from the WAL on open) and readers may touch its read
 * marks, so it is not part of what "nothing on disk changed" means. Nor is the login
 * guard's sidecar: a wrong password is counted there by design (session.guard.ts);
 * the database, the keyring and the backups are what must stay untouched.
 */
export function restingFiles(dir: string): Map<string, Buffer> {
  const files = snapshot(dir);
  for (const path of [...files.keys()])
    if (path.endsWith('-shm') || basename(path) === GUARD_FILE) files.delete(path);
  return files;
}

/** The paths added, removed or changed between two snapshots (empty when byte-identical). */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const changed: string[] = [];
  for (const [path, bytes] of before) if (!after.get(path)?.equals(bytes)) changed.push(path);
  for (const path of after.keys()) if (!before.has(path)) changed.push(path);
  return changed.sort();
}

/** Flips every bit of one byte of a file in place. */
export function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  if (offset < 0 || offset >= bytes.length)
    throw new Error(`offset ${offset} outside ${path} (${bytes.length} bytes)`);
  bytes[offset]! ^= 0xff;
  writeFileSync(path, bytes);
}

/** True when a message is meant for the user: it contains Chinese text. */
export const isChinese = (message: string): boolean => /\p{Script=Han}/u.test(message);
