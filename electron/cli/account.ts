import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore } from '../core/app';
import { AppError } from '../core/errors';
import { getAccount } from '../core/features/accounts/accounts.queries';
import type { FileOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { Clock } from '../../shared/clock';
import type { JobStatus, JobTicket } from '../../shared/jobs/schemas';
import { archiveDirOf, out, requiredFlag, secretFromStdin, stringFlag, UsageError, type Flags } from './io';
import { unlockFromFlags } from './unlock';

export function must<T>(r: Result<unknown>): T {
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value as T;
}

/** Why `--out` cannot be written, in the user's words (Node's own message stays English). */
function outReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return '所在文件夹不存在';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入权限';
  if (code === 'EISDIR') return '这是一个文件夹';
  if (code === 'EBUSY') return '文件正被其他程序占用';
  return err instanceof Error ? err.message : String(err);
}

/**
 * `--out`, opened before anything is made: a print or an export is logged and
 * audited by the call itself, so a path that cannot be written must refuse
 * before the call, not leave a record without a file. An existing file is
 * opened without truncating it, so it keeps its contents until the bytes are
 * there; a file this run created is removed again if the work fails.
 */
function openTarget(target: string, notDone: string) {
  let fd: number;
  let created = false;
  try {
    try {
      fd = openSync(target, 'r+');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      fd = openSync(target, 'wx');
      created = true;
    }
  } catch (err) {
    throw new AppError('VALIDATION', `无法写入输出文件 ${target}：${outReason(err)}。${notDone}`);
  }
  return {
    write(bytes: Buffer) {
      ftruncateSync(fd);
      writeFileSync(fd, bytes);
      closeSync(fd);
    },
    /** After a failure: closes the file and removes it if this run created it. */
    abandon() {
      try {
        closeSync(fd);
      } catch {
        // Already closed by a write that failed part-way.
      }
      if (created) rmSync(target, { force: true });
    },
  };
}

/** The account the password opens, when `--user` is not given (as the other verbs accept). */
async function usernameOf(flags: Flags, dir: string): Promise<string> {
  const user = stringFlag(flags, 'user');
  if (user) return user;
  const { archive, actor } = await unlockFromFlags(flags, dir);
  try {
    const account = actor.id === null ? null : getAccount(archive.db, actor.id);
    if (!account) throw new AppError('UNAUTHENTICATED', '找不到与该密码对应的账户。');
    return account.username;
  } finally {
    archive.close();
  }
}

/** The app's calls, made by the command line under one account's session. */
export interface AccountSession {
  call<T>(channel: string, input: unknown): Promise<T>;
  /** A job action of the contract, run as the app runs it (its own thread, then its write part); its output. */
  job<T>(channel: string, input: unknown): Promise<T>;
}

/** What a verb made: the file, and the line that says so. */
export interface Made {
  file: FileOutput;
  line: string;
}

/**
 * Runs work through the same core calls as the app, signed in as the account
 * whose password is given (`--user`, or whichever account it opens), so what
 * it does is logged and audited under that account as in the app. The
 * recovery key names no one and is refused.
 */
export async function inAccountSession<T>(
  flags: Flags,
  clock: Clock,
  refusal: string,
  work: (session: AccountSession) => Promise<T>,
): Promise<T> {
  if (flags.has('recovery-key-stdin')) throw new UsageError(refusal);
  const dir = archiveDirOf(flags);
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const username = await usernameOf(flags, dir);
  const settled = new Map<string, (status: JobStatus) => void>();
  const ended = new Map<string, JobStatus>();
  const core = createCore({
    archiveDir: dir,
    clock,
    onJobProgress(status) {
      if (status.state === 'running') return;
      ended.set(status.jobId, status);
      settled.get(status.jobId)?.(status);
    },
  });
  try {
    must(await core.call('session:login', { username, password }));
    const call = async <R>(channel: string, input: unknown) => must<R>(await core.call(channel, input));
    const result = await work({
      call,
      async job<R>(channel: string, input: unknown) {
        const { jobId } = await call<JobTicket<R>>(channel, input);
        await new Promise<JobStatus>((done) => {
          const known = ended.get(jobId);
          if (known) done(known);
          else settled.set(jobId, done);
        });
        // A failed job answers here with its own Chinese reason.
        return call<R>('jobs:result', { jobId });
      },
    });
    await core.call('session:logout', {});
    return result;
  } finally {
    await core.shutdown();
  }
}

/**
 * A print or an export made by the app's own calls under the account (see
 * {@link inAccountSession}); the bytes go to `--out`, opened before anything
 * is made so that no print is logged without its file.
 */
export async function asAccount(
  flags: Flags,
  clock: Clock,
  kind: '打印' | '导出',
  work: (session: AccountSession) => Promise<Made>,
): Promise<void> {
  const target = resolve(requiredFlag(flags, 'out'));
  if (flags.has('recovery-key-stdin'))
    throw new UsageError(`${kind}记录须写明${kind}人：请用 --password-stdin 以账户身份${kind}。`);
  const file = openTarget(target, kind === '打印' ? '未打印，未记入打印记录。' : '未导出。');
  let written = false;
  try {
    const made = await inAccountSession(flags, clock, '', work);
    file.write(Buffer.from(made.file.base64, 'base64'));
    written = true;
    out(`${made.line}：${target}`);
  } finally {
    if (!written) file.abandon();
  }
}
