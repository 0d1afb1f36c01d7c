/**
 * Text typed with a Chinese input method in full-width mode: `１１０１０５…Ｘ`,
 * `１３８ １２３４ ５６７８`, `１２，０００．５０`. NFKC folds full-width digits,
 * letters and punctuation to their ASCII forms (and leaves Chinese text as it
 * is), so IDs, phones and amounts are checked and stored as staff mean them
 * (issue 13, item 8).
 */
export const halfWidth = (s: string): string => s.normalize('NFKC');

/**
 * An amount in yuan as typed: digits with at most two decimals, thousands
 * separators (, or ，) allowed, full-width accepted. Empty → undefined; anything
 * else unreadable → NaN, so the form names the field.
 */
export function parseYuan(typed: string): number | undefined {
  const t = halfWidth(typed).trim().replace(/[,\s]/g, '');
  if (t === '') return undefined;
  return /^\d+(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}
