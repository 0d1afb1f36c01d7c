import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/features/audit/audit.queries';
import type { Db } from '../../electron/core/db/open';
import { addMinutes } from '../../shared/watch/clock';
import { tempDir } from '../support/archive';
import { runCliAt } from '../support/children';
import { openDirect } from '../support/directDb';

const PASSWORD = 'demo-pass-1';
const NOW = '2026-11-24T09:00:00';

/**
 * `seed` extended with the watch (issue 12 §10): the shifts follow the
 * published rosters, the duty log lies inside them, and what it writes is
 * what the API would have written — checked here row by row.
 */
describe('命令行：示范值班记录', () => {
  let tmp: ReturnType<typeof tempDir>;
  let reader: Db;
  let stdout = '';
  const n = (sql: string, ...params: unknown[]) => (reader.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(async () => {
    tmp = tempDir('watch-seed-');
    const demo = join(tmp.dir, 'demo');
    const seeded = await runCliAt(
      NOW,
      [
        'seed',
        '--dir',
        demo,
        '--password-stdin',
        '--cases',
        '600',
        '--mediations',
        '0',
        '--rosters',
        '3',
        '--watch-events',
        '3000',
      ],
      `${PASSWORD}\n`,
    );
    expect(seeded.stderr).toBe('');
    expect(seeded.code).toBe(0);
    stdout = seeded.stdout;
    reader = await openDirect(demo, 'wangzr', PASSWORD);
  }, 180_000);

  afterAll(() => {
    reader?.close();
    tmp.cleanup();
  }, 60_000);

  it('reports what it wrote', () => {
    expect(stdout).toMatch(
      /示范值班记录：点位 36 个，2026-10-01 至 2026-11-24 值班 \d+ 班，值班记录 \d+ 条（派遣 \d+ 次，转入台账 \d+ 件），设备故障 \d+ 起，交接班 \d+ 次，录像调取 \d+ 次/,
    );
    expect(n('SELECT count(*) AS n FROM watch_events')).toBeGreaterThan(2400);
  });

  it('keeps one shift after another, none open, each by its rostered operator or with a reason', () => {
    expect(n('SELECT count(*) AS n FROM watch_shifts WHERE closed_at IS NULL')).toBe(0);
    const shifts = reader.prepare('SELECT * FROM watch_shifts ORDER BY id').all() as {
      opened_at: string;
      closed_at: string;
      rostered: number;
      off_roster_reason: string | null;
    }[];
    for (let i = 1; i < shifts.length; i++) expect(shifts[i]!.opened_at).toBe(shifts[i - 1]!.closed_at);
    expect(shifts.every((s) => s.rostered === 1 || !!s.off_roster_reason)).toBe(true);
    expect(shifts.at(-1)!.closed_at <= NOW.slice(0, 16)).toBe(true);
  });

  it('logs every event inside its shift, dispatches due by the setting, only the last hours still open', () => {
    expect(
      n(`SELECT count(*) AS n FROM watch_events e JOIN watch_shifts s ON s.id = e.shift_id
         WHERE e.occurred_at < s.opened_at OR e.occurred_at >= s.closed_at`),
    ).toBe(0);
    expect(
      n(
        "SELECT count(*) AS n FROM watch_events WHERE status = 'open' AND occurred_at < ?",
        addMinutes(NOW.slice(0, 16), -180),
      ),
    ).toBe(0);
    expect(n('SELECT count(*) AS n FROM watch_events WHERE closed_at > ?', NOW.slice(0, 16))).toBe(0);
    const dispatches = reader
      .prepare('SELECT notified_at, due_at, arrived_at FROM watch_dispatches')
      .all() as {
      notified_at: string;
      due_at: string;
      arrived_at: string | null;
    }[];
    expect(dispatches.every((d) => d.due_at === addMinutes(d.notified_at, 30))).toBe(true);
    expect(dispatches.some((d) => d.arrived_at !== null && d.arrived_at > d.due_at)).toBe(true);
  });

  it('links the ledger’s 视频监控发现 cases to the events that found them', () => {
    const linked = n('SELECT count(*) AS n FROM watch_events WHERE case_id IS NOT NULL');
    expect(linked).toBeGreaterThan(0);
    expect(
      n(`SELECT count(*) AS n FROM watch_events e JOIN cases c ON c.id = e.case_id
         WHERE c.source = 'video' AND c.registered_at = e.occurred_at`),
    ).toBe(linked);
  });

  it('hands over between operators, repairs faults after finding them, and keeps the footage register untouchable', () => {
    expect(n('SELECT count(*) AS n FROM watch_handovers')).toBeGreaterThan(0);
    expect(
      n(`SELECT count(*) AS n FROM watch_handovers h JOIN watch_shifts a ON a.id = h.from_shift_id
         JOIN watch_shifts b ON b.id = h.to_shift_id WHERE b.opened_at <> a.closed_at OR h.outgoing_id = h.incoming_id`),
    ).toBe(0);
    expect(n('SELECT count(*) AS n FROM watch_faults WHERE repaired_at < found_at')).toBe(0);
    // The snapshots are in the handover's own shape (shared/watch/handover.ts), so the app reads and prints them.
    const snapshots = reader
      .prepare(
        "SELECT open_faults, open_events FROM watch_handovers WHERE open_faults <> '[]' AND open_events <> '[]' LIMIT 1",
      )
      .get() as { open_faults: string; open_events: string };
    expect(JSON.parse(snapshots.open_faults)[0]).toMatchObject({
      symptom: expect.any(String),
      foundAt: expect.any(String),
      downtimeMinutes: expect.any(Number),
    });
    expect(JSON.parse(snapshots.open_events)[0]).toMatchObject({
      category: expect.stringMatching(/^[a-z]+$/),
      action: expect.stringMatching(/^[a-z]+$/),
      pointCode: expect.any(String),
      beingHandled: expect.any(Boolean),
    });
    expect(n('SELECT count(*) AS n FROM footage_requests')).toBeGreaterThan(0);
    expect(
      n(`SELECT count(*) AS n FROM footage_copies c JOIN footage_decisions d ON d.request_id = c.request_id
         WHERE d.approved = 0`),
    ).toBe(0);
    expect(() => reader.prepare('DELETE FROM footage_requests').run()).toThrow(/never deleted/);
    expect(verifyAuditChain(reader).ok).toBe(true);
  });
});
