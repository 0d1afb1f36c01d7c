import type { CallContext } from '../api/context';
import { checkIntegrity } from '../db/open';
import { closeSession } from '../features/session/session.service';
import type { JobDefinition } from './types';

/**
 * The start-up quick_check of a large archive (design.md: quick_check at
 * start), run beside the session instead of before it: it reads every page,
 * about 2 s at 100 000 cases, which the login should not wait for. Damage
 * found stops the session at once (no more writes) and every call answers
 * ARCHIVE_CORRUPT; the next sign-in checks before it opens, and refuses.
 */
const archiveCheck: JobDefinition<Record<string, never>, null, string[]> = {
  label: () => '启动检查（快速完整性检查）',
  run(scope) {
    scope.progress(0, 1, '正在检查档案库…');
    return checkIntegrity(scope.db, 'quick');
  },
  finish(ctx, _input, problems) {
    if (problems.length === 0) return null;
    ctx.options.log.error('the background quick_check found damage', problems);
    ctx.state.corruption = problems[0] ?? '';
    closeSession(ctx, false);
    return null;
  },
};

export const internalJobs = { archiveCheck };

/**
 * Starts the deferred quick_check of the session's archive once the desk has
 * had its first queries (it reads the whole file, and they would share the
 * disk and the second core with it), and only if that session is still open.
 */
export function startArchiveCheck(ctx: CallContext): void {
  const archive = ctx.state.archive;
  const start = () => {
    // Not beside a restore or rekey: its archive is about to be replaced (the next sign-in checks again).
    if (ctx.state.archive === archive && archive && !ctx.state.locked && !ctx.jobs.exclusiveWork())
      ctx.jobs.start(ctx, 'internal', 'archiveCheck', archiveCheck, {}).catch((err: unknown) => {
        ctx.options.log.error('the background quick_check did not start', err);
      });
  };
  if (ctx.options.archiveCheckDelayMs === 0) start();
  else setTimeout(start, ctx.options.archiveCheckDelayMs).unref();
}
