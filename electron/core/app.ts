import { homedir } from 'node:os';
import { join } from 'node:path';
import { allChannels, contract, type Access } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { validate } from '../../shared/api/validation';
import { ROLE_LABELS } from '../../shared/accounts/roles';
import { systemClock } from '../../shared/clock';
import { toLocalIso } from '../../shared/dates';
import type { CallContext, CoreOptions, CoreState } from './api/context';
import { handlers } from './api/handlers';
import { AppError, archiveErrors } from './errors';
import { appendAudit, type AuditEntry } from './features/audit/audit.queries';
import { getSettings } from './features/settings/settings.queries';
import { getAccount } from './features/accounts/accounts.queries';
import { closeSession } from './features/session/session.service';
import { passwordChangeGate } from './features/session/session.gate';
import { silentLogger } from './logger';

export type { CoreOptions } from './api/context';

/** The API core both transports serve: IPC in the desktop app, HTTP in serve mode and tests. */
export interface Core {
  /** Validates, authorises and runs one call; never throws. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Drops the key, closes the archive, releases the in-use lock. */
  shutdown(): void;
}

/** The desktop app's archive folder, also the CLI's default `--dir`. */
export function defaultArchiveDir(appDataDir?: string): string {
  const appData =
    appDataDir ??
    (process.platform === 'win32'
      ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config')));
  return join(appData, 'centre-archive', 'archive');
}

/** The native driver is a Node-API 10 module: older runtimes crash on it, so refuse them plainly. */
export function assertRuntimeSupported(versions: NodeJS.ProcessVersions): void {
  const napi = Number(versions.napi ?? 0);
  if (!(napi >= 10)) {
    throw new Error(
      `运行环境过旧：需要 Node-API 10 以上（Node.js 22 或更新的 Electron），当前为 Node-API ${napi || '未知'}（Node.js ${versions.node}）。`,
    );
  }
}

const isCorruption = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  String((err as { code?: unknown }).code ?? '').startsWith('SQLITE_CORRUPT');

const INTERNAL = '操作未能完成：发生了意外错误，详情已记入日志。已保存的数据不受影响。';
const routes = new Map(allChannels().map((c) => [c.channel, c]));

function accessError(access: Access, state: CoreState, idleExpired: boolean): Result<never> | null {
  if (access === 'public') return null;
  if (!state.user) return fail('UNAUTHENTICATED', '请先登录。');
  if (state.locked || idleExpired || !state.archive) return fail('LOCKED', '已自动锁定，请输入密码解锁。');
  if (access !== 'user' && !access.includes(state.user.role)) {
    return fail('FORBIDDEN', `您的角色（${ROLE_LABELS[state.user.role]}）无权执行此操作。`);
  }
  return null;
}

export function createCore(options: CoreOptions): Core {
  const opts = {
    archiveDir: options.archiveDir,
    clock: options.clock ?? systemClock,
    log: options.log ?? silentLogger,
    kdf: options.kdf,
  };
  const state: CoreState = {
    archive: null,
    user: null,
    locked: false,
    lastActivity: 0,
    pendingRecoveryKey: null,
    releaseLock: null,
  };

  const ctx: CallContext = {
    options: opts,
    state,
    now: () => opts.clock(),
    archive() {
      if (!state.archive) throw new AppError('LOCKED', '已自动锁定，请输入密码解锁。');
      return state.archive;
    },
    user() {
      if (!state.user) throw new AppError('UNAUTHENTICATED', '请先登录。');
      return state.user;
    },
    read: (fn) => fn(ctx.archive().db),
    write(fn) {
      const { db } = ctx.archive();
      const actor = { id: state.user?.id ?? null, name: state.user?.displayName ?? '系统' };
      return db.transaction(() => {
        let audited = 0;
        const result = fn(db, (entry: AuditEntry) => {
          appendAudit(db, toLocalIso(ctx.now()), actor, entry);
          audited++;
        });
        if (audited === 0) throw new Error('write without an audit record');
        return result;
      })();
    },
  };

  const idleExpired = (): boolean => {
    if (!state.archive || !state.user || state.locked) return false;
    const minutes = getSettings(state.archive.db).idleLockMinutes;
    return opts.clock().getTime() - state.lastActivity > minutes * 60_000;
  };

  /**
   * Roles are checked against the account as it is now, not as it was at login:
   * a demoted or disabled account loses its powers on its next call.
   */
  const refreshUser = (): void => {
    if (!state.archive || !state.user || state.locked) return;
    const account = getAccount(state.archive.db, state.user.id);
    if (!account || account.disabled) closeSession(ctx, false);
    else
      state.user = {
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
      };
  };

  // Lock even when no call comes: the unwrapped key must not outlive the idle limit.
  const timer = setInterval(() => {
    if (idleExpired()) closeSession(ctx, true);
  }, 15_000);
  timer.unref();

  // better-sqlite3 is synchronous, but key derivation is not: calls run one at a
  // time so a login and a write can never interleave.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(channel: string, input: unknown): Promise<Result<unknown>> {
    const route = routes.get(channel);
    if (!route) return fail('NOT_FOUND', '未知的请求。');
    const endpoint = contract[route.feature][
      route.action as keyof (typeof contract)[typeof route.feature]
    ] as {
      input: Parameters<typeof validate>[0];
      access: Access;
    };
    const expired = idleExpired();
    if (expired) closeSession(ctx, true);
    refreshUser();
    const denied =
      accessError(endpoint.access, state, expired) ?? passwordChangeGate(state, channel, endpoint.access);
    if (denied) return denied;
    const parsed = validate(endpoint.input, input);
    if (!parsed.ok) return fail('VALIDATION', parsed.message, parsed.fields);
    // Reading the status is not activity: a screen that polls it must not keep the session awake.
    if (state.user && !state.locked && channel !== 'session:status')
      state.lastActivity = opts.clock().getTime();
    const handler = (handlers[route.feature] as Record<string, (c: CallContext, i: unknown) => unknown>)[
      route.action
    ]!;
    try {
      return ok(await handler(ctx, parsed.value));
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toApiError() };
      if (isCorruption(err)) {
        // Stop writing at once; the user is sent to restore from the newest verified backup.
        opts.log.error(`archive corruption during ${channel}`, err);
        closeSession(ctx, false);
        return { ok: false, error: archiveErrors.corrupt().toApiError() };
      }
      opts.log.error(`API ${channel} failed`, err);
      return fail('INTERNAL', INTERNAL);
    }
  }

  return {
    call(channel, input) {
      const next = queue.then(() => run(channel, input));
      queue = next.catch(() => undefined);
      return next;
    },
    shutdown() {
      clearInterval(timer);
      closeSession(ctx, false);
      state.releaseLock?.();
      state.releaseLock = null;
    },
  };
}
