/**
 * Recovery-key text format: 9 groups of 4 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), the last group a checksum, so a mistyped key is
 * told apart from a wrong one before any expensive key derivation.
 */
export const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 9;
const GROUP = 4;
const BODY_CHARS = (GROUPS - 1) * GROUP;

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

function checksum(body: string): string {
  // A position-weighted sum over the alphabet; catches any single wrong
  // character and any swap of two neighbours.
  let a = 7;
  let b = 13;
  for (const ch of body) {
    const v = RECOVERY_ALPHABET.indexOf(ch);
    a = (a * 31 + v + 1) % 1_000_003;
    b = (b + a) % 999_983;
  }
  let n = (a * 1_000_000 + b) % RECOVERY_ALPHABET.length ** GROUP;
  let out = '';
  for (let i = 0; i < GROUP; i++) {
    out = RECOVERY_ALPHABET[n % RECOVERY_ALPHABET.length] + out;
    n = Math.floor(n / RECOVERY_ALPHABET.length);
  }
  return out;
}

/** Formats random body characters into the printed key `XXXX-XXXX-…`. */
export function formatRecoveryKey(body: string): string {
  const full = body + checksum(body);
  return full.match(/.{4}/g)!.join('-');
}

/** True when the typed key has the right shape and checksum. */
export function isWellFormedRecoveryKey(typed: string): boolean {
  const n = normaliseRecoveryKey(typed);
  if (n.length !== GROUPS * GROUP) return false;
  if ([...n].some((ch) => !RECOVERY_ALPHABET.includes(ch))) return false;
  return checksum(n.slice(0, BODY_CHARS)) === n.slice(BODY_CHARS);
}

/** Builds a key body from random byte values (0–255), rejection-sampled for uniformity. */
export function recoveryBodyFromBytes(bytes: Iterable<number>): string {
  const max = Math.floor(256 / RECOVERY_ALPHABET.length) * RECOVERY_ALPHABET.length;
  let body = '';
  for (const byte of bytes) {
    if (byte >= max) continue;
    body += RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length];
    if (body.length === BODY_CHARS) return body;
  }
  throw new Error('not enough random bytes for a recovery key');
}

export const RECOVERY_BODY_CHARS = BODY_CHARS;

/** Groups on one printed or shown line: three lines of three, the same on screen and on the sheet. */
export const RECOVERY_GROUPS_PER_ROW = 3;

/**
 * The key's groups as it is laid out for reading and copying by hand, in rows
 * of whole groups: a line break only ever falls between two groups.
 */
export function recoveryKeyRows(key: string): string[][] {
  const groups = key.split('-');
  const rows: string[][] = [];
  for (let i = 0; i < groups.length; i += RECOVERY_GROUPS_PER_ROW)
    rows.push(groups.slice(i, i + RECOVERY_GROUPS_PER_ROW));
  return rows;
}
