import { createApi } from '../../shared/api/client';
import type { ActionOf, Feature, InputOf, OutputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { Core } from '../../electron/core/app';

/**
 * `window.api` as the tests use it: the same typed client the renderer gets,
 * except that a job's call answers with the job's output once it has finished
 * (the test core waits for it, tests/support/jobs.ts), as an ordinary call would.
 */
export type TestApi = {
  [F in Feature]: {
    [A in ActionOf<F>]: (input: InputOf<F, A>) => Promise<Result<OutputOf<F, A>>>;
  };
};

export const testApi = (core: Pick<Core, 'call'>): TestApi =>
  createApi((channel, input) => core.call(channel, input)) as unknown as TestApi;
