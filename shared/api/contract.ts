import type { z } from 'zod';
import type { Result } from './result';
import type { JobTicket } from '../jobs/schemas';
import type { Endpoint } from './endpoint';
import { sessionContract, setupContract } from './contract/session';
import { accountsContract, auditContract } from './contract/accounts';
import { fontsContract, settingsContract } from './contract/settings';
import { maintenanceContract } from './contract/maintenance';
import { calendarContract, casesContract, intakeContract, statsContract } from './contract/cases';
import { mediationContract } from './contract/mediation';
import { jobsContract } from './contract/jobs';
import { archiveContract } from './contract/archive';
import { dutyContract } from './contract/duty';
import { watchContract } from './contract/watch';
import { camerasContract } from './contract/cameras';
import { footageContract } from './contract/footage';
import { draftsContract } from './contract/drafts';
import { importsContract } from './contract/imports';

export type { Access } from './access';
export type { Endpoint, FileOutput, JobEndpoint } from './endpoint';

/**
 * The whole contract, declared once. Features carry the same names here, in
 * electron/core/features and in renderer/src/features; each feature's actions
 * are declared in shared/api/contract/<feature>.ts.
 */
export const contract = {
  session: sessionContract,
  setup: setupContract,
  accounts: accountsContract,
  audit: auditContract,
  settings: settingsContract,
  fonts: fontsContract,
  maintenance: maintenanceContract,
  intake: intakeContract,
  cases: casesContract,
  calendar: calendarContract,
  mediation: mediationContract,
  jobs: jobsContract,
  stats: statsContract,
  archive: archiveContract,
  duty: dutyContract,
  watch: watchContract,
  cameras: camerasContract,
  footage: footageContract,
  drafts: draftsContract,
  imports: importsContract,
} as const;

export type Contract = typeof contract;
export type Feature = keyof Contract;
export type ActionOf<F extends Feature> = keyof Contract[F] & string;

type EndpointInput<E> = E extends Endpoint<infer I, unknown> ? z.input<I> : never;
type EndpointOutput<E> = E extends Endpoint<z.ZodType, infer O> ? O : never;

/** Whether an action is a job (answers with a ticket) rather than a plain call. */
export type IsJob<F extends Feature, A extends ActionOf<F>> = Contract[F][A] extends { job: true }
  ? true
  : false;

/** The input an action accepts, as the caller writes it. */
export type InputOf<F extends Feature, A extends ActionOf<F>> = EndpointInput<Contract[F][A]>;
/** The value an action answers with. */
export type OutputOf<F extends Feature, A extends ActionOf<F>> = EndpointOutput<Contract[F][A]>;

/** `window.api`: the same typed object over IPC (preload) and over HTTP. */
export type Api = {
  [F in Feature]: {
    [A in ActionOf<F>]: (
      input: InputOf<F, A>,
    ) => Promise<Result<IsJob<F, A> extends true ? JobTicket<OutputOf<F, A>> : OutputOf<F, A>>>;
  };
};

/** The channel of an action: `feature:kebab-action`, e.g. `accounts:reset-password`. */
export const channelOf = (feature: string, action: string): string =>
  `${feature}:${action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every (feature, action, channel) triple of the contract. */
export const allChannels = (): { feature: Feature; action: string; channel: string }[] =>
  (Object.keys(contract) as Feature[]).flatMap((feature) =>
    Object.keys(contract[feature]).map((action) => ({
      feature,
      action,
      channel: channelOf(feature, action),
    })),
  );

/** The channels whose calls start a job (they answer with a ticket). */
export const jobChannels = (): Set<string> =>
  new Set(
    allChannels()
      .filter(({ feature, action }) => 'job' in contract[feature][action as ActionOf<typeof feature>])
      .map(({ channel }) => channel),
  );
