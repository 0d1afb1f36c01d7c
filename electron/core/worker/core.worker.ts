/**
 * The core's own thread (design.md, rule 6): the handler map and the one
 * writer connection live here, so the thread that serves the window (the
 * Electron main process, the HTTP host) only forwards calls and never waits
 * for SQL. The shipped entry runs on the system clock, always.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../../../shared/clock';
import type { CoreWorkerOptions } from './protocol';
import { serveCore } from './serveCore';

if (!parentPort) throw new Error('core.worker must run as a worker thread');
serveCore(parentPort, workerData as CoreWorkerOptions, systemClock);
