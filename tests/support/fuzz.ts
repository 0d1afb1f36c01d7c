import type { z } from 'zod';

/**
 * A small deterministic PRNG (mulberry32): the same seed gives the same
 * inputs on every run, so a failure found in CI can be replayed exactly.
 */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!,
    chance: (p: number): boolean => next() < p,
  };
}
export type Prng = ReturnType<typeof prng>;

type Path = (string | number)[];
interface Slot {
  path: Path;
  value: unknown;
}

/** Every primitive leaf and every object (not array) of a valid input, with its path. */
function slotsOf(value: unknown, path: Path = [], out = { leaves: [] as Slot[], objects: [] as Slot[] }) {
  if (Array.isArray(value)) value.forEach((v, i) => slotsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    out.objects.push({ path, value });
    for (const [k, v] of Object.entries(value)) slotsOf(v, [...path, k], out);
  } else out.leaves.push({ path, value });
  return out;
}

/** Replaces (or deletes, with `undefined` and `remove`) the value at a path of a deep copy. */
function withAt(
  root: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  if (path.length === 0) throw new Error('withAt needs a path');
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

const IMPOSSIBLE_DAYS = [
  '2026-02-30',
  '2027-02-29',
  '9999-99-99',
  '2026-13-01',
  '2026-00-10',
  '2026-11-31',
  '1899-12-31',
  '2101-01-01',
  '0000-00-00',
];
const IMPOSSIBLE_MINUTES = [
  '9999-99-99T99:99',
  '2026-11-24T24:00',
  '2026-02-30T10:00',
  '2026-11-24T09:60',
  '1899-12-31T23:59',
  '2101-01-01T00:00',
];
const BAD_NUMBERS = [
  Number.NaN,
  -1,
  -0.5,
  -1e9,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  0.5,
  Number.MAX_SAFE_INTEGER + 2,
];
const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, Number.NaN, 'x', '', [], {}, [1, 2], { a: 1 }];
const EXTRA_KEYS = ['x', 'constructor', 'toString', 'role', 'isAdmin', '__defineGetter__', '0', '', '字段'];

/** Nested arrays and objects `depth` levels deep. */
function deep(rnd: Prng, depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = rnd.chance(0.5) ? [v] : { a: v };
  return v;
}

/** A string of `n` characters, ASCII or CJK, sometimes with NUL and lone surrogates. */
function huge(rnd: Prng): string {
  const n = rnd.pick([5_000, 40_000, 300_000]);
  return rnd.pick(['x', '字', '\u0000', '\ud800', '𠮷']).repeat(n);
}

function wrongTypeFor(rnd: Prng, value: unknown): unknown {
  const others = WRONG_TYPES.filter((w) => typeof w !== typeof value || (w === null) !== (value === null));
  return rnd.pick(others);
}

/** One malformed variant of a valid input, and what was done to it. */
export interface Malformed {
  kind: string;
  input: unknown;
  /**
   * Malformed whatever the schema says: an impossible date in a date field.
   * Such a variant is never skipped, so a schema that lets it through fails the test.
   */
  certain?: boolean;
}

const KINDS = ['whole', 'extra', 'missing', 'wrongType', 'huge', 'deep', 'proto', 'date', 'number'] as const;

/** Makes one malformed variant of `valid` (it may still happen to be valid: the caller checks against the schema). */
export function mutate(rnd: Prng, valid: unknown): Malformed {
  const { leaves, objects } = slotsOf(valid);
  const dates = leaves.filter((l) => typeof l.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(l.value));
  const numbers = leaves.filter((l) => typeof l.value === 'number');
  const strings = leaves.filter((l) => typeof l.value === 'string');
  const kind = rnd.pick(KINDS);
  const leaf = (pool: Slot[]) =>
    rnd.pick(pool.length ? pool : leaves.length ? leaves : [{ path: ['x'], value: 1 }]);
  const object = () => rnd.pick(objects.length ? objects : [{ path: [], value: valid }]);
  switch (kind) {
    case 'whole':
      return {
        kind,
        input: rnd.pick([null, 42, -1, Number.NaN, 'text', [], [valid], true, huge(rnd), deep(rnd, 50)]),
      };
    case 'extra': {
      const o = object();
      const key = rnd.pick(EXTRA_KEYS);
      const extra = rnd.pick<unknown>([1, 'x', null, { role: 'director' }]);
      if (o.path.length === 0) return { kind, input: { ...(valid as object), [key]: extra } };
      return { kind, input: withAt(valid, o.path, (p, k) => (p[k] = { ...(p[k] as object), [key]: extra })) };
    }
    case 'missing': {
      const o = object();
      const keys = Object.keys(o.value as object);
      if (!keys.length) return { kind, input: undefined };
      const path = [...o.path, rnd.pick(keys)];
      return { kind, input: withAt(valid, path, (p, k) => delete p[k]) };
    }
    case 'wrongType': {
      const l = leaf(leaves);
      if (l.path.length === 0) return { kind, input: wrongTypeFor(rnd, valid) };
      return { kind, input: withAt(valid, l.path, (p, k) => (p[k] = wrongTypeFor(rnd, l.value))) };
    }
    case 'huge': {
      const l = leaf(strings);
      return { kind, input: withAt(valid, l.path, (p, k) => (p[k] = huge(rnd))) };
    }
    case 'deep': {
      const l = leaf(leaves);
      const depth = rnd.pick([100, 1_000, 3_000]);
      return { kind, input: withAt(valid, l.path, (p, k) => (p[k] = deep(rnd, depth))) };
    }
    case 'proto': {
      // An own `__proto__` key, as JSON.parse makes it: it must be refused, and must never reach a prototype.
      const o = object();
      const poison = JSON.parse('{"__proto__": {"polluted": true, "role": "director"}}') as object;
      const add = (target: object) => {
        for (const [k, v] of Object.entries(poison))
          Object.defineProperty(target, k, {
            value: v,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        return target;
      };
      if (o.path.length === 0) return { kind, input: add(structuredClone(valid) as object) };
      return { kind, input: withAt(valid, o.path, (p, k) => add(p[k] as object)) };
    }
    case 'date': {
      const l = leaf(dates.length ? dates : strings);
      const long = typeof l.value === 'string' && l.value.includes('T');
      return {
        kind,
        certain: dates.length > 0,
        input: withAt(
          valid,
          l.path,
          (p, k) => (p[k] = rnd.pick(long ? IMPOSSIBLE_MINUTES : IMPOSSIBLE_DAYS)),
        ),
      };
    }
    case 'number': {
      const l = leaf(numbers);
      return { kind, input: withAt(valid, l.path, (p, k) => (p[k] = rnd.pick(BAD_NUMBERS))) };
    }
  }
}

/** True when the schema refuses the input: only those count as malformed. */
export const refusedBy = (schema: z.ZodType, input: unknown): boolean => !schema.safeParse(input).success;
