import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/atomicFile';

/**
 * The login guard's sidecar (`login-guard.json` beside the keyring): failure
 * counters and the failures not yet written into the audit trail. It is read
 * and written while the archive is closed, so it is plain JSON; what is in it
 * and why that is safe is explained in session.guard.ts.
 */
export const GUARD_FILE = 'login-guard.json';

const sealedTextSchema = z.object({ epk: z.string(), iv: z.string(), tag: z.string(), data: z.string() });
const pendingSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['login', 'unlock', 'recover']),
  /** The login name as typed, sealed to `publicKey`; null when there was no key yet. */
  name: sealedTextSchema.nullable(),
});
const guardSchema = z.object({
  format: z.literal('centre-archive-login-guard'),
  version: z.literal(1),
  publicKey: z.string().nullable(),
  counters: z.record(z.string(), z.object({ failures: z.number().int(), lastAt: z.number() })),
  pending: z.array(pendingSchema),
});
export type GuardState = z.infer<typeof guardSchema>;
export type PendingFailure = z.infer<typeof pendingSchema>;

const empty = (): GuardState => ({
  format: 'centre-archive-login-guard',
  version: 1,
  publicKey: null,
  counters: {},
  pending: [],
});

export function readGuard(dir: string): GuardState {
  const path = join(dir, GUARD_FILE);
  if (!existsSync(path)) return empty();
  try {
    const parsed = guardSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    // A damaged file must not lock everyone out; starting afresh gives an attacker
    // nothing they could not have by deleting it (see session.guard.ts).
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

export function writeGuard(dir: string, state: GuardState): void {
  writeFileAtomic(join(dir, GUARD_FILE), JSON.stringify(state));
}

/** Reads, changes and writes back the sidecar (calls reach the core one at a time). */
export function updateGuard(dir: string, change: (state: GuardState) => void): void {
  const state = readGuard(dir);
  change(state);
  writeGuard(dir, state);
}
