import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/children';
import { tempDir } from '../support/archive';

/** Every TypeScript file under a folder of the project. */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(join(ROOT, folder));
  return out;
}

/**
 * Clock injection belongs to tests and the bench (tests/support/pinned*.ts):
 * nothing a user of the shipped app, `npm run serve` or `npm run archive` can
 * set moves the time written into the audit trail, print logs or numbers.
 */
describe('只有测试可以固定时钟', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('the shipped command line refuses --now (exit 2, one Chinese line) and creates nothing', async () => {
    const dir = join(tmp.dir, 'demo');
    const seeded = await runCli(
      ['seed', '--dir', dir, '--password-stdin', '--now', '2001-01-01T09:00:00'],
      'demo-pass-1\n',
    );
    expect(seeded.code).toBe(2);
    expect(seeded.stderr).toMatch(/^命令行不接受 --now：.*\n$/);
    expect(existsSync(dir)).toBe(false);
    const printed = await runCli(
      ['print', 'agreement', '--dir', dir, '--case', '2026-000001', '--out', join(tmp.dir, 'a.pdf')].concat([
        '--password-stdin',
        '--now',
        '2001-01-01T09:00:00',
      ]),
      'demo-pass-1\n',
    );
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('--now');
  });

  it('no shipped code reads a pinned time: no ARCHIVE_NOW, no pinned clock outside tests/ and bench/', () => {
    const shipped = [...sources('electron'), ...sources('shared'), ...sources('renderer')];
    const offenders = shipped.filter((file) =>
      /ARCHIVE_NOW|from '[^']*pinned/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
    const scripts = Object.values(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
        .scripts,
    );
    expect(scripts.filter((s) => /pinned|ARCHIVE_NOW/.test(s))).toEqual([]);
  });
});
