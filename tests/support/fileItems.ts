/**
 * Child process for tests/integration/archive.filing.test.ts: opens the
 * archive's database directly and files catalogue items one transaction each
 * through `fileItem` — the path every filing takes — as fast as it can. Prints
 * "ready" once open, starts on the "go" line, then prints the 档号 it was given
 * as one JSON line.
 * Usage: tsx tests/support/fileItems.ts <dir> <count> <tag>
 */
import { createInterface } from 'node:readline';
import { writeTransaction } from '../../electron/core/db/tx';
import { fileItem } from '../../electron/core/features/archive/archive.items';
import { getArchiveSettings } from '../../electron/core/features/archive/archive.settings';
import { openDirect } from './directDb';

const [dir, count, tag] = process.argv.slice(2);
if (!dir || !count || !tag) throw new Error('usage: fileItems.ts <dir> <count> <tag>');

const db = await openDirect(dir);
const settings = getArchiveSettings(db);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => {
  const lines = createInterface({ input: process.stdin });
  lines.once('line', () => {
    lines.close();
    process.stdin.destroy();
    resolve();
  });
});
const codes: string[] = [];
for (let i = 1; i <= Number(count); i++) {
  const { code } = writeTransaction(db, () =>
    fileItem(
      db,
      settings,
      {
        title: `${tag} 工作例会记录第 ${i} 份`,
        categoryCode: 'HY',
        year: 2026,
        retention: 'D10',
        classification: 'internal',
        responsible: '测试综治中心',
        pages: 2,
      },
      `${tag}进程`,
      '2026-11-24T09:00',
    ),
  );
  codes.push(code);
  // A breath between filings, as between users' clicks (see insertCases.ts).
  await new Promise((r) => setTimeout(r, 1));
}
db.close();
process.stdout.write(`${JSON.stringify(codes)}\n`);
