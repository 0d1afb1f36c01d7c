import { z } from 'zod';
import type { ApiError } from '../api/result';

/**
 * Long work (exports, backups, integrity checks, multi-document PDFs) runs as
 * a job off the thread that serves the window (design.md, rule 6): starting it
 * answers at once with a ticket, the page polls its progress, may cancel it,
 * and fetches the result when it is done.
 */
export interface JobTicket<O> {
  jobId: string;
  /** Phantom: what `jobs.result` answers with once the job is done. */
  readonly output?: O;
}

/** Where a job stands. `phase` is Chinese and shown as is (「正在写入第 35 000 / 100 000 行」). */
export interface JobStatus {
  jobId: string;
  /** What the job makes, in words (「导出台账（Excel）」). */
  label: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  phase: string;
  /** Set when `state` is `failed`. */
  error?: ApiError;
}

/** A job is named by the id its ticket carried; ids are random, never counters. */
export const jobRef = z
  .object({ jobId: z.string().regex(/^[0-9a-f]{32}$/, { error: '任务编号不正确' }) })
  .strict();

/** 100000 → 「100 000」: thin groups, as the phase labels print counts. */
export const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** The phase of a job writing rows: 「正在写入第 35 000 / 100 000 行」. */
export const writingRowsPhase = (done: number, total: number): string =>
  `正在写入第 ${groupDigits(done)} / ${groupDigits(total)} 行`;
