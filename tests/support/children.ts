import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The project root (cwd of every child, so `--import tsx` resolves from node_modules). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs a TypeScript file in a child process on this same Node (22 under the npm
 * scripts: the native driver needs it), through tsx's loader.
 */
export function spawnTsx(script: string, args: string[], options: { stdin?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's stdout lines; `until` resolves once a line passes the test (or rejects when the child ends first). */
export function watchLines(child: ChildProcess): {
  lines: string[];
  stderr: () => string;
  until: (test: (line: string, all: string[]) => boolean) => Promise<void>;
} {
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  const waiters: { test: (line: string, all: string[]) => boolean; resolve: () => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.test(line, lines)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  return {
    lines,
    stderr: () => stderr,
    until: (test) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ test, resolve });
        child.once('exit', (code, signal) =>
          reject(
            new Error(
              `child ended (code ${code}, signal ${signal}) before the awaited line; stderr: ${stderr}`,
            ),
          ),
        );
      }),
  };
}

/**
 * Kills a child and waits until it has been reaped (so its pid no longer looks
 * alive) and its output has been read to the end.
 */
export function killAndWait(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    else if (child.stdout?.readableEnded !== false && child.stderr?.readableEnded !== false) resolve();
  });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real archive CLI (`npm run archive -- …` is the same command) with the given stdin. */
export function runCli(args: string[], stdin = ''): Promise<CliResult> {
  return runEntry('electron/cli/archive.ts', args, stdin);
}

/**
 * The same CLI on a clock pinned to `now` (a seeded archive with a fixed
 * "today"), through the test-only entry tests/support/pinnedArchive.ts.
 */
export function runCliAt(now: string, args: string[], stdin = ''): Promise<CliResult> {
  return runEntry('tests/support/pinnedArchive.ts', [...args, '--now', now], stdin);
}

function runEntry(script: string, args: string[], stdin: string): Promise<CliResult> {
  const child = spawnTsx(script, args, { stdin: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin!.end(stdin);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
