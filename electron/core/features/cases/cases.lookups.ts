import type { Db } from '../../db/open';
import type { Category } from '../../../../shared/cases/schemas';
import { stmt } from './cases.queries';

/** The ledger's small lookups: the category dictionary, who may carry a case, and each user's preferences. */
export function listCategories(db: Db): Category[] {
  return (
    stmt(db, 'SELECT id, label, active FROM case_categories ORDER BY sort, id').all() as {
      id: number;
      label: string;
      active: number;
    }[]
  ).map((c) => ({ id: c.id, label: c.label, active: c.active === 1 }));
}

/** An account that may carry a case (承办人): active, director or staff. */
export function listStaff(db: Db): { id: number; displayName: string }[] {
  return (
    stmt(
      db,
      "SELECT id, display_name FROM accounts WHERE disabled = 0 AND role IN ('director', 'staff') ORDER BY id",
    ).all() as { id: number; display_name: string }[]
  ).map((a) => ({ id: a.id, displayName: a.display_name }));
}

export function getPref(db: Db, accountId: number, key: string): unknown {
  const row = stmt(db, 'SELECT value FROM user_prefs WHERE account_id = ? AND key = ?').get(
    accountId,
    key,
  ) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function putPref(db: Db, accountId: number, key: string, value: unknown): void {
  stmt(
    db,
    `INSERT INTO user_prefs (account_id, key, value) VALUES (?, ?, ?)
     ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value`,
  ).run(accountId, key, JSON.stringify(value));
}
