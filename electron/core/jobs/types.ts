import type { ActionOf, Feature, OutputOf } from '../../../shared/api/contract';
import type { SessionUser } from '../../../shared/session/schemas';
import type { CallContext } from '../api/context';
import type { ParsedInput } from '../api/types';
import type { Db } from '../db/open';

/** What a job's work sees in its own thread. */
export interface JobScope {
  /**
   * The job's own connection: read-only (a WAL reader never blocks the writer,
   * nor waits for it), writable only for a job that declares `writes`.
   */
  readonly db: Db;
  /** The archive folder. */
  readonly dir: string;
  /** A copy of the master key, zeroed when the job ends (a backup must verify its copy with it). */
  readonly masterKey: Buffer;
  /** The core's time when the job was started (the injected clock, never the wall clock). */
  readonly now: Date;
  readonly user: SessionUser;
  /** Reports progress; `phase` is Chinese and shown as is. */
  progress(done: number, total: number, phase: string): void;
  /** Names a file or folder the job is making: removed if the job is cancelled or fails. */
  partial(path: string): void;
}

/**
 * A long piece of work behind a job endpoint of the contract. `prepare` and
 * `finish` run on the core's thread in its call queue; `run` runs in a job
 * thread of its own, so ordinary calls keep answering meanwhile.
 */
export interface JobDefinition<I, O, R = unknown> {
  /** What the job makes, in words, shown beside its progress bar (「导出台账（Excel）」). */
  label(input: I): string;
  /**
   * Work that replaces or re-encrypts the archive as a whole (restore, rekey):
   * said in words (「从备份恢复档案库」). While such a job runs, every other call
   * that could read or write the archive answers ARCHIVE_BUSY naming it, so
   * nothing written meanwhile is lost when its copy takes the archive's place;
   * it starts only when no other job runs.
   */
  exclusive?: string;
  /**
   * Work that writes many rows in one transaction of its own (an import):
   * said in words (「导入旧台账」). Its thread gets a writable connection, so a
   * cancel rolls everything back and the core's thread is never held by the
   * write; meanwhile the core's own writes answer ARCHIVE_BUSY naming it at
   * once (rather than waiting on SQLite's lock), and reads go on.
   */
  writes?: string;
  /** Checks that must refuse at once (roles, state, a password), before a thread is started. */
  prepare?(ctx: CallContext, input: I): void | Promise<void>;
  /** The work. Its result crosses threads by structured clone (plain data, strings, typed arrays). */
  run(scope: JobScope, input: I): R | Promise<R>;
  /** The write part (audit record, filing) and the output, once the work succeeded. */
  finish(ctx: CallContext, input: I, result: R): O | Promise<O>;
}

/** Declares the job behind one contract action, with its intermediate result type inferred. */
export const defineJob =
  <F extends Feature, A extends ActionOf<F>>() =>
  <R>(
    definition: JobDefinition<ParsedInput<F, A>, OutputOf<F, A>, R>,
  ): JobDefinition<ParsedInput<F, A>, OutputOf<F, A>, R> =>
    definition;

/** What the core sends a job thread to start it. */
export interface JobRequest {
  /** A feature of the contract, or `internal` for the core's own jobs (jobs/internal.ts). */
  feature: Feature | 'internal';
  action: string;
  input: unknown;
  dir: string;
  dbSalt: string;
  masterKey: Uint8Array;
  nowIso: string;
  user: SessionUser;
  /** The definition declares `writes`: open the connection writable. */
  writes: boolean;
}

/** What a job thread sends back. */
export type JobMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'partial'; path: string }
  | { type: 'done'; result: unknown }
  | {
      type: 'failed';
      error: { code: string; message: string; fields?: Record<string, string> } | null;
      detail: string;
    };
