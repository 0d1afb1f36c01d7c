import { sha256 } from '../../db/crypto';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { findHeader, layoutKey, proposeMapping, type ColumnMapping } from '../../../../shared/import/columns';
import { LEDGER_TARGETS } from '../../../../shared/import/ledgerTargets';
import { isBlankRow, isNoteRow, ledgerRow, type RowVerdict } from '../../../../shared/import/ledgerRow';
import type { ImportLedgerInput } from '../../../../shared/import/schemas';
import { readText } from '../../../../shared/import/values';
import { readTable } from './imports.read';

/**
 * An old 台账 read and judged row by row, without writing (issue 14, items
 * 1–3): the inspection, the check (dry run) and the import all start here,
 * so the import stores exactly what the check reported.
 */
export interface LedgerAnalysis {
  fileName: string;
  sha256: string;
  sheets: string[];
  sheet: string;
  headerRow: number;
  labels: string[];
  mapping: ColumnMapping;
  remembered: boolean;
  rows: AnalysedRow[];
  unknownCategories: { name: string; rows: number }[];
  /** Names of 纠纷类型 the user chose to add, in first-seen order. */
  newCategories: string[];
}

export interface AnalysedRow {
  verdict: RowVerdict;
  fingerprint: string;
  /** Imported before, or earlier in this very file. */
  repeated: boolean;
}

/** A category name compared as staff mean it: 「邻里」 is 「邻里纠纷」. */
const categoryKey = (name: string) => name.replace(/\s/g, '').replace(/(纠纷|类)$/u, '');

/** New categories get stand-in ids below zero until the import adds them (imports.write.ts). */
export const newCategoryId = (index: number) => -(index + 1);

function rememberedMapping(db: Db, labels: readonly string[]): ColumnMapping | null {
  const row = db
    .prepare("SELECT mapping FROM import_mappings WHERE kind = 'ledger' AND layout = ?")
    .get(layoutKey(labels)) as { mapping: string } | undefined;
  return row ? (JSON.parse(row.mapping) as ColumnMapping) : null;
}

function checkMapping(mapping: ColumnMapping, labels: readonly string[]): void {
  if (mapping.length !== labels.length)
    throw new AppError(
      'VALIDATION',
      `栏目对应有 ${mapping.length} 列，而表头有 ${labels.length} 列，请重新检查文件。`,
    );
  const keys = new Set(LEDGER_TARGETS.map((t) => t.key));
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === null) continue;
    if (!keys.has(key)) throw new AppError('VALIDATION', `未知的字段「${key}」。`);
    if (seen.has(key)) {
      const label = LEDGER_TARGETS.find((t) => t.key === key)!.label;
      throw new AppError('VALIDATION', `「${label}」对应了不止一列，请只保留一列。`);
    }
    seen.add(key);
  }
  const needed = ['registeredAt', 'category'].filter((k) => !seen.has(k));
  if (!seen.has('parties') && !seen.has('applicant') && !seen.has('respondent')) needed.push('parties');
  if (needed.length)
    throw new AppError(
      'VALIDATION',
      `请为「${needed.map((k) => LEDGER_TARGETS.find((t) => t.key === k)!.label).join('」「')}」选择对应的列。`,
    );
}

/** Fingerprints already imported, asked in slices (SQLite's bound-parameter limit). */
function importedBefore(db: Db, prints: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < prints.length; i += 500) {
    const slice = prints.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT fingerprint FROM import_rows WHERE fingerprint IN (${slice.map(() => '?').join(',')})`)
      .all(...slice) as { fingerprint: string }[];
    for (const r of rows) found.add(r.fingerprint);
  }
  return found;
}

export async function analyseLedger(
  db: Db,
  input: ImportLedgerInput,
  progress: (done: number, total: number, phase: string) => void,
): Promise<LedgerAnalysis> {
  progress(0, 0, '正在读取文件…');
  const bytes = Buffer.from(input.base64, 'base64');
  const sheets = await readTable(input.fileName, bytes);
  const chosen = input.sheet
    ? sheets.find((s) => s.name === input.sheet)
    : (sheets.find((s) => findHeader(s.rows, LEDGER_TARGETS)) ?? sheets[0]);
  if (!chosen) throw new AppError('VALIDATION', `文件中没有名为「${input.sheet}」的工作表。`);
  const header = findHeader(chosen.rows, LEDGER_TARGETS);
  if (!header)
    throw new AppError(
      'VALIDATION',
      `工作表「${chosen.name}」的前 20 行中找不到表头：表头应至少写明两个栏目，如「登记时间」「当事人」「纠纷类型」。`,
    );
  const remembered = input.mapping ? null : rememberedMapping(db, header.labels);
  const mapping = input.mapping ?? remembered ?? proposeMapping(header.labels, LEDGER_TARGETS);
  checkMapping(mapping, header.labels);

  const categories = db.prepare('SELECT id, label FROM case_categories').all() as {
    id: number;
    label: string;
  }[];
  const byKey = new Map(categories.map((c) => [categoryKey(c.label), c.id]));
  const known = new Set(categories.map((c) => c.id));
  const decisions = input.categories ?? {};
  const newCategories: string[] = [];
  for (const [name, choice] of Object.entries(decisions)) {
    if (choice === 'new') {
      if ([...name.trim()].length > 20)
        throw new AppError('VALIDATION', `新增的纠纷类型「${name}」超过 20 个字，请对应到已有类型。`);
      newCategories.push(name.trim());
    } else if (!known.has(choice)) throw new AppError('VALIDATION', `为「${name}」选择的纠纷类型不存在。`);
  }
  const accounts = db.prepare('SELECT id, display_name FROM accounts').all() as {
    id: number;
    display_name: string;
  }[];
  const byName = new Map(accounts.map((a) => [a.display_name, a.id]));
  const unknown = new Map<string, number>();
  const categoryColumn = mapping.indexOf('category');
  const look = {
    categoryId(name: string) {
      const choice = decisions[name];
      if (choice === 'new') return newCategoryId(newCategories.indexOf(name));
      return choice ?? byKey.get(categoryKey(name));
    },
    accountId: (name: string) => byName.get(name),
  };

  const body = chosen.rows.slice(header.row + 1);
  const rows: AnalysedRow[] = [];
  const seen = new Set<string>();
  for (const [i, cells] of body.entries()) {
    if (i % 2000 === 0)
      progress(i, body.length, `正在检查第 ${i + 1}—${Math.min(i + 2000, body.length)} 行…`);
    if (isBlankRow(cells) || isNoteRow(cells, mapping)) continue;
    const rowNo = header.row + 2 + i;
    const verdict = ledgerRow(rowNo, cells, mapping, look);
    const name = readText(cells[categoryColumn]);
    if (name && look.categoryId(name) === undefined) unknown.set(name, (unknown.get(name) ?? 0) + 1);
    // The row as mapped, not its position: the same row copied into another file is the same row.
    const fingerprint = sha256(
      JSON.stringify([
        'ledger',
        ...mapping.flatMap((key, c) => (key === null ? [] : [[key, readText(cells[c])]])),
      ]),
    );
    rows.push({ verdict, fingerprint, repeated: seen.has(fingerprint) });
    seen.add(fingerprint);
  }
  const before = importedBefore(
    db,
    rows.map((r) => r.fingerprint),
  );
  for (const r of rows) if (before.has(r.fingerprint)) r.repeated = true;
  progress(body.length, body.length, '检查完毕');
  return {
    fileName: input.fileName,
    sha256: sha256(bytes),
    sheets: sheets.map((s) => s.name),
    sheet: chosen.name,
    headerRow: header.row + 1,
    labels: header.labels,
    mapping,
    remembered: remembered !== null,
    rows,
    unknownCategories: [...unknown].map(([name, n]) => ({ name, rows: n })),
    newCategories,
  };
}
