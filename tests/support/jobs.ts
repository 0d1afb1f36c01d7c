import { createCore, type Core, type CoreOptions } from '../../electron/core/app';
import { jobChannels } from '../../shared/api/contract';
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
  return {
    ...core,
    startJob,
    settled,
    history: (jobId) => histories.get(jobId) ?? [],
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
