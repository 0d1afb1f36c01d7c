import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { LEDGER_TARGETS } from '../../../../shared/import/ledgerTargets';
import { LEDGER_ESSENTIALS, ledgerRow, type LedgerRow } from '../../../../shared/import/ledgerRow';
import type { ImportLedgerInput } from '../../../../shared/import/schemas';
import { readAmount, readText } from '../../../../shared/import/values';
import {
  judgeRows,
  normalDate,
  readMapped,
  type Analysis,
  type KindRules,
  type Progress,
} from './imports.sheet';

/**
 * An old 台账 read and judged row by row, without writing (issue 14, items
 * 1–3): the inspection, the check (dry run) and the import all start here,
 * so the import stores exactly what the check reported.
 */
export interface LedgerAnalysis extends Analysis<LedgerRow> {
  /** Names of 纠纷类型 the user chose to add, in first-seen order. */
  newCategories: string[];
}

const labelOf = (key: string) => LEDGER_TARGETS.find((t) => t.key === key)!.label;

export const LEDGER_RULES: KindRules = {
  kind: 'ledger',
  targets: LEDGER_TARGETS,
  essentials: LEDGER_ESSENTIALS,
  normal: {
    registeredAt: normalDate,
    occurredAt: normalDate,
    closedAt: normalDate,
    amount: (cell) => {
      const a = readAmount(cell);
      return a.ok && a.value !== null ? String(a.value) : readText(cell);
    },
  },
  missing(mapped) {
    const needed = ['registeredAt', 'category'].filter((k) => !mapped.has(k));
    if (!mapped.has('parties') && !mapped.has('applicant') && !mapped.has('respondent'))
      needed.push('parties');
    return needed.map(labelOf);
  },
};

/** A category name compared as staff mean it: 「邻里」 is 「邻里纠纷」. */
const categoryKey = (name: string) => name.replace(/\s/g, '').replace(/(纠纷|类)$/u, '');

/** New categories get stand-in ids below zero until the import adds them (imports.write.ts). */
export const newCategoryId = (index: number) => -(index + 1);

export async function analyseLedger(
  db: Db,
  input: ImportLedgerInput,
  progress: Progress,
  now: Date,
): Promise<LedgerAnalysis> {
  const sheet = await readMapped(db, LEDGER_RULES, input, progress);
  const categories = db.prepare('SELECT id, label FROM case_categories').all() as {
    id: number;
    label: string;
  }[];
  const byKey = new Map(categories.map((c) => [categoryKey(c.label), c.id]));
  const known = new Set(categories.map((c) => c.id));
  const decisions = input.categories ?? {};
  const newCategories: string[] = [];
  // Added by its label as the dictionary keeps it (unique): an empty name, one the dictionary
  // already holds, or two names alike once trimmed would break that uniqueness mid-import.
  const byLabel = new Map(categories.map((c) => [c.label, c.id]));
  for (const [name, choice] of Object.entries(decisions)) {
    if (choice === 'new') {
      const label = name.trim();
      if (!label) throw new AppError('VALIDATION', '新增的纠纷类型名称不能为空。');
      if ([...label].length > 20)
        throw new AppError('VALIDATION', `新增的纠纷类型「${name}」超过 20 个字，请对应到已有类型。`);
      if (!byLabel.has(label) && !newCategories.includes(label)) newCategories.push(label);
    } else if (!known.has(choice)) throw new AppError('VALIDATION', `为「${name}」选择的纠纷类型不存在。`);
  }
  const accounts = db.prepare('SELECT id, display_name FROM accounts').all() as {
    id: number;
    display_name: string;
  }[];
  const byName = new Map(accounts.map((a) => [a.display_name, a.id]));
  const look = {
    categoryId(name: string) {
      // Own keys only: a cell saying 「constructor」 or 「toString」 must not find Object's own members.
      const choice = Object.hasOwn(decisions, name) ? decisions[name] : undefined;
      if (choice === 'new')
        return byLabel.get(name.trim()) ?? newCategoryId(newCategories.indexOf(name.trim()));
      return choice ?? byKey.get(categoryKey(name));
    },
    accountId: (name: string) => byName.get(name),
    now,
  };
  const a = judgeRows(
    db,
    LEDGER_RULES,
    sheet,
    (rowNo, cells) => ledgerRow(rowNo, cells, sheet.mapping, look),
    (name) => look.categoryId(name) !== undefined,
    progress,
  );
  return { ...a, newCategories };
}
