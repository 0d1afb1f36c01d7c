import { allChannels, contract, type Access } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { validate } from '../../shared/api/validation';
import { ROLE_LABELS } from '../../shared/accounts/roles';
import { systemClock } from '../../shared/clock';
import { toLocalIso } from '../../shared/dates';
import type { CallContext, CoreOptions, CoreState } from './api/context';
import { handlers } from './api/handlers';
import { AppError, archiveErrors, toApiError } from './errors';
import { writeTransaction } from './db/tx';
import { exclusiveBusy, JobRunner } from './jobs/runner';
import type { JobDefinition } from './jobs/types';
import { appendAudit, type AuditEntry } from './features/audit/audit.queries';
import { getSettings } from './features/settings/settings.queries';
import { getAccount } from './features/accounts/accounts.queries';
import { closeSession } from './features/session/session.service';
import { passwordChangeGate } from './features/session/session.gate';
import { silentLogger } from './logger';
import { withArchiveFonts } from './pdf/fontScope';
import { supplementaryFallback } from './features/fonts/fonts.queries';

export type { CoreOptions } from './api/context';
export { assertRuntimeSupported, defaultArchiveDir } from './runtime';

/** The API core both transports serve: IPC in the desktop app, HTTP in serve mode and tests. */
export interface Core {
  /** Validates, authorises and runs one call; never throws. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Locks at once, ahead of every queued call (Windows lock or sleep, the idle
   * timer): running jobs are cancelled, the archive closed, the key dropped.
   */
  lock(): Promise<void>;
  /** Drops the key, closes the archive, stops every job, releases the in-use lock. */
  shutdown(): Promise<void>;
}

/**
 * Calls that only read where things stand: a screen polling them (the job
 * tray; the duty screen and the desk every 30 s) must not keep the session awake.
 * `drafts:save` is not among them: a form saves its draft only after the user
 * typed (useDraft), never on a timer, so it is activity like the keystroke.
 */
const NOT_ACTIVITY = new Set(['session:status', 'jobs:status', 'watch:now']);
/**
 * What may still be asked while the archive is replaced or re-encrypted (an
 * exclusive job): where things stand, the job itself, and locking or signing
 * out, which cancel it before its copy takes the archive's place.
 */
const DURING_EXCLUSIVE = new Set([
  'session:status',
  'session:heartbeat',
  'session:lock',
  'session:logout',
  'jobs:status',
  'jobs:cancel',
  'jobs:result',
]);
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
    deferCheckAbovePages: options.deferCheckAbovePages ?? 20_000,
    archiveCheckDelayMs: options.archiveCheckDelayMs ?? 5000,
  };
  const state: CoreState = {
    archive: null,
    user: null,
    locked: false,
    lastActivity: 0,
    pendingRecoveryKey: null,
    corruption: null,
    releaseLock: null,
  };

  // better-sqlite3 is synchronous, but key derivation is not: calls run one at a
  // time so a login and a write can never interleave. A job's write part joins the same queue.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  // Every call and every job's write part prints with the fonts of the archive open now (pdf/fonts.ts).
  const withFonts = <T>(work: () => T): T =>
    withArchiveFonts(
      () => (state.archive ? supplementaryFallback(state.archive.db, state.archive.dir) : null),
      work,
    );
  const jobs = new JobRunner((work) => void enqueue(() => withFonts(work)), opts.log, options.onJobProgress);

  const ctx: CallContext = {
    options: opts,
    state,
    jobs,
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
      // A job's thread holds the write lock for its whole import: say so now rather than wait on SQLite.
      const writing = jobs.writingWork();
      if (writing) throw new AppError('ARCHIVE_BUSY', `正在${writing}，完成后才能保存，请稍候再试。`);
      const actor = { id: state.user?.id ?? null, name: state.user?.displayName ?? '系统' };
      return writeTransaction(db, () => {
        let audited = 0;
        const result = fn(db, (entry: AuditEntry) => {
          appendAudit(db, toLocalIso(ctx.now()), actor, entry);
          audited++;
        });
        if (audited === 0) throw new Error('write without an audit record');
        return result;
      });
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

  async function run(channel: string, input: unknown): Promise<Result<unknown>> {
    const route = routes.get(channel);
    if (!route) return fail('NOT_FOUND', '未知的请求。');
    const endpoint = contract[route.feature][
      route.action as keyof (typeof contract)[typeof route.feature]
    ] as {
      input: Parameters<typeof validate>[0];
      access: Access;
      job?: true;
    };
    const expired = idleExpired();
    if (expired) closeSession(ctx, true);
    refreshUser();
    // The background check found damage: stop at once; signing in again checks first (and refuses).
    if (state.corruption && endpoint.access !== 'public')
      return { ok: false, error: archiveErrors.corrupt(state.corruption).toApiError() };
    // Nothing may write between an exclusive job's copy and its swap: it would be lost.
    const busyWith = jobs.exclusiveWork();
    if (busyWith && !DURING_EXCLUSIVE.has(channel))
      return { ok: false, error: exclusiveBusy(busyWith).toApiError() };
    const denied =
      accessError(endpoint.access, state, expired) ?? passwordChangeGate(state, channel, endpoint.access);
    if (denied) return denied;
    const parsed = validate(endpoint.input, input);
    if (!parsed.ok) return fail('VALIDATION', parsed.message, parsed.fields);
    if (state.user && !state.locked && !NOT_ACTIVITY.has(channel))
      state.lastActivity = opts.clock().getTime();
    const feature = handlers[route.feature] as unknown as Record<
      string,
      ((c: CallContext, i: unknown) => unknown) | JobDefinition<unknown, unknown>
    >;
    const handler = feature[route.action]!;
    try {
      if (endpoint.job && typeof handler !== 'function')
        return ok(await jobs.start(ctx, route.feature, route.action, handler, parsed.value));
      if (typeof handler !== 'function') throw new Error(`${channel} is a job without a job endpoint`);
      return ok(await handler(ctx, parsed.value));
    } catch (err) {
      const { error, unexpected, corrupt } = toApiError(err);
      if (unexpected) opts.log.error(`API ${channel} failed`, err);
      // Stop writing at once; the user is sent to restore from the newest verified backup.
      if (corrupt) closeSession(ctx, false);
      return { ok: false, error };
    }
  }

  return {
    call: (channel, input) => enqueue(() => withFonts(() => run(channel, input))),
    async lock() {
      // Not through the queue: the calls waiting there find the archive locked.
      if (state.user && !state.locked) closeSession(ctx, true);
      await jobs.settled();
    },
    async shutdown() {
      clearInterval(timer);
      closeSession(ctx, false);
      // Jobs only read: the in-use lock (about writers) is released at once, their threads stop meanwhile.
      state.releaseLock?.();
      state.releaseLock = null;
      await jobs.settled();
    },
  };
}
