import { Worker } from 'node:worker_threads';
import { decodeAnswer } from '../../../shared/api/answer';
import { encodeAnswer } from './encodeAnswer';
import { fail } from '../../../shared/api/result';
import type { Core } from '../app';
import { workerScript } from '../jobs/workerScript';
import type { Logger } from '../logger';
import type { CoreWorkerOptions, FromCore, ToCore, WorkerEntry } from './protocol';

const GONE = '档案服务已停止，请重新启动程序。';

/** The core in its own thread, as the transports use it. */
export interface WorkerCore extends Core {
  /**
   * The answer as the bytes of its JSON, encoded on the core's thread and
   * handed over without a copy: the transports pass them on as they are, so a
   * large answer (an export) is never cloned or stringified on this thread.
   */
  callJson(channel: string, input: unknown): Promise<Uint8Array>;
}

/**
 * Starts the core in a worker thread and answers for it on this thread: the
 * same `Core` the transports already serve, so IPC and the HTTP host only
 * forward. Signal runs its SQL in worker threads, Actual its server in a
 * worker; a worker thread (not a utilityProcess) because the core is plain
 * Node, the same code runs under `serve`, and no Electron API is needed there.
 */
export function startCoreWorker<O extends CoreWorkerOptions>(
  options: O,
  log: Logger,
  /** The shipped entry unless a test entry (tests/support/pinnedCore.worker.ts) is given. */
  entry: WorkerEntry = workerScript('core'),
): WorkerCore {
  const { url, execArgv } = entry;
  const worker = new Worker(url, { workerData: options, execArgv });
  let nextId = 1;
  let stopped = false;
  const answers = new Map<number, (json: Uint8Array) => void>();
  const dones = new Map<number, () => void>();

  worker.on('message', (message: FromCore) => {
    if (message.type === 'log') log[message.level](...message.args);
    else if (message.type === 'answer') {
      answers.get(message.id)?.(message.json);
      answers.delete(message.id);
    } else {
      dones.get(message.id)?.();
      dones.delete(message.id);
    }
  });
  const failAll = () => {
    stopped = true;
    for (const answer of answers.values()) answer(encodeAnswer(fail('INTERNAL', GONE)));
    answers.clear();
    for (const done of dones.values()) done();
    dones.clear();
  };
  worker.on('error', (err) => {
    log.error('核心线程出错', err);
    failAll();
  });
  worker.on('exit', failAll);

  const send = (message: ToCore) => worker.postMessage(message);
  const control = (type: 'lock' | 'shutdown') =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      const id = nextId++;
      dones.set(id, resolve);
      send({ type, id });
    });

  const callJson = (channel: string, input: unknown): Promise<Uint8Array> => {
    if (stopped) return Promise.resolve(encodeAnswer(fail('INTERNAL', GONE)));
    const id = nextId++;
    return new Promise((resolve) => {
      answers.set(id, resolve);
      send({ type: 'call', id, channel, input });
    });
  };

  return {
    callJson,
    call: async (channel, input) => decodeAnswer(await callJson(channel, input)),
    lock: () => control('lock'),
    async shutdown() {
      await control('shutdown');
      await worker.terminate();
    },
  };
}
