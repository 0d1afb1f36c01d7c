/**
 * 005: people's mediation (domain.md, Module 2): a mediation per case, its
 * sittings (调解记录), its agreements in versions (a signed one is frozen, a
 * correction supersedes it), every print of an agreement, follow-up visits,
 * the judicial confirmation and the dossier, and a per-year serial for the
 * agreement number (assigned once, at first print).
 */
export const sql = `
CREATE TABLE mediations (
  id                     INTEGER PRIMARY KEY,
  case_id                INTEGER NOT NULL REFERENCES cases (id),
  status                 TEXT NOT NULL CHECK (status IN ('open', 'agreed', 'terminated', 'closed')),
  source                 TEXT NOT NULL CHECK (source IN ('initiative', 'application', 'referral')),
  intake_form            TEXT NOT NULL CHECK (intake_form IN ('application', 'register')),
  requests               TEXT,
  mediators              TEXT NOT NULL,
  recorder               TEXT NOT NULL,
  participants           TEXT,
  place                  TEXT,
  opened_at              TEXT NOT NULL,
  opened_by              TEXT NOT NULL,
  rights_notice_signed_at TEXT,
  terminated_at          TEXT,
  termination_reason     TEXT,
  closed_at              TEXT,
  prevented_criminal     INTEGER NOT NULL DEFAULT 0 CHECK (prevented_criminal IN (0, 1)),
  prevented_petition     INTEGER NOT NULL DEFAULT 0 CHECK (prevented_petition IN (0, 1)),
  judicial_court         TEXT,
  judicial_applied_on    TEXT,
  judicial_case_number   TEXT,
  judicial_ruling        TEXT CHECK (judicial_ruling IN ('confirmed', 'rejected', 'withdrawn')),
  judicial_ruled_on      TEXT,
  judicial_note          TEXT,
  dossier_title          TEXT,
  retention              TEXT CHECK (retention IN ('Y', 'D30', 'D10')),
  filed_at               TEXT,
  filed_by               TEXT,
  dossier_entries        TEXT
) STRICT;
CREATE INDEX mediations_case ON mediations (case_id);
-- The monthly statistics read ranges of these dates (bench: 20 000 mediations).
CREATE INDEX mediations_opened ON mediations (opened_at, source, case_id);
CREATE INDEX mediations_terminated ON mediations (terminated_at) WHERE terminated_at IS NOT NULL;
CREATE INDEX mediations_closed ON mediations (closed_at, prevented_criminal, prevented_petition)
  WHERE closed_at IS NOT NULL;
-- At most one mediation of a case is under way at a time.
CREATE UNIQUE INDEX mediations_one_open ON mediations (case_id) WHERE status = 'open';

CREATE TABLE mediation_sessions (
  id            INTEGER PRIMARY KEY,
  mediation_id  INTEGER NOT NULL REFERENCES mediations (id),
  no            INTEGER NOT NULL,
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  place         TEXT NOT NULL,
  attendees     TEXT,
  steps         TEXT NOT NULL,
  outcome       TEXT,
  recorded_by   TEXT NOT NULL,
  UNIQUE (mediation_id, no)
) STRICT;

-- 一案一号: the agreement serial of each year, advanced when a number is first assigned.
CREATE TABLE agreement_serials (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE agreements (
  id                 INTEGER PRIMARY KEY,
  mediation_id       INTEGER NOT NULL REFERENCES mediations (id),
  version            INTEGER NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('written', 'oral')),
  status             TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'superseded')),
  number             TEXT,
  serial_year        INTEGER,
  facts              TEXT NOT NULL,
  responsibility     TEXT,
  terms              TEXT NOT NULL,
  performance        TEXT NOT NULL,
  perform_by         TEXT,
  amount_cents       INTEGER,
  signed_on          TEXT,
  signed_text        TEXT,
  pdf_sha256         TEXT,
  -- The full set as last printed: its bytes, and the document data it was made from (parties, text,
  -- number, date). Signing requires the current data to equal it; once signed, every reprint and the
  -- dossier's copy come from it, so later edits of the case's parties cannot change a signed agreement.
  pdf                BLOB,
  printed_doc        TEXT,
  supersedes_id      INTEGER REFERENCES agreements (id),
  correction_reason  TEXT,
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  UNIQUE (mediation_id, version)
) STRICT;
CREATE INDEX agreements_signed ON agreements (signed_on) WHERE status = 'signed';
-- A mediation succeeds when its first version is signed (statistics: 调解成功数, 协议涉及金额).
CREATE INDEX agreements_first_signed ON agreements (signed_on, mediation_id, amount_cents)
  WHERE version = 1 AND status IN ('signed', 'superseded');

CREATE TABLE agreement_prints (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
  at            TEXT NOT NULL,
  by_id         INTEGER REFERENCES accounts (id),
  by_name       TEXT NOT NULL,
  copies        TEXT NOT NULL,
  reprint       INTEGER NOT NULL CHECK (reprint IN (0, 1)),
  sha256        TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_prints_agreement ON agreement_prints (agreement_id, id);

CREATE TABLE follow_ups (
  id            INTEGER PRIMARY KEY,
  mediation_id  INTEGER NOT NULL REFERENCES mediations (id),
  due_on        TEXT,
  reason        TEXT NOT NULL,
  visited_at    TEXT,
  method        TEXT CHECK (method IN ('phone', 'visit', 'onsite')),
  performance   TEXT CHECK (performance IN ('performed', 'partly', 'not_performed')),
  satisfaction  TEXT CHECK (satisfaction IN ('satisfied', 'basically', 'dissatisfied')),
  risk          TEXT,
  note          TEXT,
  visitor       TEXT
) STRICT;
CREATE INDEX follow_ups_mediation ON follow_ups (mediation_id);
CREATE INDEX follow_ups_due ON follow_ups (due_on) WHERE visited_at IS NULL;
`;
