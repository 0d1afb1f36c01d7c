import type { Db } from '../../db/open';

/**
 * What the 操作日志's 对象 column calls a record: the account's name, the
 * agreement's number, the point's code — never a row id like 「账户 #1」, which
 * means nothing to staff (issue 13, item 9). Records written with a readable
 * key already (a case's number, an item's 档号, a box number) are shown as they
 * are; only numeric row ids are looked up, one query per kind for a page.
 */
const NAMES: Record<string, string> = {
  account: 'SELECT id, display_name AS name FROM accounts WHERE id IN',
  agreement:
    "SELECT id, COALESCE(number, '未编号') || '（第' || version || '版）' AS name FROM agreements WHERE id IN",
  watch_point: "SELECT id, code || ' ' || name AS name FROM watch_points WHERE id IN",
  import_batch: 'SELECT id, file_name AS name FROM import_batches WHERE id IN',
  archive_loan:
    'SELECT l.id, i.code AS name FROM archive_loans l JOIN archive_items i ON i.id = l.item_id WHERE l.id IN',
};

const isRowId = (id: string) => /^\d+$/.test(id);

/** The display name of each (entity, id) of a page: `Map<"entity:id", name>`. */
export function entityNames(
  db: Db,
  rows: readonly { entity: string; entity_id: string | null }[],
): Map<string, string> {
  const names = new Map<string, string>();
  const wanted = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.entity_id === null || !isRowId(r.entity_id) || !(r.entity in NAMES)) continue;
    const ids = wanted.get(r.entity) ?? new Set<number>();
    ids.add(Number(r.entity_id));
    wanted.set(r.entity, ids);
  }
  for (const [entity, ids] of wanted) {
    const list = [...ids];
    const found = db.prepare(`${NAMES[entity]!} (${list.map(() => '?').join(',')})`).all(...list) as {
      id: number;
      name: string;
    }[];
    for (const f of found) names.set(`${entity}:${f.id}`, f.name);
  }
  return names;
}

/** 「账户 王主任」, 「案件 2026-000001」, 「值班记录 第 12 号」 — a row id only as a last resort. */
export function entityName(names: Map<string, string>, entity: string, id: string | null): string | null {
  if (id === null) return null;
  return names.get(`${entity}:${id}`) ?? (isRowId(id) ? `第 ${id} 号` : id);
}
