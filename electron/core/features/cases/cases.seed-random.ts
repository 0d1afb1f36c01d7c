import type { PartyRecord } from './cases.queries';
import { idCheckChar } from '../../../../shared/privacy/identity';
import * as W from './cases.seed-data';

/**
 * The random parts of the demo ledger (cases.seed.ts): a seedable PRNG and the
 * people, organisations and places it draws.
 */
/** mulberry32: a small, fast, seedable PRNG — the same seed gives the same archive. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A key chosen by weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1]![0];
  }
}

export const fill = (s: string, v: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

export function personName(d: Dice): string {
  const surname = d.chance(0.004) ? d.pick(W.RARE_SURNAMES) : d.pick(W.SURNAMES);
  const given = Array.from({ length: d.chance(0.7) ? 2 : 1 }, () =>
    d.chance(0.015) ? d.pick(W.RARE_GIVEN) : d.pick(W.GIVEN),
  ).join('');
  return surname + given;
}

export function person(d: Dice, name: string): PartyRecord {
  const sexDigit = d.int(0, 9);
  let idNumber: string | null = null;
  let birth: string | null = null;
  if (d.chance(0.7)) {
    const year = d.int(1940, 2004);
    birth = `${year}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
    const first17 = `${d.pick(W.REGIONS)}${birth.replace(/-/g, '')}${String(d.int(0, 99)).padStart(2, '0')}${sexDigit}`;
    idNumber = first17 + idCheckChar(first17);
  }
  const estate = d.pick(W.ESTATES);
  return {
    kind: 'person',
    name,
    sex: idNumber ? (sexDigit % 2 === 1 ? 'male' : 'female') : d.chance(0.5) ? 'male' : 'female',
    ethnicity: d.pick(W.ETHNICITIES),
    birth_date: birth,
    age: birth ? null : d.chance(0.5) ? d.int(20, 85) : null,
    id_number: idNumber,
    phone: d.chance(0.85)
      ? `1${d.pick(['3', '5', '7', '8', '9'])}${String(d.int(0, 999_999_999)).padStart(9, '0')}`
      : null,
    occupation: d.pick(W.OCCUPATIONS),
    address: `${estate}${d.int(1, 30)}栋${d.int(1, 4)}单元${d.int(1, 18)}0${d.int(1, 4)}室`,
    grid: `第${d.int(1, 12)}网格`,
    representative: null,
    representative_title: null,
  };
}

export function organisation(d: Dice): PartyRecord {
  const org = d.pick(W.ORGANISATIONS);
  return {
    kind: 'organisation',
    name: org.name,
    sex: null,
    ethnicity: null,
    birth_date: null,
    age: null,
    id_number: null,
    phone: d.chance(0.5)
      ? `0${d.int(10, 99)}${d.int(6_000_000, 8_999_999)}`
      : `13${d.int(100_000_000, 999_999_999)}`,
    occupation: null,
    address: `${d.pick(W.ROADS)}${d.int(1, 300)}号`,
    grid: null,
    representative: personName(d),
    representative_title: org.title,
  };
}

export const place = (d: Dice) =>
  d.chance(0.6)
    ? `${d.pick(W.ESTATES)}${d.int(1, 30)}栋`
    : d.chance(0.7)
      ? `${d.pick(W.ROADS)}${d.int(1, 300)}号`
      : d.pick(W.OTHER_PLACES);

/** Categories whose disputes usually involve a sum of money. */
export const WITH_AMOUNT = new Set([
  '物业纠纷',
  '合同纠纷',
  '损害赔偿纠纷',
  '劳动争议纠纷',
  '消费纠纷',
  '医疗纠纷',
  '道路交通事故纠纷',
  '婚姻家庭纠纷',
]);
