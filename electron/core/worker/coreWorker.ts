import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../shared/api/result';
import type { Core } from '../app';
import { workerScript } from '../jobs/workerScript';
import type { Logger } from '../logger';
import type { CoreWorkerOptions, FromCore, ToCore, WorkerEntry } from './protocol';

const GONE = '档案服务已停止，请重新启动程序。';

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
): Core {
  const { url, execArgv } = entry;
  const worker = new Worker(url, { workerData: options, execArgv });
  let nextId = 1;
  let stopped = false;
  const answers = new Map<number, (result: Result<unknown>) => void>();
  const dones = new Map<number, () => void>();

  worker.on('message', (message: FromCore) => {
    if (message.type === 'log') log[message.level](...message.args);
    else if (message.type === 'answer') {
      answers.get(message.id)?.(message.result);
      answers.delete(message.id);
    } else {
      dones.get(message.id)?.();
      dones.delete(message.id);
    }
  });
  const failAll = () => {
    stopped = true;
    for (const answer of answers.values()) answer(fail('INTERNAL', GONE));
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

  return {
    call(channel, input) {
      if (stopped) return Promise.resolve(fail('INTERNAL', GONE));
      const id = nextId++;
      return new Promise((resolve) => {
        answers.set(id, resolve);
        send({ type: 'call', id, channel, input });
      });
    },
    lock: () => control('lock'),
    async shutdown() {
      await control('shutdown');
      await worker.terminate();
    },
  };
}
