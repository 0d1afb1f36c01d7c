import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface RunningHost {
  dir: string;
  url: string;
  openUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real HTTP host over a real encrypted archive in its own temp
 * folder, as `npm run serve` does after the build — through the test-only
 * entry (tests/support/pinnedServe.ts) that runs the same `main` with its
 * clock pinned to `now`.
 */
export async function startHost(options: { now?: string; dir?: string } = {}): Promise<RunningHost> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'archive-e2e-'));
  const token = randomBytes(16).toString('hex');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/support/pinnedServe.ts',
      '--dir',
      dir,
      ...(options.now ? ['--now', options.now] : []),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((done, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return {
    dir,
    url,
    openUrl: `${url}/#token=${token}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A demo archive made with the CLI (`npm run archive -- seed`, through the
 * test-only entry that pins its clock to `now`), faster than
 * the setup wizard: the director `wangzr` and staff such as `lits`, all with
 * the given password. The caller passes `dir` to startHost and removes it.
 */
export function seedArchive(password: string, options: { now?: string; cases?: number } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-e2e-seed-'));
  const args = [
    '--import',
    'tsx',
    'tests/support/pinnedArchive.ts',
    'seed',
    '--dir',
    dir,
    '--password-stdin',
  ];
  if (options.now) args.push('--now', options.now);
  if (options.cases) args.push('--cases', String(options.cases));
  const run = spawnSync(process.execPath, args, { cwd: ROOT, input: `${password}\n`, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`seed failed (${run.status}): ${run.stderr}`);
  return dir;
}
