/**
 * 008: the video-monitoring duty roster (domain.md, Module 4). Shift templates
 * (JSON list of shifts, crossing midnight allowed), who takes shifts, 带班领导
 * per day, leave, and the month rosters in versions: a draft the director
 * edits, the published one frozen, every change after publishing a new
 * version made by an approved swap or replacement, never an edit in place.
 */
export const sql = `
CREATE TABLE duty_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  shifts      TEXT NOT NULL,
  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  sort        INTEGER NOT NULL
) STRICT;
INSERT INTO duty_templates (name, shifts, sort) VALUES
  ('两班制（12 小时）', '[{"key":"D","name":"白班","start":"08:00","end":"20:00","minStaff":1},{"key":"N","name":"夜班","start":"20:00","end":"08:00","minStaff":1}]', 1),
  ('三班制（8 小时）', '[{"key":"A","name":"早班","start":"08:00","end":"16:00","minStaff":1},{"key":"B","name":"中班","start":"16:00","end":"24:00","minStaff":1},{"key":"C","name":"夜班","start":"00:00","end":"08:00","minStaff":1}]', 2);

-- Who takes shifts besides the operators (staff who also watch), and operators taken off the roster.
CREATE TABLE duty_people (
  account_id  INTEGER PRIMARY KEY REFERENCES accounts (id),
  on_duty     INTEGER NOT NULL CHECK (on_duty IN (0, 1))
) STRICT;

CREATE TABLE duty_leaders (
  date   TEXT PRIMARY KEY,
  name   TEXT NOT NULL,
  phone  TEXT NOT NULL
) STRICT;

CREATE TABLE duty_leave (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id),
  date        TEXT NOT NULL,
  shift       TEXT,
  reason      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX duty_leave_date ON duty_leave (date);
CREATE UNIQUE INDEX duty_leave_once ON duty_leave (account_id, date, coalesce(shift, ''));

CREATE TABLE duty_rosters (
  id            INTEGER PRIMARY KEY,
  month         TEXT NOT NULL,
  version       INTEGER NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
  template      TEXT NOT NULL,
  assignments   TEXT NOT NULL,
  -- The first day the roster covers (a centre starting mid-month); NULL for the whole month.
  starts_on     TEXT,
  note          TEXT,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  published_at  TEXT,
  published_by  TEXT,
  UNIQUE (month, version)
) STRICT;
CREATE UNIQUE INDEX duty_rosters_one_draft ON duty_rosters (month) WHERE status = 'draft';
CREATE UNIQUE INDEX duty_rosters_one_published ON duty_rosters (month) WHERE status = 'published';

CREATE TABLE duty_swaps (
  id             INTEGER PRIMARY KEY,
  month          TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('swap', 'replace')),
  date           TEXT NOT NULL,
  shift          TEXT NOT NULL,
  from_id        INTEGER NOT NULL REFERENCES accounts (id),
  to_id          INTEGER NOT NULL REFERENCES accounts (id),
  other_date     TEXT,
  other_shift    TEXT,
  reason         TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'refused')),
  requested_at   TEXT NOT NULL,
  requested_by   TEXT NOT NULL,
  decided_at     TEXT,
  decided_by     TEXT,
  decision_note  TEXT,
  roster_id      INTEGER REFERENCES duty_rosters (id)
) STRICT;
CREATE INDEX duty_swaps_month ON duty_swaps (month, status);
`;
