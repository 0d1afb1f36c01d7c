import { expect } from '@playwright/test';
import { createApi } from '../../../shared/api/client';
import type { Api } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { JobTicket } from '../../../shared/jobs/schemas';
import type { RunningHost } from './host';

/**
 * The host's API as the renderer's `window.api` sees it (the same typed
 * client over HTTP, with the run's token), for a story's setup that is not
 * what the story tests. The core holds one session: sign out before the page
 * signs in.
 */
export function hostApi(host: RunningHost): Api {
  const token = /token=([^&]+)/.exec(new URL(host.openUrl).hash)?.[1] ?? '';
  return createApi(async (channel, input) => {
    const response = await fetch(`${host.url}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  });
}

/** The value of a call that must succeed in the setup (its Chinese message otherwise). */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Waits for a job the setup started and answers with its output (the tray does this in the app). */
export async function jobOutput<O>(api: Api, ticket: Result<JobTicket<O>>): Promise<O> {
  const { jobId } = must(ticket);
  await expect
    .poll(async () => must(await api.jobs.status({ jobId })).state, { timeout: 60_000 })
    .not.toBe('running');
  const status = must(await api.jobs.status({ jobId }));
  if (status.state !== 'done') throw new Error(`${status.label}：${status.error?.message ?? status.state}`);
  return must(await api.jobs.result({ jobId })) as O;
}
