import { useCallback, useState } from 'react';
import type { FileOutput } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';
import type { JobTicket } from '../../../shared/jobs/schemas';
import { useJobs, type RunFileOptions } from './JobsContext';

/**
 * useCall for a job: `busy` while this page's job runs (the rest of the page
 * stays usable), `error` for a failure; 取消 is not an error to show.
 */
export function useJob() {
  const jobs = useJobs();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const settle = useCallback(async <T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (!result.ok && result.error.code !== 'JOB_CANCELLED') setError(result.error);
      return result;
    } finally {
      setBusy(false);
    }
  }, []);

  const run = useCallback(
    <O>(start: () => Promise<Result<JobTicket<O>>>) => settle(() => jobs.run(start)),
    [jobs, settle],
  );
  const runFile = useCallback(
    (start: () => Promise<Result<JobTicket<FileOutput>>>, options?: RunFileOptions) =>
      settle(() => jobs.runFile(start, options)),
    [jobs, settle],
  );
  return { busy, error, setError, run, runFile };
}
