import type { Db } from '../../electron/core/db/open';

/**
 * Undoes migrations 007–013 (the archive room, the duty roster, the loans'
 * state index, the watch, the duty logs filed, the forms' drafts, the
 * imports): their tables, dropped with their indexes and triggers, their
 * columns and their settings.
 */
export function revertArchiveAndDuty(db: Db): void {
  db.exec(`
    ALTER TABLE cases DROP COLUMN import_flags;
    ALTER TABLE cases DROP COLUMN import_batch_id;
    ALTER TABLE cases DROP COLUMN legacy_code;
    DROP TABLE import_mappings;
    DROP TABLE import_rows;
    DROP TABLE import_batches;
    DROP TABLE drafts;
    DROP TABLE watch_dutylog_filings;
    DROP INDEX watch_events_figures;
    DROP TABLE footage_copies;
    DROP TABLE footage_decisions;
    DROP TABLE footage_requests;
    DROP TABLE watch_handovers;
    DROP TABLE watch_checks;
    DROP TABLE watch_faults;
    DROP TABLE watch_dispatches;
    DROP TABLE watch_events;
    DROP TABLE watch_shifts;
    DROP TABLE watch_points;
    DROP TABLE duty_swaps;
    DROP TABLE duty_rosters;
    DROP TABLE duty_leave;
    DROP TABLE duty_leaders;
    DROP TABLE duty_people;
    DROP TABLE duty_templates;
    DROP TABLE archive_disposals;
    DROP TABLE archive_loans;
    DROP TABLE archive_files;
    DROP TABLE archive_items_fts;
    DROP TABLE archive_items;
    DROP TABLE archive_serials;
    DROP TABLE archive_boxes;
    DROP TABLE archive_categories;
    DELETE FROM settings WHERE key IN ('archive', 'dutyRules', 'watch');
  `);
  db.pragma('user_version = 6');
}

/**
 * Undoes migration 006 (login safety), and every later one first, on an
 * archive made by this program, so a test can stand in for an archive written
 * by a program before it. Older migration tests call it before rewinding
 * `user_version` further.
 */
export function revertLoginSafety(db: Db): void {
  revertArchiveAndDuty(db);
  db.exec(`
    DROP TABLE login_failures;
    ALTER TABLE accounts DROP COLUMN previous_login_at;
    ALTER TABLE accounts DROP COLUMN must_change_password;
    DELETE FROM settings WHERE key LIKE 'flag:loginFailureBox%';
  `);
  db.pragma('user_version = 5');
}
