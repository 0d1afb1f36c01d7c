import { halfWidth } from '../halfWidth';

/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character from
 * weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, remainder → 1 0 X 9 8 7 6 5 4 3 2.
 * The standard example 11010519491231002X is valid.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character the first 17 digits call for. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export interface IdCardInfo {
  birthDate: string;
  sex: 'male' | 'female';
}

/**
 * Checks an 18-digit ID number: shape, a real birth date, the checksum.
 * Returns the birth date and sex it encodes, or a Chinese reason.
 */
export function parseIdNumber(raw: string): { ok: true; value: IdCardInfo } | { ok: false; message: string } {
  const id = halfWidth(raw).trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号应为 18 位，最后一位可以是数字或 X' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: '身份证号中的出生日期不正确' };
  }
  if (idCheckChar(id.slice(0, 17)) !== id[17])
    return { ok: false, message: '身份证号校验位不正确，请逐位核对' };
  return {
    ok: true,
    value: {
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** Age in whole years on a given day (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Mainland mobile numbers (1[3-9]xxxxxxxxx) or landlines with an area code (0xx-xxxxxxx). */
export function isValidPhone(raw: string): boolean {
  const p = halfWidth(raw).replace(/[\s-]/g, '');
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}\d{7,8}$/.test(p) || /^\d{7,8}$/.test(p);
}

/** Lists and exports show ID numbers masked: 110105********002X (domain.md, privacy). */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  return id.length <= 10
    ? '*'.repeat(id.length)
    : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** Phones masked as 138****5678. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const p = phone.replace(/[\s-]/g, '');
  // Module 1 fix: a 7–10 digit local number used to come out whole (7 digits: 3 + 0 stars + 4);
  // short numbers now keep only their last four digits.
  if (p.length < 11)
    return p.length <= 4 ? '*'.repeat(p.length) : `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
  return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}
