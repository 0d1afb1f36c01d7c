import type { Db } from '../../electron/core/db/open';

/**
 * Undoes migration 006 (login safety) on an archive made by this program, so a
 * test can stand in for an archive written by a program before it. Older
 * migration tests call it before rewinding `user_version` further.
 */
export function revertLoginSafety(db: Db): void {
  db.exec(`
    DROP TABLE login_failures;
    ALTER TABLE accounts DROP COLUMN previous_login_at;
    ALTER TABLE accounts DROP COLUMN must_change_password;
    DELETE FROM settings WHERE key LIKE 'flag:loginFailureBox%';
  `);
  db.pragma('user_version = 5');
}
