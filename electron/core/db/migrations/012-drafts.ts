/**
 * 012: drafts (issue 13 §1, typing is never lost). What a user has typed into
 * a form and not yet saved, one row per account and form (e.g. `intake`,
 * `case:12:edit`), kept inside the encrypted archive rather than the browser's
 * storage: the payload holds citizens' names and phones. Deleting an account
 * takes its drafts with it; nobody else ever reads them.
 */
export const sql = `
CREATE TABLE drafts (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  form_key   TEXT NOT NULL,
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  saved_at   TEXT NOT NULL,
  PRIMARY KEY (account_id, form_key)
) STRICT, WITHOUT ROWID;
`;
