/**
 * 010: the video-monitoring watch (domain.md, Module 4, part 2): camera points,
 * the shifts actually worked, the duty log's events with their dispatches,
 * equipment faults and the per-shift checks, handovers, and the footage
 * retrieval register. Times are local minutes, `2026-12-05T14:05`, like the
 * ledger's. Vocabularies are stored as codes (shared/watch/codes.ts).
 *
 * The footage register is append-only by law (公共安全视频图像信息系统管理条例:
 * every retrieval recorded): triggers refuse any UPDATE or DELETE of its
 * three tables, so no channel — ours or a future one — can rewrite it. A
 * correction is a new request pointing at the one it corrects.
 */
export const sql = `
CREATE TABLE watch_points (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  location    TEXT NOT NULL,
  grid        TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('bullet', 'dome', 'ptz', 'panorama', 'face', 'plate', 'other')),
  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  retired_on  TEXT,
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

-- One row per watch actually kept: who opened it, against which rostered shift.
CREATE TABLE watch_shifts (
  id                 INTEGER PRIMARY KEY,
  date               TEXT NOT NULL,
  shift_key          TEXT NOT NULL,
  shift_name         TEXT NOT NULL,
  planned_start      TEXT NOT NULL,
  planned_end        TEXT NOT NULL,
  operator_id        INTEGER NOT NULL REFERENCES accounts (id),
  -- 0 when the roster names someone else (or no roster was published): the reason is then required.
  rostered           INTEGER NOT NULL CHECK (rostered IN (0, 1)),
  off_roster_reason  TEXT,
  opened_at          TEXT NOT NULL,
  closed_at          TEXT,
  -- 「本班无异常」 when the shift logged no event; otherwise a short summary.
  closing_note       TEXT,
  CHECK (rostered = 1 OR off_roster_reason IS NOT NULL)
) STRICT;
-- One monitoring desk: at most one shift open at a time.
CREATE UNIQUE INDEX watch_shifts_one_open ON watch_shifts ((closed_at IS NULL)) WHERE closed_at IS NULL;
CREATE INDEX watch_shifts_date ON watch_shifts (date, shift_key);
CREATE INDEX watch_shifts_opened ON watch_shifts (opened_at);

CREATE TABLE watch_events (
  id              INTEGER PRIMARY KEY,
  shift_id        INTEGER NOT NULL REFERENCES watch_shifts (id),
  occurred_at     TEXT NOT NULL,
  point_id        INTEGER REFERENCES watch_points (id),
  category        TEXT NOT NULL CHECK (category IN ('security', 'traffic', 'fire', 'dispute', 'equipment', 'other')),
  description     TEXT NOT NULL,
  action          TEXT NOT NULL CHECK (action IN ('track', 'grid', 'patrol', 'police', 'leader')),
  result          TEXT,
  footage_saved   TEXT,
  status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  closed_at       TEXT,
  closed_by       TEXT,
  closed_shift_id INTEGER REFERENCES watch_shifts (id),
  case_id         INTEGER UNIQUE REFERENCES cases (id),
  recorded_by_id  INTEGER NOT NULL REFERENCES accounts (id),
  recorded_by     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;
CREATE INDEX watch_events_time ON watch_events (occurred_at);
CREATE INDEX watch_events_shift ON watch_events (shift_id, occurred_at);
CREATE INDEX watch_events_point ON watch_events (point_id, occurred_at);
CREATE INDEX watch_events_open ON watch_events (occurred_at) WHERE status = 'open';

-- 通知 / 派遣 and what came back (督查督办). due_at is fixed when dispatched, from the setting then in force.
CREATE TABLE watch_dispatches (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES watch_events (id),
  target        TEXT NOT NULL CHECK (target IN ('patrol', 'grid', 'police', 'leader')),
  whom          TEXT NOT NULL,
  notified_at   TEXT NOT NULL,
  due_at        TEXT NOT NULL,
  arrived_at    TEXT,
  reported_at   TEXT,
  report        TEXT,
  recorded_by   TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX watch_dispatches_event ON watch_dispatches (event_id);
CREATE INDEX watch_dispatches_notified ON watch_dispatches (notified_at);

CREATE TABLE watch_faults (
  id           INTEGER PRIMARY KEY,
  point_id     INTEGER REFERENCES watch_points (id),
  -- Equipment that is not a camera point (录像机, 大屏, 网络); NULL when point_id names it.
  device       TEXT,
  found_at     TEXT NOT NULL,
  symptom      TEXT NOT NULL CHECK (symptom IN ('black', 'offline', 'norecord', 'ptz', 'blur', 'other')),
  detail       TEXT,
  found_by     TEXT NOT NULL,
  reported_to  TEXT,
  reported_at  TEXT,
  repairer     TEXT,
  repaired_at  TEXT,
  result       TEXT,
  shift_id     INTEGER REFERENCES watch_shifts (id),
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  CHECK (point_id IS NOT NULL OR device IS NOT NULL),
  CHECK (repaired_at IS NULL OR repaired_at >= found_at)
) STRICT;
CREATE INDEX watch_faults_open ON watch_faults (found_at) WHERE repaired_at IS NULL;
CREATE INDEX watch_faults_point ON watch_faults (point_id, found_at);
CREATE INDEX watch_faults_found ON watch_faults (found_at);

-- The daily equipment check, once per shift: 云台 / 录像 / 清晰度, each 'ok' or 'fault'.
CREATE TABLE watch_checks (
  shift_id    INTEGER PRIMARY KEY REFERENCES watch_shifts (id),
  ptz         TEXT NOT NULL CHECK (ptz IN ('ok', 'fault')),
  recording   TEXT NOT NULL CHECK (recording IN ('ok', 'fault')),
  clarity     TEXT NOT NULL CHECK (clarity IN ('ok', 'fault')),
  note        TEXT,
  checked_at  TEXT NOT NULL,
  checked_by  TEXT NOT NULL
) STRICT;

-- 交接班: both operators confirmed with their own password; the contents are the snapshot they signed.
CREATE TABLE watch_handovers (
  id                     INTEGER PRIMARY KEY,
  from_shift_id          INTEGER NOT NULL UNIQUE REFERENCES watch_shifts (id),
  to_shift_id            INTEGER NOT NULL UNIQUE REFERENCES watch_shifts (id),
  outgoing_id            INTEGER NOT NULL REFERENCES accounts (id),
  incoming_id            INTEGER NOT NULL REFERENCES accounts (id),
  equipment              TEXT NOT NULL,
  open_faults            TEXT NOT NULL,
  open_events            TEXT NOT NULL,
  instructions           TEXT NOT NULL,
  keys_count             INTEGER NOT NULL CHECK (keys_count >= 0),
  radios_count           INTEGER NOT NULL CHECK (radios_count >= 0),
  media_count            INTEGER NOT NULL CHECK (media_count >= 0),
  notes                  TEXT,
  outgoing_confirmed_at  TEXT NOT NULL,
  incoming_confirmed_at  TEXT NOT NULL,
  override_by            TEXT,
  override_reason        TEXT,
  created_at             TEXT NOT NULL,
  CHECK (outgoing_id <> incoming_id)
) STRICT;
CREATE INDEX watch_handovers_created ON watch_handovers (created_at);

-- 录像调取登记: a request, the director's decision, each copy made. Never changed, never deleted.
CREATE TABLE footage_requests (
  id                 INTEGER PRIMARY KEY,
  requester          TEXT NOT NULL,
  unit               TEXT NOT NULL,
  id_number          TEXT NOT NULL,
  letter             TEXT NOT NULL,
  point_ids          TEXT NOT NULL,
  range_from         TEXT NOT NULL,
  range_to           TEXT NOT NULL,
  purpose            TEXT NOT NULL,
  -- 1 when the range began before the retention window at the time of the request.
  likely_overwritten INTEGER NOT NULL CHECK (likely_overwritten IN (0, 1)),
  corrects_id        INTEGER REFERENCES footage_requests (id),
  correction_reason  TEXT,
  requested_at       TEXT NOT NULL,
  recorded_by        TEXT NOT NULL,
  CHECK (range_to >= range_from),
  CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
) STRICT;
CREATE INDEX footage_requests_at ON footage_requests (requested_at);

CREATE TABLE footage_decisions (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL UNIQUE REFERENCES footage_requests (id),
  approved    INTEGER NOT NULL CHECK (approved IN (0, 1)),
  note        TEXT,
  decided_by  TEXT NOT NULL,
  decided_at  TEXT NOT NULL
) STRICT;

CREATE TABLE footage_copies (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES footage_requests (id),
  medium       TEXT NOT NULL,
  destination  TEXT NOT NULL,
  operator     TEXT NOT NULL,
  copied_at    TEXT NOT NULL,
  recorded_by  TEXT NOT NULL
) STRICT;
CREATE INDEX footage_copies_request ON footage_copies (request_id);

CREATE TRIGGER footage_requests_no_update BEFORE UPDATE ON footage_requests
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never changed'); END;
CREATE TRIGGER footage_requests_no_delete BEFORE DELETE ON footage_requests
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never deleted'); END;
CREATE TRIGGER footage_decisions_no_update BEFORE UPDATE ON footage_decisions
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never changed'); END;
CREATE TRIGGER footage_decisions_no_delete BEFORE DELETE ON footage_decisions
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never deleted'); END;
CREATE TRIGGER footage_copies_no_update BEFORE UPDATE ON footage_copies
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never changed'); END;
CREATE TRIGGER footage_copies_no_delete BEFORE DELETE ON footage_copies
  BEGIN SELECT RAISE(ABORT, 'footage register entries are never deleted'); END;
`;
