import type { Db } from '../../db/open';
import {
  DEFAULT_BACKUP_KEEP,
  DEFAULT_IDLE_LOCK_MINUTES,
  type Settings,
} from '../../../../shared/settings/schemas';
import { DEFAULT_AGREEMENT_NUMBER_TEMPLATE } from '../../../../shared/mediation/rules';

const DEFAULTS: Settings = {
  centreName: '',
  committeeName: '',
  committeeShortName: '',
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  backupKeep: DEFAULT_BACKUP_KEEP,
  agreementNumberTemplate: DEFAULT_AGREEMENT_NUMBER_TEMPLATE,
  documentDateStyle: 'words',
};

/** Settings are stored as JSON values by key; unknown keys are ignored, missing ones take defaults. */
export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    centreName: typeof stored.centreName === 'string' ? stored.centreName : DEFAULTS.centreName,
    committeeName: typeof stored.committeeName === 'string' ? stored.committeeName : DEFAULTS.committeeName,
    committeeShortName:
      typeof stored.committeeShortName === 'string' ? stored.committeeShortName : DEFAULTS.committeeShortName,
    idleLockMinutes:
      typeof stored.idleLockMinutes === 'number' ? stored.idleLockMinutes : DEFAULTS.idleLockMinutes,
    backupKeep: typeof stored.backupKeep === 'number' ? stored.backupKeep : DEFAULTS.backupKeep,
    agreementNumberTemplate:
      typeof stored.agreementNumberTemplate === 'string'
        ? stored.agreementNumberTemplate
        : DEFAULTS.agreementNumberTemplate,
    documentDateStyle: stored.documentDateStyle === 'digits' ? 'digits' : 'words',
  };
}

export function putSettings(db: Db, values: Partial<Settings>): void {
  const stmt = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) stmt.run(key, JSON.stringify(value));
}

/** Internal flags that are not user settings (e.g. whether the recovery key was confirmed). */
export function getFlag(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(`flag:${key}`) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as string) : null;
}

export function setFlag(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(`flag:${key}`);
  else putSettings(db, { [`flag:${key}`]: value } as Partial<Settings>);
}
