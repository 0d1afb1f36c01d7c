import { halfWidth } from '../halfWidth';
import type { ColumnMapping } from './columns';
import { readText } from './values';

/**
 * What every kind of import does with a row before reading its values: take
 * the mapped cells by field, and skip the rows that are not records — blank
 * rows between blocks and the notes under a table.
 */

/** A row turned into what is stored (with what was changed on the way), or the reasons it cannot be. */
export type RowVerdict<V> =
  { row: number; ok: true; value: V; changes: string[] } | { row: number; ok: false; reasons: string[] };

/** Cells by target key: the mapped column's cell, or undefined where no column is mapped. */
export function cellsOf(cells: readonly unknown[], mapping: ColumnMapping): Map<string, unknown> {
  const byKey = new Map<string, unknown>();
  mapping.forEach((key, i) => {
    if (key !== null) byKey.set(key, cells[i]);
  });
  return byKey;
}

/** True when a row holds nothing: blank rows between blocks are skipped, not refused. */
export const isBlankRow = (cells: readonly unknown[]): boolean =>
  cells.every((c) => c === null || c === undefined || String(c).trim() === '');

/**
 * A note row under the table (「注：本表由…填写」, 「合计：32件」) has text in its
 * first cells only and none of the fields that make a record (`essentials`);
 * it is skipped, not refused.
 */
export function isNoteRow(
  cells: readonly unknown[],
  mapping: ColumnMapping,
  essentials: readonly string[],
): boolean {
  const filled = cells.filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
  if (filled.length > 2) return false;
  const first = halfWidth(String(filled[0] ?? '')).trim();
  if (/^(注|说明|备注|合计|总计|小计|填表人|审核人|负责人|制表|立卷人|检查人)[:：]?/u.test(first))
    return true;
  const byKey = cellsOf(cells, mapping);
  return essentials.every((key) => !readText(byKey.get(key)));
}
