import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore, type Core } from '../../core/app';
import { AppError } from '../../core/errors';
import { getAccount } from '../../core/features/accounts/accounts.queries';
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Clock } from '../../../shared/clock';
import type { CaseDetail } from '../../../shared/cases/schemas';
import type { JobStatus, JobTicket } from '../../../shared/jobs/schemas';
import {
  JUDICIAL_VARIANTS,
  MEDIATION_DOCUMENTS,
  type JudicialVariant,
  type MediationDocument,
} from '../../../shared/mediation/codes';
import type { MediationDetail } from '../../../shared/mediation/schemas';
import { archiveDirOf, out, requiredFlag, secretFromStdin, stringFlag, UsageError, type Flags } from '../io';
import { unlockFromFlags } from '../unlock';

/** `print <what>` → the document of `mediation:print-document` (the agreement and the dossier have their own calls). */
const DOCUMENTS: Record<string, MediationDocument> = {
  application: 'application',
  register: 'register',
  rights: 'rightsNotice',
  record: 'session',
  oral: 'oral',
  notice: 'termination',
  followup: 'followUp',
  judicial: 'judicial',
  dossier: 'dossier',
};
const WHAT = ['agreement', ...Object.keys(DOCUMENTS)];

/** Only for the sub-verb that uses it: a flag given elsewhere is a mistake worth saying. */
const ONLY: Record<string, string> = { copy: 'agreement', session: 'record', variant: 'judicial' };

function positiveFlag(flags: Flags, name: string): number | undefined {
  const raw = stringFlag(flags, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`参数 --${name} 应为正整数。`);
  return n;
}

function must<T>(r: Result<unknown>): T {
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
 * `--out`, opened before anything is printed: an agreement's print is logged
 * (and may assign its number) by the call itself, so a path that cannot be
 * written must refuse before the call, not leave a logged print without a
 * file. An existing file is opened without truncating it, so it keeps its
 * contents until the bytes are there; a file this run created is removed
 * again if the print fails.
 */
function openTarget(target: string) {
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
    throw new AppError(
      'VALIDATION',
      `无法写入输出文件 ${target}：${outReason(err)}。未打印，未记入打印记录。`,
    );
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

/** The case's latest mediation (`mediation:for-case` lists the newest first), or a plain refusal. */
async function latestMediation(core: Core, code: string): Promise<MediationDetail> {
  const c = must<CaseDetail>(await core.call('cases:get-by-code', { code }));
  const list = must<MediationDetail[]>(await core.call('mediation:for-case', { caseId: c.id }));
  const m = list[0];
  if (!m) throw new AppError('NOT_FOUND', `案件 ${code} 没有人民调解记录，无调解文书可打印。`);
  return m;
}

/** 调解协议书: the version in force, else the latest (a draft prints with its number assigned at first print). */
async function printAgreement(core: Core, m: MediationDetail, copy: number | undefined) {
  const a = m.agreements.find((v) => v.status === 'signed') ?? m.agreements[0];
  if (!a) throw new AppError('NOT_FOUND', `案件 ${m.caseCode} 的调解尚未起草调解协议。`);
  const file = must<FileOutput>(
    await core.call('mediation:print-agreement', { agreementId: a.id, ...(copy ? { copy } : {}) }),
  );
  const number = must<MediationDetail>(await core.call('mediation:get', { id: m.id })).agreements.find(
    (v) => v.id === a.id,
  )?.number;
  return { file, what: `调解协议书${number ?? ''}${copy ? `（第${copy}份）` : '（全部份数）'}` };
}

/** Hears the end of each job of the command line's core, as the app's tray does by asking. */
function jobEnds() {
  const ended = new Map<string, JobStatus>();
  const waiting = new Map<string, (status: JobStatus) => void>();
  return {
    onJobProgress(status: JobStatus) {
      if (status.state === 'running') return;
      ended.set(status.jobId, status);
      waiting.get(status.jobId)?.(status);
    },
    of: (jobId: string) =>
      new Promise<JobStatus>((resolve) => {
        const known = ended.get(jobId);
        if (known) resolve(known);
        else waiting.set(jobId, resolve);
      }),
  };
}

/** 卷宗封面及卷内目录: a job of the core (its catalogue may render every document to count pages). */
async function printDossier(core: Core, ends: ReturnType<typeof jobEnds>, m: MediationDetail) {
  const { jobId } = must<JobTicket<FileOutput>>(await core.call('mediation:print-dossier', { id: m.id }));
  const status = await ends.of(jobId);
  if (status.state !== 'done')
    throw new AppError(status.error?.code ?? 'INTERNAL', status.error?.message ?? '打印未完成。');
  return {
    file: must<FileOutput>(await core.call('jobs:result', { jobId })),
    what: MEDIATION_DOCUMENTS.dossier,
  };
}

async function printDocument(
  core: Core,
  m: MediationDetail,
  document: MediationDocument,
  options: { session?: number | undefined; variant?: JudicialVariant | undefined },
) {
  let itemId: number | undefined;
  let what: string = MEDIATION_DOCUMENTS[document];
  if (document === 'session') {
    const s = options.session
      ? m.sessions.find((x) => x.no === options.session)
      : m.sessions[m.sessions.length - 1];
    if (!s)
      throw new AppError(
        'NOT_FOUND',
        options.session
          ? `没有第 ${options.session} 次调解记录（本调解共 ${m.sessions.length} 次）。`
          : '本调解还没有调解记录。',
      );
    itemId = s.id;
    what = `${what}（第${s.no}次）`;
  } else if (document === 'followUp') {
    const visits = m.followUps
      .filter((f) => f.visitedAt)
      .sort((x, y) => x.visitedAt!.localeCompare(y.visitedAt!));
    const last = visits[visits.length - 1];
    if (!last) throw new AppError('NOT_FOUND', '本调解还没有已记录的回访。');
    itemId = last.id;
  }
  const file = must<FileOutput>(
    await core.call('mediation:print-document', {
      mediationId: m.id,
      document,
      ...(itemId ? { itemId } : {}),
      ...(options.variant ? { variant: options.variant } : {}),
    }),
  );
  return { file, what };
}

/**
 * `print agreement|application|register|rights|record|oral|notice|followup|judicial|dossier
 * --case CODE --out F.pdf`: a document of the case's latest mediation, through
 * the same core calls as the app — so an agreement's print is logged (who,
 * when, which copies) and audited, under the account whose password is given.
 */
export async function printVerb(flags: Flags, args: string[], clock: Clock): Promise<void> {
  const what = args[0];
  if (!what || !WHAT.includes(what)) throw new UsageError(`请指明打印内容：print ${WHAT.join(' | ')}`);
  for (const [flag, owner] of Object.entries(ONLY))
    if (flags.has(flag) && what !== owner) throw new UsageError(`参数 --${flag} 只用于 print ${owner}。`);
  const code = requiredFlag(flags, 'case');
  const target = resolve(requiredFlag(flags, 'out'));
  const copy = positiveFlag(flags, 'copy');
  const session = positiveFlag(flags, 'session');
  const variant = stringFlag(flags, 'variant');
  if (variant !== undefined && !(variant in JUDICIAL_VARIANTS))
    throw new UsageError(`参数 --variant 应为 ${Object.keys(JUDICIAL_VARIANTS).join(' 或 ')}。`);
  if (flags.has('recovery-key-stdin'))
    throw new UsageError('打印记录须写明打印人：请用 --password-stdin 以账户身份打印。');
  const dir = archiveDirOf(flags);
  const password = await secretFromStdin(flags, 'password-stdin', '密码');
  const file = openTarget(target);
  let written = false;
  try {
    const username = await usernameOf(flags, dir);
    const ends = jobEnds();
    const core = createCore({ archiveDir: dir, clock, onJobProgress: ends.onJobProgress });
    try {
      must(await core.call('session:login', { username, password }));
      const m = await latestMediation(core, code);
      const printed =
        what === 'agreement'
          ? await printAgreement(core, m, copy)
          : what === 'dossier'
            ? await printDossier(core, ends, m)
            : await printDocument(core, m, DOCUMENTS[what]!, {
                session,
                variant: variant as JudicialVariant | undefined,
              });
      file.write(Buffer.from(printed.file.base64, 'base64'));
      written = true;
      out(`已打印${printed.what}（案件 ${code}）：${target}`);
      await core.call('session:logout', {});
    } finally {
      await core.shutdown();
    }
  } finally {
    if (!written) file.abandon();
  }
}
