import { endpoint } from '../endpoint';
import { jobRef, type JobStatus } from '../../jobs/schemas';

/** Long work started by a job endpoint: polled, cancelled, its result fetched. */
export const jobsContract = {
  /** Polling a job is not activity: a progress bar must not keep an idle session awake. */
  status: endpoint<JobStatus>()(jobRef, 'user'),
  cancel: endpoint<JobStatus>()(jobRef, 'user'),
  /** The output of a finished job (its type is the ticket's); it can be fetched once. */
  result: endpoint<unknown>()(jobRef, 'user'),
} as const;
