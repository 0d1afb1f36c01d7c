/**
 * 006: login safety (issue 9, items 5 and 6).
 * - `must_change_password`: an account whose password the director chose (created or
 *   reset) must set its own at its first login; the director of set-up chose their own.
 * - `previous_login_at`: the login before the current one, so 工作台 can show the
 *   director the failed logins since they were last here.
 * - `login_failures`: failed logins and unlocks, written at the next successful unlock
 *   (they happen while the archive is still closed; see session.guard.ts). `id` is the
 *   sidecar record's random id, so a record flushed twice is stored once.
 */
export const sql = `
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
  CHECK (must_change_password IN (0, 1));
ALTER TABLE accounts ADD COLUMN previous_login_at TEXT;

UPDATE accounts SET must_change_password = 1
WHERE EXISTS (
  SELECT 1 FROM audit_log a
  WHERE a.entity = 'account' AND a.entity_id = CAST(accounts.id AS TEXT)
    AND a.action IN ('account.create', 'account.reset-password')
    AND a.actor_id IS NOT accounts.id
    AND a.id > COALESCE((
      SELECT max(c.id) FROM audit_log c
      WHERE c.entity = 'account' AND c.entity_id = CAST(accounts.id AS TEXT)
        AND c.action IN ('account.change-password', 'account.recover-password')
    ), 0)
);

CREATE TABLE login_failures (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('login', 'unlock', 'recover')),
  username    TEXT,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX login_failures_at ON login_failures (at);
`;
