import type { Handlers } from './types';
import { accountsHandlers } from '../features/accounts/accounts.handlers';
import { auditHandlers } from '../features/audit/audit.handlers';
import { maintenanceHandlers } from '../features/maintenance/maintenance.handlers';
import { sessionHandlers } from '../features/session/session.handlers';
import { settingsHandlers } from '../features/settings/settings.handlers';
import { setupHandlers } from '../features/setup/setup.handlers';
import { intakeHandlers } from '../features/intake/intake.handlers';
import { casesHandlers } from '../features/cases/cases.handlers';
import { calendarHandlers } from '../features/calendar/calendar.handlers';
import { statsHandlers } from '../features/stats/stats.handlers';
import { mediationHandlers } from '../features/mediation/mediation.handlers';
import { jobsHandlers } from '../features/jobs/jobs.handlers';
import { archiveHandlers } from '../features/archive/archive.handlers';
import { dutyHandlers } from '../features/duty/duty.handlers';
import { watchHandlers } from '../features/watch/watch.handlers';
import { camerasHandlers } from '../features/cameras/cameras.handlers';
import { footageHandlers } from '../features/footage/footage.handlers';
import { draftsHandlers } from '../features/drafts/drafts.handlers';
import { importsHandlers } from '../features/imports/imports.handlers';
import { fontsHandlers } from '../features/fonts/fonts.handlers';

/** The handler map: one entry per feature of the contract, checked by the compiler. */
export const handlers: Handlers = {
  session: sessionHandlers,
  setup: setupHandlers,
  accounts: accountsHandlers,
  audit: auditHandlers,
  settings: settingsHandlers,
  fonts: fontsHandlers,
  maintenance: maintenanceHandlers,
  intake: intakeHandlers,
  cases: casesHandlers,
  calendar: calendarHandlers,
  mediation: mediationHandlers,
  jobs: jobsHandlers,
  stats: statsHandlers,
  archive: archiveHandlers,
  duty: dutyHandlers,
  watch: watchHandlers,
  cameras: camerasHandlers,
  footage: footageHandlers,
  drafts: draftsHandlers,
  imports: importsHandlers,
};
