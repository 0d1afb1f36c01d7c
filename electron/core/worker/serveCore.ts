import { inspect } from 'node:util';
import type { MessagePort } from 'node:worker_threads';
import { encodeAnswer } from './encodeAnswer';
import type { Clock } from '../../../shared/clock';
import { createCore } from '../app';
import type { Logger } from '../logger';
import type { CoreWorkerOptions, FromCore, ToCore } from './protocol';

/**
 * Runs a core on a worker thread's port: calls in, answers out. Locking is
 * handled the moment its message arrives, ahead of every call still queued in
 * the core. The clock is the entry's: the shipped one passes the system clock.
 */
export function serveCore(port: MessagePort, options: CoreWorkerOptions, clock: Clock): void {
  const post = (message: FromCore) => port.postMessage(message);
  // Errors do not survive structured cloning with their stacks: the log gets them as text.
  const forward =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      post({ type: 'log', level, args: args.map((a) => (typeof a === 'string' ? a : inspect(a))) });
  const log: Logger = { info: forward('info'), warn: forward('warn'), error: forward('error') };
  const core = createCore({ archiveDir: options.archiveDir, kdf: options.kdf, clock, log });

  port.on('message', (message: ToCore) => {
    if (message.type === 'call')
      void core.call(message.channel, message.input).then((result) => {
        const json = encodeAnswer(result);
        port.postMessage({ type: 'answer', id: message.id, json } satisfies FromCore, [json.buffer]);
      });
    else if (message.type === 'lock') void core.lock().then(() => post({ type: 'done', id: message.id }));
    else
      void core.shutdown().then(() => {
        post({ type: 'done', id: message.id });
        port.close();
      });
  });
}
