import { allChannels, type Api } from './contract';
import type { Result } from './result';

/** Sends one call over some transport; the transport never throws for API errors. */
export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the typed `window.api` object over a transport. The preload bridge
 * (IPC) and the browser client (HTTP) both use it, so they expose exactly the
 * same shape.
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const { feature, action, channel } of allChannels()) {
    (api[feature] ??= {})[action] = (input: unknown) => transport(channel, input ?? {});
  }
  return api as unknown as Api;
}
