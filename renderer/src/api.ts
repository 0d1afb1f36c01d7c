import { allChannels, type Api } from '../../shared/api/contract';
import { createApi, type Transport } from '../../shared/api/client';
import type { ErrorCode, Result } from '../../shared/api/result';

const TOKEN_KEY = 'archive-token';

const failure = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

const UNREACHABLE = failure('INTERNAL', '无法连接到档案服务，请确认程序仍在运行。');
const BAD_TOKEN = failure('UNAUTHENTICATED', '访问凭证无效，请使用档案服务给出的完整地址重新打开本页面。');

/**
 * The HTTP host hands the per-run token in the URL fragment (never sent to the
 * server in a request line, never logged). Keep it for reloads in this tab
 * only, then take it out of the address bar so it is not copied or bookmarked.
 */
function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

function httpTransport(token: string | null): Transport {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + (token ?? '') },
        body: JSON.stringify(input),
      });
    } catch {
      return UNREACHABLE;
    }
    const body: unknown = await response.json().catch(() => null);
    if (isResult(body)) return body;
    // The host refuses a missing or stale token before any handler runs, without a Result body.
    return response.status === 401 || response.status === 403 ? BAD_TOKEN : UNREACHABLE;
  };
}

type Listener = () => void;
const authLostListeners = new Set<Listener>();

/** Called whenever an answer says the session is locked or gone, so the app can drop to the lock/login screen. */
export function onAuthLost(listener: Listener): () => void {
  authLostListeners.add(listener);
  return () => authLostListeners.delete(listener);
}

/**
 * Wraps every action of the base api: a thrown IPC error becomes a Result like
 * any other, and LOCKED / UNAUTHENTICATED / PASSWORD_CHANGE_REQUIRED answers notify the session. The
 * status call itself is left out, since it is what the listeners run.
 */
function watched(base: Api): Api {
  const wrapped: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const { feature, action, channel } of allChannels()) {
    const call = (
      base as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>
    )[feature]?.[action];
    (wrapped[feature] ??= {})[action] = async (input: unknown) => {
      if (!call) return failure('INTERNAL', '程序版本不一致，请重新启动程序。');
      let result: Result<unknown>;
      try {
        result = await call(input);
      } catch (error) {
        console.error(`调用 ${channel} 失败`, error);
        return UNREACHABLE;
      }
      if (!result.ok && channel !== 'session:status') {
        const { code } = result.error;
        // A password reset by the director while signed in also sends the user to 设置新密码.
        if (code === 'LOCKED' || code === 'UNAUTHENTICATED' || code === 'PASSWORD_CHANGE_REQUIRED')
          authLostListeners.forEach((listener) => listener());
      }
      return result;
    };
  }
  return wrapped as unknown as Api;
}

/** The one api object every page uses: the preload's bridge in Electron, HTTP otherwise. */
export const api: Api = watched(window.api ?? createApi(httpTransport(takeToken())));
