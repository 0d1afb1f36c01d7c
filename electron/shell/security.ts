import { app, type Session, type WebContents } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../core/logger';

/**
 * The page's Content-Security-Policy, the same as the <meta> tag in
 * renderer/index.html. The meta tag is what guarantees it (header delivery for
 * file:// has varied between Electron versions); the header is the second line.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'self' blob:",
].join('; ');

/** Schemes that would reach the network; the app never loads anything remote. */
const REMOTE_SCHEMES = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'];

const samePath = (a: string, b: string): boolean => {
  const x = resolve(a);
  const y = resolve(b);
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
};

/**
 * Whether `url` is our own renderer page: a local file:// URL of exactly the
 * built index.html, with any hash route or query. Compared as decoded paths,
 * so percent-encoding of a Chinese or spaced install folder cannot matter.
 */
export function isRendererUrl(url: string, rendererIndex: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
    parsed.hash = '';
    parsed.search = '';
    return samePath(fileURLToPath(parsed), rendererIndex);
  } catch {
    return false;
  }
}

function hardenContents(contents: WebContents, rendererIndex: string, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('已拒绝打开新窗口', url);
    return { action: 'deny' };
  });
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (isRendererUrl(event.url, rendererIndex)) return;
    event.preventDefault();
    log.warn('已拒绝页面跳转', event.url);
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('已拒绝嵌入 webview');
  });
}

/**
 * Hardens every web contents the app ever creates (the window, and anything a
 * bug might open): no new windows, no navigation away from our page, no
 * webviews. Call before `ready`.
 */
export function hardenApp(rendererIndex: string, log: Logger): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, rendererIndex, log));
}

/**
 * Session-wide rules: every permission (camera, notifications, clipboard read,
 * …) denied, no request to the network, and the CSP sent as a header on local
 * pages. Call once `ready`.
 */
export function hardenSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    log.warn('已拒绝权限请求', permission, details.requestingUrl);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const remote = REMOTE_SCHEMES.some((scheme) => details.url.startsWith(scheme));
    if (remote) log.warn('已拦截网络请求', details.method, details.url);
    callback({ cancel: remote });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
