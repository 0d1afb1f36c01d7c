import type { Db } from '../../db/open';
import {
  DEFAULT_WATCH_SETTINGS,
  watchSettingsInput,
  type WatchSettings,
} from '../../../../shared/watch/settings';
import { stmt } from '../cases/cases.queries';

/** The watch's settings live under one key of the settings table, as JSON. */
const KEY = 'watch';

/** Stored values over the defaults; a value that no longer validates falls back to its default. */
export function getWatchSettings(db: Db): WatchSettings {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = (row ? JSON.parse(row.value) : {}) as Partial<WatchSettings>;
  const merged = { ...DEFAULT_WATCH_SETTINGS, ...stored };
  const checked = watchSettingsInput.safeParse(merged);
  return checked.success ? checked.data : DEFAULT_WATCH_SETTINGS;
}

export function putWatchSettings(db: Db, s: WatchSettings): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(s));
}
