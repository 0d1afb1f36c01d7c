import { resolve } from 'node:path';
import { defaultArchiveDir } from '../core/app';
import { AppError } from '../core/errors';

/** Flags as parsed; helpers below turn them into values or usage errors. */
export type Flags = Map<string, string | true>;

export class UsageError extends Error {}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const v = flags.get(name);
  if (v === true) throw new UsageError(`参数 --${name} 需要一个值。`);
  return v;
}

export function requiredFlag(flags: Flags, name: string): string {
  const v = stringFlag(flags, name);
  if (!v) throw new UsageError(`缺少参数 --${name}。`);
  return v;
}

export function positiveFlag(flags: Flags, name: string): number | undefined {
  const raw = stringFlag(flags, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`参数 --${name} 应为正整数。`);
  return n;
}

export function archiveDirOf(flags: Flags): string {
  const dir = stringFlag(flags, 'dir');
  return dir ? resolve(dir) : defaultArchiveDir();
}

let stdinLines: string[] | null = null;

async function readStdinLines(): Promise<string[]> {
  if (stdinLines) return stdinLines;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  stdinLines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  return stdinLines;
}

/**
 * Secrets come only from standard input (`--password-stdin`, `--recovery-key-stdin`),
 * never from arguments, which other users of the PC can read.
 */
export async function secretFromStdin(flags: Flags, flag: string, label: string, line = 0): Promise<string> {
  if (!flags.has(flag))
    throw new UsageError(`请用 --${flag} 从标准输入提供${label}（不接受写在命令行上的${label}）。`);
  const value = (await readStdinLines())[line] ?? '';
  if (!value) throw new AppError('VALIDATION', `标准输入中没有${label}。`);
  return value;
}

export const out = (line: string) => process.stdout.write(`${line}\n`);
