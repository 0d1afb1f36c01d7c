/**
 * Long work as jobs (design.md, rule 6): progress in order up to the total, a
 * cancelled job leaves no file behind, locking cancels a running job, and a
 * job belongs to the account that started it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/core/db/backup';
import { seedCases } from '../../electron/core/features/cases/cases.seed';
import type { FileOutput } from '../../shared/api/contract';
import type { AuditPage } from '../../shared/audit/schemas';
import type { CasePage } from '../../shared/cases/schemas';
import type { JobStatus } from '../../shared/jobs/schemas';
import type { BackupInfo } from '../../shared/maintenance/schemas';
import { createAccountInUse } from '../support/accounts';
import { DIRECTOR, FAST_KDF, initialisedCore, testClock, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import ExcelJS from 'exceljs';

const NOW = '2026-11-24T09:00:00';
const CASES = 3_500;

describe('后台任务：进度、取消、锁定', { timeout: 300_000 }, () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  /** Whoever wants to act on a job's progress as it is heard (before the next message of that job). */
  let listener: ((s: JobStatus) => void) | null = null;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock(NOW), onJobProgress: (s) => listener?.(s) });
    const db = await openDirect(a.dir);
    try {
      expect(seedCases(db, { count: CASES, now: new Date(NOW) }).cases).toBe(CASES);
    } finally {
      db.close();
    }
  });

  afterAll(() => a?.cleanup());

  it('reports the export’s progress in order, reaching the total, then hands the file over once', async () => {
    const ticket = value(await a.core.startJob('cases:export-ledger', {}));
    const final = await a.core.settled(ticket.jobId);
    expect(final).toMatchObject({ state: 'done', label: '导出台账（Excel）', total: CASES, done: CASES });
    const running = a.core.history(ticket.jobId).filter((s) => s.state === 'running');
    const counted = running.filter((s) => s.total > 0);
    expect(counted.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < counted.length; i++)
      expect(counted[i]!.done).toBeGreaterThanOrEqual(counted[i - 1]!.done);
    expect(counted.at(-1)).toMatchObject({ done: CASES, total: CASES, phase: '正在写入第 3 500 / 3 500 行' });
    expect(counted[0]!.phase).toBe('正在写入第 1 000 / 3 500 行');

    const file = value(await a.call<FileOutput>('jobs:result', { jobId: ticket.jobId }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    // Title, centre line and header, then one row per case.
    expect(wb.worksheets[0]!.rowCount).toBe(3 + CASES);
    // Taken once: the result is forgotten afterwards.
    expect(await a.call('jobs:result', { jobId: ticket.jobId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // The export is audited once it exists.
    const audit = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 5, action: 'cases.export' }),
    );
    expect(audit.rows[0]?.summary).toContain(`导出台账（Excel）（${CASES} 件`);
  });

  it('keeps answering ordinary calls while an export runs', async () => {
    const ticket = value(await a.core.startJob('cases:export-ledger', {}));
    const page = value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 50 }));
    expect(page.total).toBe(CASES);
    // The list answered before the export was done (the export's result is still to come).
    expect(a.core.history(ticket.jobId).some((s) => s.state !== 'running')).toBe(false);
    expect((await a.core.settled(ticket.jobId)).state).toBe('done');
  });

  it('cancelled half-way, a backup leaves no file and no record', async () => {
    const before = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1, action: 'maintenance.backup' }),
    ).total;
    let cancelled: Promise<unknown> | undefined;
    // Cancel once the copy exists and is being verified: the cancel joins the core's queue
    // before the job's own "done" can, so the outcome does not depend on timing.
    listener = (s) => {
      if (s.phase.startsWith('正在校验备份') && !cancelled)
        cancelled = a.call('jobs:cancel', { jobId: s.jobId });
    };
    try {
      const ticket = value(await a.core.startJob('maintenance:create-backup', {}));
      const final = await a.core.settled(ticket.jobId);
      expect(final.state).toBe('cancelled');
      expect(value((await cancelled) as never)).toMatchObject({ state: 'cancelled' });
    } finally {
      listener = null;
    }
    const root = backupsDir(a.dir);
    expect(existsSync(root) ? readdirSync(root) : []).toEqual([]);
    expect(value(await a.call<BackupInfo[]>('maintenance:list-backups'))).toEqual([]);
    expect(
      value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1, action: 'maintenance.backup' }))
        .total,
    ).toBe(before);
    // The next backup, uncancelled, verifies and is recorded after its copy.
    const info = value(await a.call<BackupInfo>('maintenance:create-backup'));
    expect(info.counts.cases).toBe(CASES);
    const last = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1, action: 'maintenance.backup' }),
    );
    expect(last.rows[0]?.summary).toBe(`手动备份 ${info.name}（已校验）`);
  });

  it('locking during an export cancels it; the next call needs the password; the job is forgotten', async () => {
    let locked: Promise<void> | undefined;
    listener = (s) => {
      if (s.state === 'running' && s.total > 0 && !locked) locked = a.core.lock();
    };
    let jobId: string;
    try {
      jobId = value(await a.core.startJob('cases:export-ledger', {})).jobId;
      expect((await a.core.settled(jobId)).state).toBe('cancelled');
      await locked;
    } finally {
      listener = null;
    }
    expect(await a.call('cases:list', { page: 0, pageSize: 50 })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(await a.call('jobs:status', { jobId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    value(await a.call('session:unlock', { password: DIRECTOR.password }));
    expect(await a.call('jobs:status', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 50 })).total).toBe(CASES);
  });

  it('gives a job only to the account that started it', async () => {
    await createAccountInUse(a.call, {
      username: 'lits',
      displayName: '李婷',
      role: 'staff',
      password: 'staff-pass-1',
    });
    const ticket = value(await a.core.startJob('stats:export-cases', { from: '2026-11', to: '2026-11' }));
    await a.core.settled(ticket.jobId);
    value(await a.call('session:logout'));
    value(await a.call('session:login', { username: 'lits', password: 'staff-pass-1' }));
    expect(await a.call('jobs:result', { jobId: ticket.jobId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // A refused start (a staff member asking for whole ID numbers) starts no thread and answers at once.
    expect(await a.call('cases:export-ledger', { fullIdentity: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
