import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dbPath, unlockWithPassword } from '../electron/core/db/archive';
import { DEFAULT_KDF, deriveKey } from '../electron/core/db/crypto';
import { openEncrypted } from '../electron/core/db/open';
import { toCompactStamp } from '../shared/dates';
import { figure, sample, type Figure } from './measure';
import { statsBench } from './stats';
import { agreementBench } from './agreement';
import { ledgerFigures } from './ledger';
import { responsiveBench } from './responsive';
import { archiveBench } from './archive';
import { dutyBench } from './duty';
import { watchBench } from './watch';
import { importsBench } from './imports';
import { createTestCore } from '../tests/support/jobs';

/**
 * `npm run bench`: each figure beside a baseline measured in the same run
 * (design.md, "Performance budget"). Results go to bench/results/*.json.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-bench-'));
  const figures: Figure[] = [];
  try {
    const core = createTestCore({ archiveDir: dir });
    const password = 'bench-password';
    const init = await core.call('setup:initialise', {
      centreName: '基准测试综治中心',
      committeeName: '基准测试人民调解委员会',
      committeeShortName: '基准',
      director: { username: 'bench', displayName: '基准主任', password },
    });
    if (!init.ok) throw new Error(init.error.message);
    // Some audit volume so the page query has real work to do.
    for (let i = 0; i < 2000; i++) {
      await core.call('settings:update', {
        centreName: '基准测试综治中心',
        committeeName: '基准测试人民调解委员会',
        committeeShortName: '基准',
        idleLockMinutes: 10 + (i % 50),
        backupKeep: 10,
      });
    }
    await core.call('session:logout', {});

    // 1. unlock = KDF + open + migration check, against bare scrypt and a raw-key open.
    const kdf = await sample(() => deriveKey(password, randomBytes(16), DEFAULT_KDF), 5, 1);
    const unlock = await sample(
      async () => (await unlockWithPassword(dir, 'bench', password)).archive.close(),
      5,
      1,
    );
    figures.push(
      figure(
        'unlock (KDF + open + migration check)',
        unlock.p50,
        { name: 'bare scrypt N=2^16', value: kdf.p50 },
        { text: '≤ 400 ms', ok: unlock.p50 <= 400 },
      ),
    );
    const { archive } = await unlockWithPassword(dir, 'bench', password);
    const key = Buffer.from(archive.masterKey);
    archive.close();
    const plainPath = join(dir, 'plain.db');
    const plainOpen = await sample(() => new Database(plainPath).close(), 50);
    const rawOpen = await sample(() => openEncrypted(dbPath(dir), key).close(), 50);
    figures.push(
      figure(
        'open with raw key (cipher + key + first read + pragmas)',
        rawOpen.p50,
        { name: 'plain SQLite open', value: plainOpen.p50 },
        { text: '≤ 5 ms', ok: rawOpen.p50 <= 5 },
      ),
    );

    // 2. API round trip vs the bare query it wraps.
    const login = await core.call('session:login', { username: 'bench', password });
    if (!login.ok) throw new Error(login.error.message);
    const db = openEncrypted(dbPath(dir), key);
    const bare = await sample(
      () => db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 50 OFFSET 100').all(),
      200,
    );
    const api = await sample(() => core.call('audit:list', { page: 2, pageSize: 50 }), 200);
    figures.push(
      figure(
        'audit page through the API (p95)',
        api.p95,
        { name: 'bare SQL page (p95)', value: bare.p95 },
        { text: '≤ 5 ms p95', ok: api.p95 <= 5 },
      ),
    );

    // 3. Encrypted vs plain, same read workload, warm cache.
    const plain = new Database(plainPath);
    plain.exec('CREATE TABLE IF NOT EXISTS audit_log AS SELECT 1 WHERE 0');
    plain.close();
    db.exec(`ATTACH DATABASE '${plainPath.replace(/'/g, "''")}' AS plain KEY ''`);
    db.exec(
      'DROP TABLE IF EXISTS plain.audit_log; CREATE TABLE plain.audit_log AS SELECT * FROM main.audit_log',
    );
    db.exec('DETACH DATABASE plain');
    const plainDb = new Database(plainPath);
    plainDb.pragma('cache_size = -131072');
    // Same state on both sides: the WAL folded into the file, statements prepared once, and
    // ten queries per sample so the timer's resolution does not decide the ratio.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const workload = (d: Database.Database) => {
      const stmt = d.prepare("SELECT count(*), max(summary) FROM audit_log WHERE summary LIKE '%30%'");
      return () => {
        for (let i = 0; i < 10; i++) stmt.get();
      };
    };
    // Alternate the two so that machine load drifts over both alike; report the median round.
    const rounds: { enc: number; pl: number }[] = [];
    for (let round = 0; round < 3; round++) {
      rounds.push({
        enc: (await sample(workload(db), 30, 5)).p50,
        pl: (await sample(workload(plainDb), 30, 5)).p50,
      });
    }
    rounds.sort((a, b) => a.enc / a.pl - b.enc / b.pl);
    const enc = { p50: rounds[1]!.enc };
    const pl = { p50: rounds[1]!.pl };
    figures.push(
      figure(
        'encrypted read workload, 10 queries (warm, p50, median of 3 alternating rounds)',
        enc.p50,
        { name: 'plain SQLite same workload', value: pl.p50 },
        { text: '≤ 1.1×', ok: enc.p50 / pl.p50 <= 1.1 },
      ),
    );
    plainDb.close();
    db.close();
    core.shutdown();

    // 4. Statistics of a month / a year at 100 000 cases and 20 000 mediations (bench/stats.ts, its own archive).
    figures.push(...(await statsBench(console.log)));

    // 5. The ledger at 100 000 cases: a page through the API, full-text search (bench/ledger.ts, its own archive).
    figures.push(...(await ledgerFigures(console.log)));

    // 6. The mediation agreement PDF, two parties, three copies: warm and first render (bench/agreement.ts).
    figures.push(...(await agreementBench(console.log)));

    // 7. The core off the window's thread: calls during an export and a backup, login, 结案归卷 (bench/responsive.ts).
    figures.push(...(await responsiveBench(console.log)));

    // 8. The archive room at 5 000 items and 30 000 loans: catalogue page, search, overdue list, desk (bench/archive.ts).
    figures.push(...(await archiveBench(console.log)));

    // 9. The duty roster: a month for 12 people generated as a job (10 seeded cases), the window's thread meanwhile, validation (bench/duty.ts).
    figures.push(...(await dutyBench(console.log)));

    // 10. The duty log at 200 000 entries: a page of the log and the duty screen through the API (bench/watch.ts).
    figures.push(...(await watchBench(console.log)));

    // 11. An old ledger of 100 000 rows imported as one job (issue 14).
    figures.push(...(await importsBench(console.log)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  for (const f of figures) {
    const base =
      f.baseline !== undefined ? `  (baseline ${f.baselineName}: ${f.baseline} ms, ratio ${f.ratio}×)` : '';
    const verdict = f.budget ? `  budget ${f.budget}: ${f.withinBudget ? 'met' : 'MISSED'}` : '';
    console.log(`${f.name}: ${f.value} ms${base}${verdict}`);
  }
  const outDir = resolve(import.meta.dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${toCompactStamp(new Date())}.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2),
  );
  console.log(`结果已写入 ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
