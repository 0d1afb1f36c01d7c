import type { FeatureHandlers } from '../../api/types';

/** A job is the business of the account that started it; nobody else can see, cancel or take it. */
export const jobsHandlers: FeatureHandlers<'jobs'> = {
  status: (ctx, { jobId }) => ctx.jobs.status(jobId, ctx.user().id),
  cancel: (ctx, { jobId }) => ctx.jobs.cancel(jobId, ctx.user().id),
  result: (ctx, { jobId }) => ctx.jobs.take(jobId, ctx.user().id),
};
