/**
 * Child process for tests/integration/cases.codes.test.ts: opens the archive's
 * database directly (the app's in-use lock allows only one signed-in core) and
 * inserts cases one transaction each through `insertCase`, as fast as it can.
 * It prints "ready" once the database is open and starts on the "go" line on
 * its standard input, so that two processes really overlap; then prints the
 * codes it was given as one JSON line.
 * Usage: tsx tests/support/insertCases.ts <dir> <count> <tag>
 */
import { createInterface } from 'node:readline';
import { insertCase } from '../../electron/core/features/cases/cases.queries';
import { openDirect } from './directDb';

const [dir, count, tag] = process.argv.slice(2);
if (!dir || !count || !tag) throw new Error('usage: insertCases.ts <dir> <count> <tag>');

const db = await openDirect(dir);
const insert = db.transaction((i: number) =>
  insertCase(
    db,
    {
      registered_at: '2026-11-24T09:00',
      source: 'visit',
      first_contact_id: 1,
      handler_id: null,
      category_id: 2,
      occurred_at: null,
      place: null,
      people_count: null,
      amount_cents: null,
      summary: `${tag} 第 ${i} 件`,
      demands: null,
      risk: 'low',
      difficulty: 'general',
      major_reasons: [],
      route: null,
      status: 'registered',
      deadline: '2026-11-27',
      notes: null,
      intake_id: null,
      updated_at: '2026-11-24T09:00:00',
    },
    [
      {
        kind: 'person',
        name: `${tag}当事人${i}`,
        sex: null,
        ethnicity: null,
        birth_date: null,
        age: null,
        id_number: null,
        phone: null,
        occupation: null,
        address: null,
        grid: null,
        representative: null,
        representative_title: null,
      },
    ],
  ),
);
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
  codes.push(insert(i).code);
  // A breath between calls, as between users' clicks: without it one process can hold the write lock
  // back to back and starve the other (SQLite's busy handler is not fair), and nothing would interleave.
  await new Promise((r) => setTimeout(r, 1));
}
db.close();
process.stdout.write(`${JSON.stringify(codes)}\n`);
