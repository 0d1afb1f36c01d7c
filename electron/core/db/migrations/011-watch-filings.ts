/**
 * 011: which month's duty log was filed into the archive catalogue as 值班记录
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
`;
