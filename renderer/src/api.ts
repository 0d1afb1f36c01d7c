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
 * only (sessionStorage: gone with the tab, never written beside the profile's
 * long-lived data), then take it out of the address bar so it is not copied
 * or bookmarked with a page's link (router.ts); the page's route stays.
 */
function takeToken(): string | null {
  const match = /(?:^#|[&?])token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    const rest = location.hash.replace(/[#&?]token=[^&]+/, '').replace(/^[&?]/, '');
    history.replaceState(history.state, '', location.pathname + location.search + (rest ? '#' + rest : ''));
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const TOKEN_CHANNEL = 'archive-token';
/** How long a new tab waits for an open tab of this run to hand it the token. */
const TOKEN_WAIT_MS = 1000;

/**
 * A link copied from the app (`#/ledger/cases/2026-000123`) carries no token,
 * and a new tab starts with empty sessionStorage. Tabs of the same origin —
 * the same host run, as its port is chosen per run — hand it over on a
 * BroadcastChannel, which never leaves the browser and is as same-origin as
 * sessionStorage itself; with no such tab open, the page says to use the
 * address the host printed (BAD_TOKEN).
 */
function shareToken(): Promise<string | null> {
  const own = takeToken();
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(own);
  const channel = new BroadcastChannel(TOKEN_CHANNEL);
  let token = own;
  const answer = (value: string) => {
    token ??= value;
    sessionStorage.setItem(TOKEN_KEY, token);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { ask?: boolean; token?: unknown } | null;
    if (data?.ask && token) channel.postMessage({ token });
    else if (typeof data?.token === 'string') answer(data.token);
  };
  if (own) return Promise.resolve(own);
  return new Promise((done) => {
    const finish = () => done(token);
    const timer = setTimeout(finish, TOKEN_WAIT_MS);
    channel.addEventListener('message', () => {
      if (token) {
        clearTimeout(timer);
        finish();
      }
    });
    channel.postMessage({ ask: true });
  });
}

const isResult = (body: unknown): body is Result<unknown> =>
  typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';

function httpTransport(tokenReady: Promise<string | null>): Transport {
  return async (channel, input) => {
    const token = await tokenReady;
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
export const api: Api = watched(window.api ?? createApi(httpTransport(shareToken())));
