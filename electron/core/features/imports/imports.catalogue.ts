import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { ArchiveSettings } from '../../../../shared/archive/schemas';
import { CATALOGUE_TARGETS } from '../../../../shared/import/catalogueTargets';
import {
  CATALOGUE_ESSENTIALS,
  catalogueRow,
  type CatalogueRow,
} from '../../../../shared/import/catalogueRow';
import type { ImportCatalogueInput } from '../../../../shared/import/schemas';
import { getArchiveSettings } from '../archive/archive.settings';
import {
  judgeRows,
  normalDate,
  readMapped,
  type Analysis,
  type KindRules,
  type Progress,
} from './imports.sheet';

/**
 * An old 归档文件目录 read and judged row by row (issue 14, item 5). After
 * each row is read on its own, the 档号 it keeps are checked against the
 * archive and against the rows above it: a code already used is not kept —
 * the item is numbered afresh, its written code kept as 原档号, and the
 * report says so.
 */
export interface CatalogueAnalysis extends Analysis<CatalogueRow> {
  settings: ArchiveSettings;
}

const labelOf = (key: string) => CATALOGUE_TARGETS.find((t) => t.key === key)!.label;

export const CATALOGUE_RULES: KindRules = {
  kind: 'catalogue',
  targets: CATALOGUE_TARGETS,
  essentials: CATALOGUE_ESSENTIALS,
  normal: { date: normalDate },
  missing(mapped) {
    const needed = mapped.has('title') ? [] : ['title'];
    // Without a 档号 column, the 门类, 年度 and 保管期限 columns must say what the code would.
    if (!mapped.has('code')) needed.push(...['category', 'year', 'retention'].filter((k) => !mapped.has(k)));
    return needed.map(labelOf);
  },
};

/** A 门类 name compared as staff mean it: 「会议记录类」 is 「会议记录」. */
const nameKey = (name: string) => name.replace(/\s/g, '').replace(/类$/u, '');

export async function analyseCatalogue(
  db: Db,
  input: ImportCatalogueInput,
  progress: Progress,
): Promise<CatalogueAnalysis> {
  const sheet = await readMapped(db, CATALOGUE_RULES, input, progress);
  const settings = getArchiveSettings(db);
  const categories = db.prepare('SELECT code, name, retired FROM archive_categories').all() as {
    code: string;
    name: string;
    retired: number;
  }[];
  const active = categories.filter((c) => c.retired === 0);
  const byName = new Map(active.map((c) => [nameKey(c.name), c.code]));
  const codes = new Set(active.map((c) => c.code));
  const decisions = input.categories ?? {};
  for (const [name, code] of Object.entries(decisions))
    if (!codes.has(code)) throw new AppError('VALIDATION', `为「${name}」选择的门类不存在或已停用。`);
  const boxes = db.prepare('SELECT id, box_no, cabinet FROM archive_boxes').all() as {
    id: number;
    box_no: string;
    cabinet: string;
  }[];
  const look = {
    pattern: settings.codePattern,
    fonds: settings.fonds,
    fondsName: settings.fondsName,
    categoryCode(written: string) {
      const upper = written.trim().toUpperCase();
      // Own keys only, as for the ledger: 「constructor」 in a cell is not a decision.
      const decided = Object.hasOwn(decisions, written) ? decisions[written] : undefined;
      return decided ?? (codes.has(upper) ? upper : byName.get(nameKey(written)));
    },
    boxByNo: (no: string) => boxes.find((b) => b.box_no === no)?.id,
    cabinetOf: (id: number) => boxes.find((b) => b.id === id)?.cabinet,
    boxByLocation: (at: string) =>
      boxes.find((b) => `${b.cabinet}-${b.box_no}` === at.replace(/\s/g, '') || b.box_no === at)?.id,
  };
  const a = judgeRows(
    db,
    CATALOGUE_RULES,
    sheet,
    (rowNo, cells) => catalogueRow(rowNo, cells, sheet.mapping, look),
    (name) => look.categoryCode(name) !== undefined,
    progress,
  );
  markCollisions(db, a.rows);
  newBoxesOnce(a.rows);
  return { ...a, settings };
}

/**
 * A kept 档号 must be free — in the archive and among the rows above. A row
 * imported before is left alone: it will not be written again.
 */
function markCollisions(db: Db, rows: CatalogueAnalysis['rows']): void {
  const used = db.prepare(
    'SELECT code FROM archive_items WHERE category = ? AND year = ? AND retention = ? AND serial = ?',
  );
  const claimed = new Map<string, number>();
  for (const r of rows) {
    const v = r.verdict;
    if (!v.ok || r.repeated || v.value.keepSerial === null) continue;
    const { categoryCode, year, retention, keepSerial, writtenCode } = v.value;
    const key = `${categoryCode}|${year}|${retention}|${keepSerial}`;
    const taken = used.get(categoryCode, year, retention, keepSerial) as { code: string } | undefined;
    const earlier = claimed.get(key);
    if (!taken && earlier === undefined) {
      claimed.set(key, v.row);
      continue;
    }
    const what = writtenCode ? `档号「${writtenCode}」` : `件号 ${keepSerial}`;
    v.changes.push(
      `${what}已被${taken ? `档案 ${taken.code} ` : `第 ${earlier} 行`}使用：导入时另编档号${writtenCode ? '，原档号保留' : ''}`,
    );
    v.value.keepSerial = null;
  }
}

/** A box the import will make is reported on the first row that names it, not on every row it holds. */
function newBoxesOnce(rows: CatalogueAnalysis['rows']): void {
  const told = new Map<string, { cabinet: string; row: number }>();
  for (const r of rows) {
    const v = r.verdict;
    if (!v.ok || r.repeated || !v.value.newBox) continue;
    const { boxNo, cabinet } = v.value.newBox;
    const first = told.get(boxNo);
    if (!first) {
      told.set(boxNo, { cabinet, row: v.row });
      v.changes.push(`档案盒 ${cabinet}-${boxNo} 尚未登记：导入时新建`);
    } else if (first.cabinet !== cabinet) {
      // One 盒号 is one box (unique): a later row naming another cabinet goes into the box made
      // for the first, and says so, with its own 柜号 kept in 备注.
      v.value.note = [v.value.note, `原柜号：${cabinet}`].filter(Boolean).join('；');
      v.changes.push(
        `档案盒 ${boxNo} 已按第 ${first.row} 行在柜 ${first.cabinet} 新建，不是本行的 ${cabinet}：放入该盒，原柜号记入备注`,
      );
    }
  }
}
