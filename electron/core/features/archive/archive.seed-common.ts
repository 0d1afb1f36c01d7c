// The bits both halves of the archive room's seed use: time helpers, the people and item rows they draw on, common names.
// Separate so the catalogue (archive.seed.ts) and the loans (archive.seed-loans.ts) share them without importing each other.
import type { Dice } from '../cases/cases.seed-random';
import { GIVEN, SURNAMES } from '../cases/cases.seed-data';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import type { Classification } from '../../../../shared/archive/codes';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Person {
  id: number;
  name: string;
  role: string;
}

export interface ItemRow {
  id: number;
  code: string;
  category: string;
  classification: Classification;
  important: number;
  pages: number;
  created_at: string;
}

export const minute = (t: number) => toLocalIso(new Date(t)).slice(0, 16);
export const dayOf = (t: number) => toLocalDate(new Date(t));
export const atDay = (day: string) => new Date(`${day}T00:00:00`).getTime();
export const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A name of common characters: the ledger's seed draws rare ones on purpose (the font check), but a
 * borrower or a paper dossier's party with a character the document font lacks would stop the
 * register and the catalogue from printing at all.
 */
export const commonName = (d: Dice) =>
  d.pick(SURNAMES) + d.pick(GIVEN) + (d.chance(0.7) ? d.pick(GIVEN) : '');
