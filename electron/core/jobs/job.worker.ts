/**
 * A job's own thread: opens its own read connection to the archive, runs the
 * job's work and posts progress and the result back. The core ends a
 * cancelled job by terminating this thread, which closes the connection with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { jobModules } from './registry';
import { dbPath } from '../db/archive';
import { openEncrypted } from '../db/open';
import { toApiError } from '../errors';
import type { JobDefinition, JobMessage, JobRequest } from './types';

const port = parentPort;
if (!port) throw new Error('job.worker must run as a worker thread');
const post = (message: JobMessage) => port.postMessage(message);

/** The definitions of the job's feature, loaded for this thread alone (jobs/registry.ts). */
async function definitionsOf(
  feature: JobRequest['feature'],
): Promise<Record<string, JobDefinition<unknown, unknown>>> {
  if (feature === 'internal') return (await import('./internal')).internalJobs as never;
  return ((await jobModules[feature]?.()) ??
    (await import('../api/handlers')).handlers[feature]) as unknown as Record<
    string,
    JobDefinition<unknown, unknown>
  >;
}

async function main(request: JobRequest): Promise<void> {
  const feature = await definitionsOf(request.feature);
  const definition = feature[request.action];
  if (!definition) throw new Error(`no job ${request.feature}.${request.action}`);
  const masterKey = Buffer.from(request.masterKey);
  const db = openEncrypted(dbPath(request.dir), masterKey, {
    readonly: !request.writes,
    expectedSalt: request.dbSalt,
  });
  try {
    const result = await definition.run(
      {
        db,
        dir: request.dir,
        masterKey,
        now: new Date(request.nowIso),
        user: request.user,
        progress: (done, total, phase) => post({ type: 'progress', done, total, phase }),
        partial: (path) => post({ type: 'partial', path }),
      },
      request.input,
    );
    post({ type: 'done', result });
  } finally {
    db.close();
    masterKey.fill(0);
  }
}

main(workerData as JobRequest).catch((err: unknown) => {
  const { error, unexpected } = toApiError(err);
  post({
    type: 'failed',
    error: unexpected ? null : error,
    detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
  });
});
