import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Feature } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { JobStatus, JobTicket } from '../../../shared/jobs/schemas';
import type { CallContext } from '../api/context';
import { AppError, INTERNAL_MESSAGE, toApiError } from '../errors';
import type { Logger } from '../logger';
import type { JobDefinition, JobMessage, JobRequest } from './types';
import { workerScript } from './workerScript';

interface Job {
  status: JobStatus;
  userId: number;
  worker: Worker | null;
  /** Files and folders the job is making, removed unless it finishes. */
  partials: string[];
  output?: { value: unknown };
  /** What the thread handed back, kept until the thread has ended. */
  result?: { value: unknown };
  /** Its thread is done and its write part runs: nothing left to cancel (the write part may itself end the session). */
  finishing?: boolean;
  /** Every progress report in order, for the tests that prove the order. */
  onProgress?: (status: JobStatus) => void;
  /** The definition's `exclusive`: the archive is being replaced or re-encrypted. */
  exclusive?: string;
  /** The definition's `writes`: its thread is writing in a transaction of its own. */
  writes?: string;
}

/** What every other call answers while the archive is replaced or re-encrypted. */
export const exclusiveBusy = (work: string) =>
  new AppError('ARCHIVE_BUSY', `档案库正在${work}，请等它完成后再试。`);

const notFound = () => new AppError('NOT_FOUND', '找不到该任务（任务已结束并取走结果，或已因锁定而取消）。');

/**
 * Runs the jobs of one core (design.md, rule 6): each in a thread of its own
 * with its own read connection, so the core keeps answering ordinary calls.
 * The write part of a job (`finish`) goes back through the core's call queue.
 * Locking or signing out cancels every job and forgets every result.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  /** Threads being stopped, with their partial files still to remove. */
  private stopping = new Set<Promise<void>>();

  constructor(
    private readonly enqueue: (work: () => Promise<void>) => void,
    private readonly log: Logger,
    private readonly onProgress?: (status: JobStatus) => void,
  ) {}

  /** What the archive is busy with while an exclusive job runs (「从备份恢复档案库」), else null. */
  exclusiveWork(): string | null {
    for (const job of this.jobs.values())
      if (job.exclusive && job.status.state === 'running') return job.exclusive;
    return null;
  }

  /** What a job's thread is writing (「导入旧台账」), else null: the core's writes must wait for it. */
  writingWork(): string | null {
    for (const job of this.jobs.values())
      if (job.writes && job.status.state === 'running' && !job.finishing) return job.writes;
    return null;
  }

  async start<I, O>(
    ctx: CallContext,
    feature: Feature | 'internal',
    action: string,
    definition: JobDefinition<I, O>,
    input: I,
  ): Promise<JobTicket<O>> {
    const busyWith = this.exclusiveWork();
    if (busyWith) throw exclusiveBusy(busyWith);
    const writing = this.writingWork();
    if (writing && definition.writes)
      throw new AppError(
        'ARCHIVE_BUSY',
        `「${writing}」正在进行，请等它完成后再${definition.label(input)}。`,
      );
    if (definition.exclusive) {
      // Another job's thread holds the archive open (and would read a file about to be replaced).
      const other = [...this.jobs.values()].find((j) => j.status.state === 'running');
      if (other)
        throw new AppError(
          'ARCHIVE_BUSY',
          `「${other.status.label}」正在进行，请等它完成或将其取消后再${definition.label(input)}。`,
        );
    }
    await definition.prepare?.(ctx, input);
    // Checked again: a password check in `prepare` awaits, and a lock may have come meanwhile.
    const archive = ctx.archive();
    const user = ctx.user();
    const jobId = randomBytes(16).toString('hex');
    const job: Job = {
      status: {
        jobId,
        label: definition.label(input),
        state: 'running',
        done: 0,
        total: 0,
        phase: '正在准备…',
      },
      userId: user.id,
      worker: null,
      partials: [],
      ...(definition.exclusive ? { exclusive: definition.exclusive } : {}),
      ...(definition.writes ? { writes: definition.writes } : {}),
    };
    const masterKey = new Uint8Array(archive.masterKey);
    const request: JobRequest = {
      feature,
      action,
      input,
      dir: archive.dir,
      dbSalt: archive.keyring.dbSalt,
      masterKey,
      nowIso: ctx.now().toISOString(),
      user,
      writes: definition.writes !== undefined,
    };
    const { url, execArgv } = workerScript('job');
    const worker = new Worker(url, { workerData: request, execArgv });
    // The thread has its own copy now (workerData is cloned at construction).
    masterKey.fill(0);
    job.worker = worker;
    this.jobs.set(jobId, job);
    worker.on('message', (message: JobMessage) => this.onMessage(job, message));
    worker.on('error', (err) => this.fail(job, null, err));
    const archiveAtStart = ctx.state.archive;
    // The write part waits for the thread to end: its connection and key copy are gone by then.
    worker.on('exit', (code) => {
      job.worker = null;
      if (job.status.state !== 'running') return;
      if (job.result) this.finishJob(ctx, job, definition, input, job.result.value, archiveAtStart);
      else this.fail(job, null, new Error(`job thread exited ${code} without a result`));
    });
    return { jobId };
  }

  private onMessage(job: Job, message: JobMessage): void {
    if (job.status.state !== 'running') return;
    if (message.type === 'progress') {
      job.status = { ...job.status, done: message.done, total: message.total, phase: message.phase };
      this.onProgress?.(job.status);
    } else if (message.type === 'partial') job.partials.push(message.path);
    else if (message.type === 'failed') this.fail(job, message.error as ApiError | null, message.detail);
    else job.result = { value: message.result };
  }

  private finishJob<I, O>(
    ctx: CallContext,
    job: Job,
    definition: JobDefinition<I, O>,
    input: I,
    result: unknown,
    archive: CallContext['state']['archive'],
  ): void {
    // The write part runs in the core's queue, and only for the session that started the job.
    this.enqueue(async () => {
      if (job.status.state !== 'running') return;
      if (!ctx.state.archive || ctx.state.archive !== archive || ctx.state.user?.id !== job.userId)
        return void this.cancelJob(job);
      job.finishing = true;
      try {
        const value = await definition.finish(ctx, input, result as never);
        job.output = { value };
        job.partials = [];
        job.status = { ...job.status, state: 'done', done: job.status.total, phase: '已完成' };
        this.onProgress?.(job.status);
      } catch (err) {
        const { error, unexpected } = toApiError(err);
        this.fail(job, unexpected ? null : error, err);
      }
    });
  }

  private fail(job: Job, error: ApiError | null, detail: unknown): void {
    if (job.status.state !== 'running') return;
    if (!error) this.log.error(`job ${job.status.label} failed`, detail);
    this.clearPartials(job);
    void job.worker?.terminate();
    job.status = {
      ...job.status,
      state: 'failed',
      phase: '未能完成',
      error: error ?? { code: 'INTERNAL', message: INTERNAL_MESSAGE },
    };
    this.onProgress?.(job.status);
  }

  private clearPartials(job: Job): void {
    for (const path of job.partials.reverse()) rmSync(path, { recursive: true, force: true });
    job.partials = [];
  }

  private cancelJob(job: Job): Promise<void> {
    if (job.status.state !== 'running' || job.finishing) return Promise.resolve();
    job.status = { ...job.status, state: 'cancelled', phase: '已取消' };
    this.onProgress?.(job.status);
    // Terminating the thread closes its connection; then what it was writing is removed.
    const stopped = (job.worker?.terminate() ?? Promise.resolve(0)).then(
      () => this.clearPartials(job),
      (err: unknown) => {
        this.log.error('job thread did not stop cleanly', err);
        this.clearPartials(job);
      },
    );
    this.stopping.add(stopped);
    void stopped.finally(() => this.stopping.delete(stopped));
    return stopped;
  }

  private mine(jobId: string, userId: number): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.userId !== userId) throw notFound();
    return job;
  }

  status(jobId: string, userId: number): JobStatus {
    return this.mine(jobId, userId).status;
  }

  /** Answers once the job's thread has stopped and its partial files are gone. */
  async cancel(jobId: string, userId: number): Promise<JobStatus> {
    const job = this.mine(jobId, userId);
    await this.cancelJob(job);
    return job.status;
  }

  /** The output of a finished job, handed over once and then forgotten. */
  take(jobId: string, userId: number): unknown {
    const job = this.mine(jobId, userId);
    if (job.status.state === 'failed') throw new AppError(job.status.error!.code, job.status.error!.message);
    if (job.status.state === 'cancelled') throw new AppError('JOB_CANCELLED', '任务已取消。');
    if (!job.output) throw new AppError('CONFLICT', '任务尚未完成。');
    this.jobs.delete(jobId);
    return job.output.value;
  }

  /** Locking, signing out, shutting down: every job stops and every result is forgotten. */
  cancelAll(): void {
    for (const job of this.jobs.values()) void this.cancelJob(job);
    this.jobs.clear();
  }

  /** Resolves once every cancelled job's thread has stopped and its partial files are gone. */
  async settled(): Promise<void> {
    while (this.stopping.size) await Promise.all([...this.stopping]);
  }
}
