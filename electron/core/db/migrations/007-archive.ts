/**
 * 007: the archive catalogue and borrowing (domain.md, Module 3). Items are
 * numbered per 门类 + 年度 + 保管期限 from a serial advanced in the insert's
 * own transaction (no gap, never reused: a destroyed item keeps its row and
 * its 档号); boxes give the 存放位置; electronic files stay inside the
 * encrypted archive; loans keep every step with its actor and date.
 */
export const sql = `
CREATE TABLE archive_categories (
  code    TEXT PRIMARY KEY CHECK (length(code) = 2 AND code GLOB '[A-Z][A-Z]'),
  name    TEXT NOT NULL UNIQUE,
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  sort    INTEGER NOT NULL
) STRICT;
INSERT INTO archive_categories (code, name, sort) VALUES
  ('TJ', '调解卷宗', 1), ('HY', '会议记录', 2), ('BG', '情况报告', 3),
  ('XX', '信息简报', 4), ('ZB', '值班记录', 5), ('WS', '文书', 6);

CREATE TABLE archive_boxes (
  id          INTEGER PRIMARY KEY,
  box_no      TEXT NOT NULL UNIQUE,
  cabinet     TEXT NOT NULL,
  note        TEXT,
  filed_by    TEXT,
  checked_by  TEXT,
  checked_on  TEXT,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;

CREATE TABLE archive_serials (
  category  TEXT NOT NULL,
  year      INTEGER NOT NULL,
  retention TEXT NOT NULL,
  last      INTEGER NOT NULL,
  PRIMARY KEY (category, year, retention)
) STRICT;

CREATE TABLE archive_items (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  scan_code       TEXT NOT NULL UNIQUE,
  fonds           TEXT NOT NULL,
  category        TEXT NOT NULL REFERENCES archive_categories (code),
  year            INTEGER NOT NULL,
  retention       TEXT NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
  serial          INTEGER NOT NULL,
  doc_number      TEXT,
  title           TEXT NOT NULL,
  responsible     TEXT NOT NULL,
  date            TEXT,
  classification  TEXT NOT NULL CHECK (classification IN ('public', 'internal', 'secret')),
  pages           INTEGER NOT NULL CHECK (pages >= 0),
  important       INTEGER NOT NULL DEFAULT 0 CHECK (important IN (0, 1)),
  box_id          INTEGER REFERENCES archive_boxes (id),
  note            TEXT,
  contents        TEXT,
  case_id         INTEGER REFERENCES cases (id),
  mediation_id    INTEGER UNIQUE REFERENCES mediations (id),
  destroyed_at    TEXT,
  destroyed_by    TEXT,
  destroy_reason  TEXT,
  disposal_id     INTEGER,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  UNIQUE (category, year, retention, serial)
) STRICT;
CREATE INDEX archive_items_box ON archive_items (box_id, code) WHERE box_id IS NOT NULL;
CREATE INDEX archive_items_case ON archive_items (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX archive_items_year ON archive_items (year, retention);
CREATE INDEX archive_items_created ON archive_items (created_at);
CREATE INDEX archive_items_date ON archive_items (date);

-- rowid = archive_items.id; kept in step by the catalogue's queries in the same transaction.
CREATE VIRTUAL TABLE archive_items_fts USING fts5 (code, title, responsible, doc_number, note, tokenize = 'trigram');

CREATE TABLE archive_files (
  id        INTEGER PRIMARY KEY,
  item_id   INTEGER NOT NULL REFERENCES archive_items (id),
  file_name TEXT NOT NULL,
  mime      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  sha256    TEXT NOT NULL,
  data      BLOB NOT NULL,
  added_at  TEXT NOT NULL,
  added_by  INTEGER REFERENCES accounts (id)
) STRICT;
CREATE INDEX archive_files_item ON archive_files (item_id);

CREATE TABLE archive_loans (
  id                  INTEGER PRIMARY KEY,
  item_id             INTEGER NOT NULL REFERENCES archive_items (id),
  status              TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'refused', 'out', 'returned', 'cancelled')),
  mode                TEXT NOT NULL CHECK (mode IN ('read', 'borrow', 'copy')),
  borrower_kind       TEXT NOT NULL CHECK (borrower_kind IN ('staff', 'outside')),
  borrower_account_id INTEGER REFERENCES accounts (id),
  borrower_name       TEXT NOT NULL,
  borrower_unit       TEXT,
  borrower_phone      TEXT,
  borrower_id_number  TEXT,
  letter              TEXT,
  purpose             TEXT NOT NULL,
  purpose_note        TEXT,
  needs_approval      INTEGER NOT NULL CHECK (needs_approval IN (0, 1)),
  requested_days      INTEGER NOT NULL,
  requested_at        TEXT NOT NULL,
  requested_by        TEXT NOT NULL,
  decided_at          TEXT,
  decided_by          TEXT,
  decided_by_id       INTEGER REFERENCES accounts (id),
  decision_note       TEXT,
  approved_days       INTEGER,
  lent_at             TEXT,
  lent_by             TEXT,
  pages_out           INTEGER,
  due_on              TEXT,
  renewals            INTEGER NOT NULL DEFAULT 0,
  returned_at         TEXT,
  returned_to         TEXT,
  pages_back          INTEGER,
  condition           TEXT CHECK (condition IN ('intact', 'damaged')),
  condition_note      TEXT,
  effect              TEXT,
  cancel_reason       TEXT,
  -- No loan leaves without its approver where approval is required (seed 001), whatever the code path.
  CHECK (status NOT IN ('out', 'returned') OR needs_approval = 0 OR decided_by_id IS NOT NULL),
  CHECK (status NOT IN ('out', 'returned') OR (lent_at IS NOT NULL AND due_on IS NOT NULL AND pages_out IS NOT NULL))
) STRICT;
-- An item is out on at most one loan.
CREATE UNIQUE INDEX archive_loans_one_out ON archive_loans (item_id) WHERE status = 'out';
CREATE INDEX archive_loans_item ON archive_loans (item_id, id);
CREATE INDEX archive_loans_waiting ON archive_loans (status, id) WHERE status IN ('requested', 'approved');
CREATE INDEX archive_loans_due ON archive_loans (due_on) WHERE status = 'out';
CREATE INDEX archive_loans_requested ON archive_loans (requested_at);
CREATE INDEX archive_loans_lent ON archive_loans (lent_at) WHERE lent_at IS NOT NULL;

CREATE TABLE archive_disposals (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  status        TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'refused')),
  reason        TEXT NOT NULL,
  item_ids      TEXT NOT NULL,
  proposed_at   TEXT NOT NULL,
  proposed_by   TEXT NOT NULL,
  decided_at    TEXT,
  decided_by    TEXT,
  decision_note TEXT,
  supervisor    TEXT
) STRICT;
`;
