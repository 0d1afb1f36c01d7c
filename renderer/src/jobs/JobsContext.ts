import { createContext, useContext } from 'react';
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { JobTicket } from '../../../shared/jobs/schemas';

/** Starts a job and answers with its output once it is done (or its error, or 已取消). */
export type RunJob = <O>(start: () => Promise<Result<JobTicket<O>>>) => Promise<Result<O>>;

export interface RunFileOptions {
  /** A PDF is handed back unsaved, for the print preview; any other file is still saved. */
  previewPdf?: boolean;
}

export interface Jobs {
  run: RunJob;
  /** A job that makes a file: the file is saved when ready and the user is told so. */
  runFile: (
    start: () => Promise<Result<JobTicket<FileOutput>>>,
    options?: RunFileOptions,
  ) => Promise<Result<FileOutput>>;
}

export const JobsContext = createContext<Jobs | null>(null);

/** The jobs of the signed-in app (JobsProvider in Frame). */
export function useJobs(): Jobs {
  const jobs = useContext(JobsContext);
  if (!jobs) throw new Error('useJobs outside JobsProvider');
  return jobs;
}
