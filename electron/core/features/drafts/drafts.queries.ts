import type { FormDraft } from '../../../../shared/drafts/schemas';
import type { Db } from '../../db/open';

/** The most drafts one account keeps; saving another drops the oldest (forms left and never come back to). */
export const MAX_DRAFTS_PER_ACCOUNT = 100;

interface Row {
  form_key: string;
  payload: string;
  saved_at: string;
}

export function getDraft(db: Db, accountId: number, formKey: string): FormDraft | null {
  const row = db
    .prepare<[number, string], Row>(
      'SELECT form_key, payload, saved_at FROM drafts WHERE account_id = ? AND form_key = ?',
    )
    .get(accountId, formKey);
  if (!row) return null;
  return {
    formKey: row.form_key,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    savedAt: row.saved_at,
  };
}

export function putDraft(db: Db, accountId: number, formKey: string, payload: string, at: string): void {
  db.prepare(
    `INSERT INTO drafts (account_id, form_key, payload, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, form_key) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at`,
  ).run(accountId, formKey, payload, at);
  db.prepare(
    `DELETE FROM drafts WHERE account_id = ? AND form_key NOT IN (
       SELECT form_key FROM drafts WHERE account_id = ? ORDER BY saved_at DESC, form_key LIMIT ?)`,
  ).run(accountId, accountId, MAX_DRAFTS_PER_ACCOUNT);
}

export function deleteDraft(db: Db, accountId: number, formKey: string): void {
  db.prepare('DELETE FROM drafts WHERE account_id = ? AND form_key = ?').run(accountId, formKey);
}
