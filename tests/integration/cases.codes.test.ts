import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/cases/schemas';
import type { Result } from '../../shared/api/result';
import { value } from '../support/archive';
import { spawnTsx, watchLines } from '../support/children';
import { countRows, openDirect } from '../support/directDb';
import { caseInput, ledgerArchive, type LedgerArchive } from '../support/ledger';

const serialOf = (code: string) => Number(code.slice(5));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('一案一码：编号不重、不断', () => {
  let a: LedgerArchive;

  beforeAll(async () => {
    a = await ledgerArchive();
  });
  afterAll(() => a.cleanup());

  it('gives 200 concurrent creations the codes 000001–000200, each once', async () => {
    const results = await Promise.all(
      range(1, 200).map((i) => a.core.call('cases:create', caseInput({ summary: `并发登记第 ${i} 件` }))),
    );
    const codes = results.map((r) => value(r as Result<CaseDetail>).code);
    expect(new Set(codes).size).toBe(200);
    expect(codes.map(serialOf).sort((x, y) => x - y)).toEqual(range(1, 200));
    expect(codes.every((c) => c.startsWith('2026-'))).toBe(true);
  });

  it('keeps one serial per year of registration', async () => {
    expect((await a.create({ registeredAt: '2025-06-01T10:00' })).code).toBe('2025-000001');
    expect((await a.create()).code).toBe('2026-000201');
    expect((await a.create({ registeredAt: '2025-06-02T10:00' })).code).toBe('2025-000002');
  });

  it('gives two processes writing at once disjoint codes without gaps (WAL, busy timeout, serial in the insert transaction)', async () => {
    const children = ['甲', '乙'].map((tag) => {
      const child = spawnTsx('tests/support/insertCases.ts', [a.dir, '500', tag], { stdin: true });
      return { child, watch: watchLines(child) };
    });
    // Both open the database, then start on the same signal.
    await Promise.all(children.map(({ watch }) => watch.until((line) => line === 'ready')));
    for (const { child } of children) child.stdin!.end('go\n');
    const codes = await Promise.all(
      children.map(async ({ child, watch }) => {
        const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
        expect(await exit, watch.stderr()).toBe(0);
        return JSON.parse(watch.lines.at(-1)!) as string[];
      }),
    );
    const [first, second] = codes as [string[], string[]];
    expect(first).toHaveLength(500);
    expect(second).toHaveLength(500);
    const all = [...first, ...second];
    expect(new Set(all).size).toBe(1000);
    expect(all.map(serialOf).sort((x, y) => x - y)).toEqual(range(202, 1201));
    // They really interleaved: neither process got one solid block.
    const blocks = (list: string[]) =>
      list.map(serialOf).filter((n, i, l) => i > 0 && n !== l[i - 1]! + 1).length;
    expect(
      blocks(first) + blocks(second),
      `${first[0]}…${first.at(-1)} / ${second[0]}…${second.at(-1)}`,
    ).toBeGreaterThan(0);
    // Serial, cases, search index and the API agree afterwards.
    const db = await openDirect(a.dir);
    try {
      expect(db.prepare('SELECT last FROM case_serials WHERE year = 2026').get()).toEqual({ last: 1201 });
      expect(countRows(db, 'cases')).toBe(1203);
      expect(countRows(db, 'cases_fts')).toBe(1203);
    } finally {
      db.close();
    }
    expect((await a.create()).code).toBe('2026-001202');
  }, 120_000);
});
