import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { listCategories } from './cases.lookups';

type CategoryInput = { id?: number | undefined; label: string; active: boolean };

const refuse = (fields: Record<string, string>) =>
  new AppError('VALIDATION', `输入有误：${Object.values(fields)[0]}`, fields);

/**
 * The director's edit of the 纠纷类型 dictionary: the list as it should be, in
 * order. Existing entries are renamed or (de)activated, new ones added; one
 * left out is deleted only if no case uses it — otherwise it must be
 * deactivated, so the ledger never loses a case's category. Returns the
 * change summary for the audit record.
 */
export function saveCategories(db: Db, input: readonly CategoryInput[]): string {
  const before = listCategories(db);
  const byId = new Map(before.map((c) => [c.id, c]));
  const fields: Record<string, string> = {};
  const seen = new Map<string, number>();
  input.forEach((c, i) => {
    if (c.id !== undefined && !byId.has(c.id)) fields[`categories.${i}.id`] = '该纠纷类型不存在';
    const other = seen.get(c.label);
    if (other !== undefined) fields[`categories.${i}.label`] = `与第 ${other + 1} 项重名`;
    seen.set(c.label, i);
  });
  if (!input.some((c) => c.active)) fields.categories = '至少保留一个启用的纠纷类型';
  if (Object.keys(fields).length) throw refuse(fields);

  const kept = new Set(input.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  const changes: string[] = [];
  for (const c of before) {
    if (kept.has(c.id)) continue;
    const used = db.prepare('SELECT count(*) AS n FROM cases WHERE category_id = ?').get(c.id) as {
      n: number;
    };
    if (used.n > 0)
      throw new AppError(
        'CONFLICT',
        `纠纷类型“${c.label}”已有 ${used.n} 件案件使用，不能删除；如不再使用，请改为停用。`,
      );
    db.prepare('DELETE FROM case_categories WHERE id = ?').run(c.id);
    changes.push(`删除“${c.label}”`);
  }
  // Labels are unique: park the kept ones on temporary names first, so swaps and renames never collide.
  const park = db.prepare('UPDATE case_categories SET label = ? WHERE id = ?');
  for (const id of kept) park.run(`\u0000${id}`, id);
  const update = db.prepare('UPDATE case_categories SET label = ?, active = ?, sort = ? WHERE id = ?');
  const insert = db.prepare('INSERT INTO case_categories (label, active, sort) VALUES (?, ?, ?)');
  input.forEach((c, i) => {
    if (c.id === undefined) {
      insert.run(c.label, c.active ? 1 : 0, i + 1);
      changes.push(`新增“${c.label}”${c.active ? '' : '（停用）'}`);
      return;
    }
    const was = byId.get(c.id)!;
    update.run(c.label, c.active ? 1 : 0, i + 1, c.id);
    if (was.label !== c.label) changes.push(`“${was.label}”改名为“${c.label}”`);
    if (was.active !== c.active) changes.push(`${c.active ? '启用' : '停用'}“${c.label}”`);
  });
  const order = (list: readonly { label: string }[]) => list.map((c) => c.label).join('|');
  if (!changes.length && order(before) !== order(input)) changes.push('调整顺序');
  return changes.length ? `修改纠纷类型：${changes.join('；')}` : '保存纠纷类型（无变化）';
}
