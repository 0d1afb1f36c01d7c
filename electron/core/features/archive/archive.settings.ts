import type { Db } from '../../db/open';
import type { ArchiveSettings } from '../../../../shared/archive/schemas';
import { DEFAULT_CODE_PATTERN, DEFAULT_FONDS, patternProblem } from '../../../../shared/archive/codes';
import { DEFAULT_LOAN_PERIODS, type LoanPeriods } from '../../../../shared/archive/loans';
import { stmt } from '../cases/cases.queries';
import { getSettings } from '../settings/settings.queries';

/** The archive's settings live under one key of the settings table, as JSON. */
const KEY = 'archive';

const DEFAULTS: Omit<ArchiveSettings, 'fondsName'> = {
  fonds: DEFAULT_FONDS,
  codePattern: DEFAULT_CODE_PATTERN,
  loanDays: DEFAULT_LOAN_PERIODS.days,
  importantLoanDays: DEFAULT_LOAN_PERIODS.importantDays,
  renewals: DEFAULT_LOAN_PERIODS.renewals,
  warnDays: DEFAULT_LOAN_PERIODS.warnDays,
};

/** Stored values over the defaults; a value that no longer validates falls back to its default. */
export function getArchiveSettings(db: Db): ArchiveSettings {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  const stored = (row ? JSON.parse(row.value) : {}) as Partial<ArchiveSettings>;
  const num = (k: keyof typeof DEFAULTS) =>
    typeof stored[k] === 'number' ? (stored[k] as number) : (DEFAULTS[k] as number);
  const pattern =
    typeof stored.codePattern === 'string' && patternProblem(stored.codePattern) === null
      ? stored.codePattern
      : DEFAULTS.codePattern;
  return {
    fonds: typeof stored.fonds === 'string' ? stored.fonds : DEFAULTS.fonds,
    fondsName: stored.fondsName || getSettings(db).centreName,
    codePattern: pattern,
    loanDays: num('loanDays'),
    importantLoanDays: num('importantLoanDays'),
    renewals: num('renewals'),
    warnDays: num('warnDays'),
  };
}

export function putArchiveSettings(db: Db, s: ArchiveSettings): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(s));
}

export const loanPeriods = (s: ArchiveSettings): LoanPeriods => ({
  days: s.loanDays,
  importantDays: s.importantLoanDays,
  renewals: s.renewals,
  warnDays: s.warnDays,
});
