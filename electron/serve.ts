import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertRuntimeSupported, defaultArchiveDir } from './core/runtime';
import { startCoreWorker } from './core/worker/coreWorker';
import { startHttpHost } from './core/host/httpHost';
import { parseArgs } from './core/host/args';
import { consoleLogger } from './core/logger';
import type { CoreWorkerOptions, WorkerEntry } from './core/worker/protocol';

/**
 * `npm run serve`: the whole app in a browser, served on 127.0.0.1 only.
 * Options: --dir <archive folder>, --port <n>; for the test suite,
 * ARCHIVE_TOKEN pins the token. The core's thread is the shipped one (system
 * clock) unless a caller names another entry: only the browser suite's entry
 * (tests/support/pinnedServe.ts, with tests/support/pinnedCore.worker.ts)
 * imports `main` with a pinned one.
 */
export async function main(
  argv: string[],
  /** Tests only: another entry for the core's thread, and what it is given beside the options. */
  coreEntry?: { entry: WorkerEntry; data: Record<string, unknown> },
): Promise<void> {
  assertRuntimeSupported(process.versions);
  const { flags } = parseArgs(argv);
  const dir =
    typeof flags.get('dir') === 'string' ? resolve(flags.get('dir') as string) : defaultArchiveDir();
  const port = typeof flags.get('port') === 'string' ? Number(flags.get('port')) : 0;
  // The core runs in its own thread: this one only answers HTTP and forwards.
  const options: CoreWorkerOptions = { ...coreEntry?.data, archiveDir: dir };
  const core = startCoreWorker(options, consoleLogger, coreEntry?.entry);
  const host = await startHttpHost({
    core,
    staticDir: resolve(import.meta.dirname, '..', 'out', 'renderer'),
    port,
    token: process.env.ARCHIVE_TOKEN,
    log: consoleLogger,
  });
  process.stdout.write(`档案库文件夹：${dir}\n请在本机浏览器中打开：${host.openUrl}\n`);
  const stop = () => {
    void Promise.all([core.shutdown(), host.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Started as the script itself (`npm run serve`); not when the browser suite's entry imports `main`.
if (process.argv[1] && realpathSync(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
