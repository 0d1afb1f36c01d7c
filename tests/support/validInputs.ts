import { channelOf, type Feature } from '../../shared/api/contract';
import type { ValidInputsOf } from './validInputs/types';
import {
  accountsInputs,
  auditInputs,
  draftsInputs,
  fontsInputs,
  jobsInputs,
  maintenanceInputs,
  sessionInputs,
  settingsInputs,
  setupInputs,
} from './validInputs/session';
import { calendarInputs, casesInputs, intakeInputs, statsInputs } from './validInputs/cases';
import { mediationInputs } from './validInputs/mediation';
import { archiveInputs } from './validInputs/archive';
import { dutyInputs } from './validInputs/duty';
import { camerasInputs, footageInputs, watchInputs } from './validInputs/watch';
import { importsInputs } from './validInputs/imports';

export { WELL_FORMED_WRONG_KEY } from './validInputs/session';

/**
 * One valid input per action of the contract, checked by the compiler against
 * the contract's input types (a new feature or action without an entry here
 * fails to compile). Optional fields are filled in, so that they are exercised
 * too. "Valid" means it passes the schema; whether the call then succeeds
 * depends on the archive (e.g. ids that exist). Each feature group's inputs
 * live in tests/support/validInputs/.
 */
export const VALID_INPUTS: { [F in Feature]: ValidInputsOf<F> } = {
  session: sessionInputs,
  setup: setupInputs,
  accounts: accountsInputs,
  audit: auditInputs,
  settings: settingsInputs,
  fonts: fontsInputs,
  maintenance: maintenanceInputs,
  intake: intakeInputs,
  cases: casesInputs,
  calendar: calendarInputs,
  mediation: mediationInputs,
  jobs: jobsInputs,
  stats: statsInputs,
  archive: archiveInputs,
  duty: dutyInputs,
  watch: watchInputs,
  cameras: camerasInputs,
  footage: footageInputs,
  drafts: draftsInputs,
  imports: importsInputs,
};

/** The valid input of a channel, e.g. `validInputOf('accounts:reset-password')`. */
export function validInputOf(channel: string): Record<string, unknown> {
  for (const [feature, actions] of Object.entries(VALID_INPUTS)) {
    for (const [action, input] of Object.entries(actions)) {
      if (channelOf(feature, action) === channel) return structuredClone(input) as Record<string, unknown>;
    }
  }
  throw new Error(`no valid input for ${channel}`);
}
