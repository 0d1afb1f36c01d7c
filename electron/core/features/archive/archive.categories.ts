import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import type { ArchiveCategory } from '../../../../shared/archive/schemas';
import { stmt } from '../cases/cases.queries';

export function listArchiveCategories(db: Db): ArchiveCategory[] {
  return (
    stmt(
      db,
      `SELECT c.code, c.name, c.retired,
              (SELECT count(*) FROM archive_items i WHERE i.category = c.code) AS itemCount
       FROM archive_categories c ORDER BY c.sort, c.code`,
    ).all() as { code: string; name: string; retired: number; itemCount: number }[]
  ).map((c) => ({ ...c, retired: c.retired === 1 }));
}

export function categoryName(db: Db, code: string): string | null {
  const row = stmt(db, 'SELECT name, retired FROM archive_categories WHERE code = ?').get(code) as
    { name: string; retired: number } | undefined;
  return row ? row.name : null;
}

/** A category new items may be filed under. */
export function requireActiveCategory(db: Db, code: string): string {
  const row = stmt(db, 'SELECT name, retired FROM archive_categories WHERE code = ?').get(code) as
    { name: string; retired: number } | undefined;
  if (!row)
    throw new AppError('VALIDATION', `输入有误：门类代码 ${code} 不在门类表中`, {
      categoryCode: '请选择门类',
    });
  if (row.retired === 1)
    throw new AppError('VALIDATION', `输入有误：门类「${row.name}」已停用`, { categoryCode: '该门类已停用' });
  return row.name;
}

/**
 * The director's 门类 dictionary. A code stays once items are filed under it
 * (it is part of their 档号): it can be renamed or retired, never removed.
 */
export function saveArchiveCategories(
  db: Db,
  categories: { code: string; name: string; retired: boolean }[],
): string {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const c of categories) {
    if (codes.has(c.code)) throw new AppError('VALIDATION', `输入有误：门类代码 ${c.code} 重复`);
    if (names.has(c.name)) throw new AppError('VALIDATION', `输入有误：门类名称「${c.name}」重复`);
    codes.add(c.code);
    names.add(c.name);
  }
  if (!categories.some((c) => !c.retired))
    throw new AppError('VALIDATION', '输入有误：至少保留一个在用的门类');
  const existing = listArchiveCategories(db);
  for (const e of existing)
    if (!codes.has(e.code) && e.itemCount > 0)
      throw new AppError(
        'CONFLICT',
        `门类「${e.name}」（${e.code}）下已有 ${e.itemCount} 件档案，不能删除，只能停用。`,
      );
  // Names are unique: clear them first so a swap of two names does not trip the constraint midway.
  stmt(db, "UPDATE archive_categories SET name = '#' || code").run();
  for (const e of existing)
    if (!codes.has(e.code)) stmt(db, 'DELETE FROM archive_categories WHERE code = ?').run(e.code);
  const upsert = stmt(
    db,
    `INSERT INTO archive_categories (code, name, retired, sort) VALUES (?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, retired = excluded.retired, sort = excluded.sort`,
  );
  categories.forEach((c, i) => upsert.run(c.code, c.name, c.retired ? 1 : 0, i + 1));
  return categories.map((c) => `${c.code} ${c.name}${c.retired ? '（停用）' : ''}`).join('、');
}
