/**
 * The core's own thread (design.md, rule 6): the handler map and the one
 * writer connection live here, so the thread that serves the window (the
 * Electron main process, the HTTP host) only forwards calls and never waits
 * for SQL. Locking is handled the moment its message arrives, ahead of every
 * call still queued in the core.
 */
import { inspect } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../app';
import { pinnedClock } from '../host/pinnedClock';
import type { Logger } from '../logger';
import type { CoreWorkerOptions, FromCore, ToCore } from './protocol';

const port = parentPort;
if (!port) throw new Error('core.worker must run as a worker thread');
const post = (message: FromCore) => port.postMessage(message);

// Errors do not survive structured cloning with their stacks: the log gets them as text.
const forward =
  (level: 'info' | 'warn' | 'error') =>
  (...args: unknown[]) =>
    post({ type: 'log', level, args: args.map((a) => (typeof a === 'string' ? a : inspect(a))) });
const log: Logger = { info: forward('info'), warn: forward('warn'), error: forward('error') };

const options = workerData as CoreWorkerOptions;
const core = createCore({
  archiveDir: options.archiveDir,
  kdf: options.kdf,
  clock: pinnedClock(options.pinnedNow),
  log,
});

port.on('message', (message: ToCore) => {
  if (message.type === 'call')
    void core
      .call(message.channel, message.input)
      .then((result) => post({ type: 'answer', id: message.id, result }));
  else if (message.type === 'lock') void core.lock().then(() => post({ type: 'done', id: message.id }));
  else
    void core.shutdown().then(() => {
      post({ type: 'done', id: message.id });
      port.close();
    });
});
