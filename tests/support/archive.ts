import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/api/result';
import type { Clock } from '../../shared/clock';
import { createTestCore } from './jobs';
import { testApi } from './api';
import type { CoreOptions } from '../../electron/core/app';

/** Lower KDF cost for tests that create many accounts; the real cost is tested separately. */
export const FAST_KDF = { N: 1 << 10, r: 8, p: 1 };

export function tempDir(prefix = 'archive-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A mutable test clock. */
export function testClock(
  startIso = '2026-11-24T09:00:00',
): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(startIso).getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void; set(iso: string): void };
  clock.advance = (ms) => (now += ms);
  clock.set = (iso) => (now = new Date(iso).getTime());
  return clock;
}

export const DIRECTOR = { username: 'wangzr', displayName: '王主任', password: 'director-pass-1' };
export const CENTRE = {
  centreName: '测试综治中心',
  committeeName: '测试社区人民调解委员会',
  committeeShortName: '测调',
};

/** Unwraps a Result or fails the test with its message. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A core over a fresh archive with the director signed in. */
export async function initialisedCore(
  options: {
    kdf?: typeof FAST_KDF;
    clock?: Clock;
    dir?: string;
    onJobProgress?: CoreOptions['onJobProgress'];
  } = {},
) {
  const tmp = options.dir ? { dir: options.dir, cleanup: () => {} } : tempDir();
  const core = createTestCore({
    archiveDir: tmp.dir,
    kdf: options.kdf ?? FAST_KDF,
    clock: options.clock,
    onJobProgress: options.onJobProgress,
  });
  const { recoveryKey } = value(
    (await core.call('setup:initialise', { ...CENTRE, director: DIRECTOR })) as Result<{
      recoveryKey: string;
    }>,
  );
  return {
    core,
    dir: tmp.dir,
    recoveryKey,
    /** The typed client (jobs answer with their output). */
    api: testApi(core),
    call: <T = unknown>(channel: string, input: unknown = {}) =>
      core.call(channel, input) as Promise<Result<T>>,
    cleanup: () => {
      core.shutdown();
      tmp.cleanup();
    },
  };
}

/** Every file under a folder with its bytes, for "nothing changed" and "no plaintext" checks. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** True when any file holds the text in UTF-8 or UTF-16LE/BE. */
export function containsText(files: Map<string, Buffer>, text: string): string | null {
  const needles = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ];
  for (const [path, bytes] of files) if (needles.some((n) => bytes.includes(n))) return path;
  return null;
}
