import { sql as foundation } from './001-foundation';
import { sql as cases } from './002-cases';
import { sql as statsIndexes } from './003-stats-indexes';
import { sql as ledgerIndexes } from './004-ledger-indexes';
import { sql as mediation } from './005-mediation';
import { sql as loginSafety } from './006-login-safety';
import { sql as archive } from './007-archive';
import { sql as duty } from './008-duty';
import { sql as loanStatusIndex } from './009-loan-status-index';
import { sql as watch } from './010-watch';
import { sql as watchFilings } from './011-watch-filings';
import { sql as drafts } from './012-drafts';
import { sql as imports } from './013-imports';
import { sql as catalogueImports } from './014-catalogue-imports';

/**
 * Numbered, append-only migrations. Position i (0-based) upgrades the schema
 * from version i to i+1; `user_version` records the version reached.
 */
export const MIGRATIONS: readonly string[] = [
  foundation,
  cases,
  statsIndexes,
  ledgerIndexes,
  mediation,
  loginSafety,
  archive,
  duty,
  loanStatusIndex,
  watch,
  watchFilings,
  drafts,
  imports,
  catalogueImports,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
