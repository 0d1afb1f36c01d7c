/**
 * 011: an index covering the month's event figures (分析汇总 reads a month's
 * category, point, state and case link from the index alone: about a third of
 * the time of fetching the rows at 200 000 entries), and which month's duty log was filed into the archive catalogue as 值班记录
 * (issue 12 §8), and as which item. A month is filed once: its row is the
 * refusal of a second filing, whatever the item's description later says.
 */
export const sql = `
CREATE TABLE watch_dutylog_filings (
  month      TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  item_id    INTEGER NOT NULL UNIQUE REFERENCES archive_items (id),
  pages      INTEGER NOT NULL CHECK (pages > 0),
  sha256     TEXT NOT NULL,
  filed_at   TEXT NOT NULL,
  filed_by   TEXT NOT NULL
) STRICT;

CREATE INDEX watch_events_figures ON watch_events (occurred_at, category, point_id, status, case_id);
`;
