import { resolve } from 'node:path';
import { assertRuntimeSupported, defaultArchiveDir } from './core/runtime';
import { startCoreWorker } from './core/worker/coreWorker';
import { startHttpHost } from './core/host/httpHost';
import { parseArgs } from './core/host/args';
import { consoleLogger } from './core/logger';

/**
 * `npm run serve`: the whole app in a browser, served on 127.0.0.1 only.
 * Options: --dir <archive folder>, --port <n>; for the test suite,
 * ARCHIVE_TOKEN pins the token and ARCHIVE_NOW pins the starting time.
 */
async function main(): Promise<void> {
  assertRuntimeSupported(process.versions);
  const { flags } = parseArgs(process.argv.slice(2));
  const dir =
    typeof flags.get('dir') === 'string' ? resolve(flags.get('dir') as string) : defaultArchiveDir();
  const port = typeof flags.get('port') === 'string' ? Number(flags.get('port')) : 0;
  // The core runs in its own thread: this one only answers HTTP and forwards.
  const core = startCoreWorker({ archiveDir: dir, pinnedNow: process.env.ARCHIVE_NOW }, consoleLogger);
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

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
