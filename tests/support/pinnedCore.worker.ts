/**
 * Test-only entry of the core's thread: the same core as the shipped entry,
 * on a clock pinned to `now` from the worker's data (tests/support/pinnedServe.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CoreWorkerOptions } from '../../electron/core/worker/protocol';
import { serveCore } from '../../electron/core/worker/serveCore';
import { pinnedClock } from './pinnedClock';

if (!parentPort) throw new Error('pinnedCore.worker must run as a worker thread');
const data = workerData as CoreWorkerOptions & { now?: string };
serveCore(parentPort, data, pinnedClock(data.now));
