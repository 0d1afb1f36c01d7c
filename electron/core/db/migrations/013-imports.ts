/**
 * 013: bringing old 台账 and 档案目录 workbooks in (issue 14). Each import is a
 * batch with the file's name and SHA-256; each row brought in keeps its
 * fingerprint, so the same row — from the same file or a copy of it — is
 * never imported twice. A case keeps its old number (原编号) and the batch it
 * came from; an ID number or phone that failed its check is kept, flagged,
 * in `import_flags` rather than dropped or passed off as valid. A corrected
 * column mapping is remembered per column layout for the next workbook.
 */
export const sql = `
CREATE TABLE import_batches (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('ledger', 'catalogue')),
  file_name      TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  rows_imported  INTEGER NOT NULL,
  rows_refused   INTEGER NOT NULL,
  rows_repeated  INTEGER NOT NULL,
  imported_at    TEXT NOT NULL,
  imported_by    TEXT NOT NULL
) STRICT;

CREATE TABLE import_rows (
  fingerprint  TEXT PRIMARY KEY,
  batch_id     INTEGER NOT NULL REFERENCES import_batches (id),
  row_no       INTEGER NOT NULL,
  entity_id    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE import_mappings (
  kind      TEXT NOT NULL,
  layout    TEXT NOT NULL,
  mapping   TEXT NOT NULL,
  saved_at  TEXT NOT NULL,
  PRIMARY KEY (kind, layout)
) STRICT, WITHOUT ROWID;

ALTER TABLE cases ADD COLUMN legacy_code TEXT;
ALTER TABLE cases ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);
ALTER TABLE cases ADD COLUMN import_flags TEXT;
`;
