import { DEFAULT_CATEGORIES } from '../../../../shared/cases/codes';

/**
 * 002: the first-contact log and the dispute case ledger (domain.md, Module 1):
 * intakes, cases with parties and a dated history, attachments kept inside the
 * encrypted archive, the category dictionary, a per-year serial for the case
 * code, full-text search (FTS5 trigram, for Chinese), the director's calendar
 * years, and per-user preferences.
 */
export const sql = `
CREATE TABLE case_categories (
  id     INTEGER PRIMARY KEY,
  label  TEXT NOT NULL UNIQUE,
  sort   INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
${DEFAULT_CATEGORIES.map((label, i) => `INSERT INTO case_categories (label, sort) VALUES ('${label}', ${i + 1});`).join('\n')}

-- 一案一码: the serial of each year, advanced inside the insert transaction.
CREATE TABLE case_serials (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,
  registered_at     TEXT NOT NULL,
  source            TEXT NOT NULL,
  first_contact_id  INTEGER NOT NULL REFERENCES accounts (id),
  handler_id        INTEGER REFERENCES accounts (id),
  category_id       INTEGER NOT NULL REFERENCES case_categories (id),
  occurred_at       TEXT,
  place             TEXT,
  people_count      INTEGER,
  amount_cents      INTEGER,
  summary           TEXT NOT NULL,
  demands           TEXT,
  risk              TEXT NOT NULL CHECK (risk IN ('high', 'medium', 'low')),
  difficulty        TEXT NOT NULL CHECK (difficulty IN ('simple', 'general', 'complex', 'major')),
  major             INTEGER NOT NULL DEFAULT 0 CHECK (major IN (0, 1)),
  major_reasons     TEXT NOT NULL DEFAULT '[]',
  escalated_at      TEXT,
  escalated_to      TEXT,
  route             TEXT CHECK (route IN ('on_spot', 'mediation', 'referral', 'litigation')),
  status            TEXT NOT NULL CHECK (status IN ('registered', 'accepted', 'in_progress', 'mediating', 'closed', 'followed_up', 'archived', 'suspended')),
  outcome           TEXT CHECK (outcome IN ('resolved', 'guided', 'transferred')),
  result            TEXT,
  closed_at         TEXT,
  deadline          TEXT,
  extension_reason  TEXT,
  suspended_reason  TEXT,
  follow_up_at      TEXT,
  follow_up_method  TEXT,
  follow_up_note    TEXT,
  satisfaction      TEXT CHECK (satisfaction IN ('satisfied', 'basically', 'dissatisfied')),
  notes             TEXT,
  intake_id         INTEGER,
  party_names       TEXT NOT NULL DEFAULT '',
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX cases_registered ON cases (registered_at);
CREATE INDEX cases_status ON cases (status, deadline);
CREATE INDEX cases_category ON cases (category_id, registered_at);
CREATE INDEX cases_source ON cases (source, registered_at);
CREATE INDEX cases_difficulty ON cases (difficulty, registered_at);
CREATE INDEX cases_handler ON cases (handler_id, status);
CREATE INDEX cases_deadline ON cases (deadline);
CREATE INDEX cases_closed ON cases (closed_at);

CREATE TABLE case_parties (
  id                    INTEGER PRIMARY KEY,
  case_id               INTEGER NOT NULL REFERENCES cases (id),
  sort                  INTEGER NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name                  TEXT NOT NULL,
  sex                   TEXT CHECK (sex IN ('male', 'female')),
  ethnicity             TEXT,
  birth_date            TEXT,
  age                   INTEGER,
  id_number             TEXT,
  phone                 TEXT,
  occupation            TEXT,
  address               TEXT,
  grid                  TEXT,
  representative        TEXT,
  representative_title  TEXT
) STRICT;
CREATE INDEX case_parties_case ON case_parties (case_id, sort);

-- Every action on a case, dated, with who did it (the timeline on the case page).
CREATE TABLE case_events (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases (id),
  at          TEXT NOT NULL,
  actor_id    INTEGER,
  actor_name  TEXT NOT NULL,
  kind        TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT,
  note        TEXT
) STRICT;
CREATE INDEX case_events_case ON case_events (case_id, id);

-- Photos, scans and PDFs live inside the encrypted archive, never beside it.
CREATE TABLE case_attachments (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES cases (id),
  file_name TEXT NOT NULL,
  mime      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  sha256    TEXT NOT NULL,
  data      BLOB NOT NULL,
  added_at  TEXT NOT NULL,
  added_by  INTEGER REFERENCES accounts (id)
) STRICT;
CREATE INDEX case_attachments_case ON case_attachments (case_id);

CREATE TABLE intakes (
  id               INTEGER PRIMARY KEY,
  received_at      TEXT NOT NULL,
  channel          TEXT NOT NULL CHECK (channel IN ('visit', 'call')),
  person_name      TEXT NOT NULL,
  phone            TEXT,
  unit_or_address  TEXT,
  matter           TEXT NOT NULL,
  materials        TEXT,
  first_contact_id INTEGER NOT NULL REFERENCES accounts (id),
  outcome          TEXT NOT NULL CHECK (outcome IN ('answered', 'referred', 'case')),
  answer           TEXT,
  referred_to_id   INTEGER REFERENCES accounts (id),
  note             TEXT,
  case_id          INTEGER REFERENCES cases (id)
) STRICT;
CREATE INDEX intakes_received ON intakes (received_at);

-- Full-text search in Chinese: the trigram tokenizer matches any fragment of 3+ characters.
-- rowid = cases.id; kept in step by the case queries in the same transaction.
CREATE VIRTUAL TABLE cases_fts USING fts5 (code, names, summary, place, notes, tokenize = 'trigram');

-- A year's official arrangement as the director entered it; wins over every other calendar source.
CREATE TABLE calendar_years (
  year       INTEGER PRIMARY KEY,
  holidays   TEXT NOT NULL,
  workdays   TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  entered_by INTEGER REFERENCES accounts (id)
) STRICT;

CREATE TABLE user_prefs (
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (account_id, key)
) STRICT;
`;
