import type { KdfParams } from '../db/crypto';

/** What the core's thread is started with (plain data: it crosses threads). */
export interface CoreWorkerOptions {
  archiveDir: string;
  kdf?: KdfParams;
}

/** Where a worker's entry is and how to load it (see workerScript). */
export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/** From the thread that serves the window to the core. */
export type ToCore =
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'lock'; id: number }
  | { type: 'shutdown'; id: number };

/** From the core back. */
export type FromCore =
  /** The Result's JSON as UTF-8 (shared/api/answer.ts), its buffer transferred. */
  | { type: 'answer'; id: number; json: Uint8Array }
  | { type: 'done'; id: number }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; args: string[] };
