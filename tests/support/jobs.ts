import { createCore, type Core, type CoreOptions } from '../../electron/core/app';
import { createApi } from '../../shared/api/client';
import { jobChannels, type Api } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { JobStatus, JobTicket } from '../../shared/jobs/schemas';

const JOBS = jobChannels();

/** A core for tests whose job calls answer with the job's output, as an ordinary call would. */
export interface TestCore extends Core {
  /** Starts a job and answers with its ticket, for the tests of jobs themselves. */
  startJob(channel: string, input?: unknown): Promise<Result<JobTicket<unknown>>>;
  /** Resolves with the job's final status (done, failed or cancelled), heard from the runner. */
  settled(jobId: string): Promise<JobStatus>;
  /** Every status each job went through, in order. */
  history(jobId: string): JobStatus[];
  /** The typed client the renderer uses (shared/api/client) over this core: a job action answers with its ticket. */
  readonly api: Api;
  /** Waits for a job started through `api`: its output, or its failure (已取消 as JOB_CANCELLED), as a Result. */
  outcome<O>(started: Promise<Result<JobTicket<O>>>): Promise<Result<O>>;
}

export function createTestCore(options: CoreOptions): TestCore {
  const histories = new Map<string, JobStatus[]>();
  const waiters = new Map<string, (status: JobStatus) => void>();
  const final = new Map<string, JobStatus>();
  const core = createCore({
    ...options,
    onJobProgress(status) {
      options.onJobProgress?.(status);
      const list = histories.get(status.jobId) ?? [];
      list.push(status);
      histories.set(status.jobId, list);
      if (status.state !== 'running') {
        final.set(status.jobId, status);
        waiters.get(status.jobId)?.(status);
      }
    },
  });
  const settled = (jobId: string) =>
    new Promise<JobStatus>((resolve) => {
      const known = final.get(jobId);
      if (known) resolve(known);
      else waiters.set(jobId, resolve);
    });
  const startJob = (channel: string, input: unknown = {}) =>
    core.call(channel, input) as Promise<Result<JobTicket<unknown>>>;
  const api = createApi((channel, input) => core.call(channel, input));
  async function outcome<O>(started: Promise<Result<JobTicket<O>>>): Promise<Result<O>> {
    const ticket = await started;
    if (!ticket.ok) return ticket;
    const final = await settled(ticket.value.jobId);
    if (final.state === 'failed' && final.error) return { ok: false, error: final.error };
    if (final.state === 'cancelled')
      return { ok: false, error: { code: 'JOB_CANCELLED', message: '任务已取消。' } };
    // The output's type is the ticket's, as in the renderer's JobsProvider.
    return (await api.jobs.result({ jobId: ticket.value.jobId })) as Result<O>;
  }
  return {
    ...core,
    startJob,
    settled,
    history: (jobId) => histories.get(jobId) ?? [],
    api,
    outcome,
    async call(channel, input) {
      if (!JOBS.has(channel)) return core.call(channel, input);
      // The input as given, not startJob's default: a missing input must reach the core's validation.
      const ticket = (await core.call(channel, input)) as Result<JobTicket<unknown>>;
      if (!ticket.ok) return ticket;
      await settled(ticket.value.jobId);
      return core.call('jobs:result', { jobId: ticket.value.jobId });
    },
  };
}
