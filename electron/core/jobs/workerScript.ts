/**
 * Where a worker thread's entry is. The desktop app runs bundles built beside
 * main.cjs (scripts/build-main.mjs); everywhere else (serve, the command line,
 * tests, the bench) the TypeScript sources run through tsx's loader, which a
 * new thread must be given explicitly (a test runner's own transform does not
 * reach it).
 */
export function workerScript(name: 'core' | 'job'): { url: URL; execArgv: string[] } {
  const bundled = import.meta.url.endsWith('.cjs');
  return bundled
    ? { url: new URL(`./${name}.worker.cjs`, import.meta.url), execArgv: [] }
    : {
        url: new URL(name === 'core' ? '../worker/core.worker.ts' : './job.worker.ts', import.meta.url),
        execArgv: ['--import', 'tsx'],
      };
}
