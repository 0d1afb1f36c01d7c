import type { Db } from '../../db/open';
import type { Account } from '../../../../shared/accounts/schemas';
import type { Role } from '../../../../shared/accounts/roles';

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  created_at: string;
  last_login_at: string | null;
  must_change_password: number;
}

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  lastLoginAt: r.last_login_at,
  mustChangePassword: r.must_change_password === 1,
});

export function listAccounts(db: Db): Account[] {
  return (db.prepare('SELECT * FROM accounts ORDER BY disabled, id').all() as AccountRow[]).map(toAccount);
}

export function getAccount(db: Db, id: number): Account | null {
  const row = db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

export function findAccountByUsername(db: Db, username: string): Account | null {
  const row = db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

export function insertAccount(
  db: Db,
  a: { username: string; displayName: string; role: Role; createdAt: string },
): Account {
  const info = db
    .prepare('INSERT INTO accounts (username, display_name, role, created_at) VALUES (?, ?, ?, ?)')
    .run(a.username, a.displayName, a.role, a.createdAt);
  return getAccount(db, Number(info.lastInsertRowid))!;
}

export function updateAccount(db: Db, id: number, a: { displayName: string; role: Role }): void {
  db.prepare('UPDATE accounts SET display_name = ?, role = ? WHERE id = ?').run(a.displayName, a.role, id);
}

export function setDisabled(db: Db, id: number, disabled: boolean): void {
  db.prepare('UPDATE accounts SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
}

/** Records a login; the one before it is kept, so 工作台 can say what happened since. */
export function touchLogin(db: Db, id: number, at: string): void {
  db.prepare('UPDATE accounts SET previous_login_at = last_login_at, last_login_at = ? WHERE id = ?').run(
    at,
    id,
  );
}

/** The login before the current one (null at the first). */
export function previousLoginAt(db: Db, id: number): string | null {
  const row = db.prepare('SELECT previous_login_at AS at FROM accounts WHERE id = ?').get(id) as
    { at: string | null } | undefined;
  return row?.at ?? null;
}

/** Set when the director chooses the password (create, reset); cleared when the owner changes it. */
export function setMustChangePassword(db: Db, id: number, must: boolean): void {
  db.prepare('UPDATE accounts SET must_change_password = ? WHERE id = ?').run(must ? 1 : 0, id);
}

export function countActiveDirectors(db: Db): number {
  return (
    db.prepare("SELECT count(*) AS n FROM accounts WHERE role = 'director' AND disabled = 0").get() as {
      n: number;
    }
  ).n;
}
