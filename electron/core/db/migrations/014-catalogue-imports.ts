/**
 * 014: old 档案目录 brought in (issue 14, item 5). An item whose 档号 did not
 * fit this centre's pattern, or collided with one already used, is numbered
 * afresh and keeps the code it had as 原档号 — the label on the old box still
 * finds it. The batch it came from names the file and row.
 */
export const sql = `
ALTER TABLE archive_items ADD COLUMN legacy_code TEXT;
ALTER TABLE archive_items ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);
CREATE INDEX archive_items_legacy ON archive_items (legacy_code) WHERE legacy_code IS NOT NULL;
`;
