import { halfWidth } from '../halfWidth';

/**
 * Finding the header row of an old workbook and proposing which column holds
 * which field (issue 14, item 1). Offices put title rows above the header
 * (「2024年矛盾纠纷排查调处台账」), merge header cells over two rows (当事人 over
 * 申请人 | 被申请人), and name columns in their own words; the proposal is
 * only a start — the user corrects it, and the corrected mapping is remembered
 * for the next workbook with the same columns.
 */

/** A field a column can fill, with the names offices give such a column. */
export interface ImportTarget {
  key: string;
  label: string;
  /** Column names meaning this field, most specific first; compared after {@link headerKey}. */
  names: readonly string[];
}

/** A header cell reduced to what identifies it: no spaces, no notes in brackets, half-width. */
export function headerKey(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return halfWidth(String(cell))
    .replace(/[(（][^)）]*[)）]/gu, '')
    .replace(/[\s:：*＊]/gu, '')
    .toLowerCase();
}

/** How well a header cell names a target: 2 exactly one of its names, 1 contains one, 0 not at all. */
function score(cell: string, target: ImportTarget): number {
  if (cell === '') return 0;
  if (target.names.includes(cell)) return 2;
  return target.names.some((n) => n.length >= 2 && cell.includes(n)) ? 1 : 0;
}

const matches = (cells: readonly string[], targets: readonly ImportTarget[]) =>
  cells.filter((c) => targets.some((t) => score(c, t) === 2)).length;

/** Where the data starts and what each column is called. */
export interface FoundHeader {
  /** 0-based index of the (last) header row; data starts on the next row. */
  row: number;
  /** The column names, one per column; a two-row header gives the lower name where there is one. */
  labels: string[];
}

/** Rows looked at for the header: title rows rarely take more than a few. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: among the first rows, the one whose cells most often name a
 * field exactly (at least two). When the row below names fields too — a header
 * merged over two rows — the two are read as one: the lower name where there
 * is one, else the upper (a merged cell repeats its value across its columns).
 */
export function findHeader(
  rows: readonly (readonly unknown[])[],
  targets: readonly ImportTarget[],
): FoundHeader | null {
  let best = -1;
  let bestCount = 1;
  const keyed = rows.slice(0, HEADER_SEARCH_ROWS).map((r) => r.map(headerKey));
  keyed.forEach((cells, i) => {
    const n = matches(cells, targets);
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  });
  if (best < 0) return null;
  const upper = keyed[best]!;
  const lower = keyed[best + 1] ?? [];
  const width = Math.max(upper.length, lower.length);
  const rawUpper = rows[best]!;
  const rawLower = rows[best + 1] ?? [];
  const label = (raw: readonly unknown[], i: number) => String(raw[i] ?? '').trim();
  if (matches(lower, targets) < 2)
    return { row: best, labels: Array.from({ length: width }, (_, i) => label(rawUpper, i)) };
  return {
    row: best + 1,
    labels: Array.from({ length: width }, (_, i) => label(rawLower, i) || label(rawUpper, i)),
  };
}

/** Column index → target key, or null for a column left out. */
export type ColumnMapping = (string | null)[];

/**
 * The proposed mapping: each target goes to the column that names it best
 * (an exact name before a containing one, the leftmost on a tie); a column
 * serves one target at most.
 */
export function proposeMapping(labels: readonly string[], targets: readonly ImportTarget[]): ColumnMapping {
  const keys = labels.map(headerKey);
  const mapping: ColumnMapping = labels.map(() => null);
  for (const want of [2, 1])
    for (const target of targets) {
      if (mapping.includes(target.key)) continue;
      const at = keys.findIndex((k, i) => mapping[i] === null && score(k, target) === want);
      if (at >= 0) mapping[at] = target.key;
    }
  return mapping;
}

/**
 * A workbook's column layout, as the key its corrected mapping is remembered
 * under: the same columns in the same order, whatever the title rows say.
 */
export const layoutKey = (labels: readonly string[]): string => labels.map(headerKey).join('|');
