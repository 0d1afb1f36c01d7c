import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Core } from '../../electron/core/app';
import { dbPath } from '../../electron/core/db/archive';
import { keyringPath } from '../../electron/core/db/keyring';
import type { Account } from '../../shared/accounts/schemas';
import type { AuditPage, AuditVerification } from '../../shared/audit/schemas';
import type { Result } from '../../shared/api/result';
import { CENTRE, DIRECTOR, FAST_KDF, initialisedCore, tempDir, testClock, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { createTestCore } from '../support/jobs';

const directorLogin = { username: DIRECTOR.username, password: DIRECTOR.password };
type Call = <T = unknown>(channel: string, input?: unknown) => Promise<Result<T>>;

/** The newest `n` audit actions, newest first, and the total. */
async function newest(call: Call, n: number): Promise<{ total: number; actions: string[] }> {
  const page = value(await call<AuditPage>('audit:list', { page: 0, pageSize: Math.max(1, n) }));
  return { total: page.total, actions: page.rows.slice(0, n).map((r) => r.action) };
}

describe('操作日志：每次写入都留下记录', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  let staff: Account;

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock: testClock() });
  });

  afterAll(() => a.cleanup());

  /** Runs a step and returns the audit actions it added, oldest first. */
  async function added(step: () => Promise<unknown>): Promise<string[]> {
    const before = (await newest(a.call, 1)).total;
    await step();
    const after = (await newest(a.call, 1)).total;
    return (await newest(a.call, after - before)).actions.reverse();
  }

  it('starts with the initialisation record', async () => {
    expect(await newest(a.call, 5)).toEqual({ total: 1, actions: ['setup.initialise'] });
  });

  it.each([
    ['settings:update', { ...CENTRE, idleLockMinutes: 15, backupKeep: 5 }, ['settings.update']],
    ['setup:confirm-recovery-kept', {}, ['setup.recovery-key-kept']],
    ['maintenance:create-backup', {}, ['maintenance.backup']],
    [
      'maintenance:regenerate-recovery-key',
      { currentPassword: DIRECTOR.password },
      ['maintenance.new-recovery-key'],
    ],
  ] as const)('%s adds %j', async (channel, input, actions) => {
    expect(await added(async () => value(await a.call(channel, input)))).toEqual(actions);
  });

  it('account writes each add their record', async () => {
    expect(
      await added(async () => {
        staff = value(
          await a.call<Account>('accounts:create', {
            username: 'litingshu',
            displayName: '李婷姝',
            role: 'staff',
            password: 'staff-pass-1',
          }),
        );
      }),
    ).toEqual(['account.create']);
    expect(
      await added(async () =>
        value(await a.call('accounts:update', { id: staff.id, displayName: '李婷', role: 'staff' })),
      ),
    ).toEqual(['account.update']);
    expect(await added(async () => value(await a.call('accounts:disable', { id: staff.id })))).toEqual([
      'account.disable',
    ]);
    expect(
      await added(async () =>
        value(await a.call('accounts:reset-password', { id: staff.id, newPassword: 'staff-pass-2' })),
      ),
    ).toEqual(['account.reset-password']);
    expect(
      await added(async () =>
        value(
          await a.call('session:change-password', {
            currentPassword: DIRECTOR.password,
            newPassword: 'director-pass-2',
          }),
        ),
      ),
    ).toEqual(['account.change-password']);
  });

  it('session writes (logout, login, recovery) add their records', async () => {
    expect(
      await added(async () => {
        value(await a.call('session:logout'));
        value(await a.call('session:login', { ...directorLogin, password: 'director-pass-2' }));
      }),
    ).toEqual(['session.logout', 'session.login']);
    const { recoveryKey } = value(
      await a.call<{ recoveryKey: string }>('maintenance:regenerate-recovery-key', {
        currentPassword: 'director-pass-2',
      }),
    );
    expect(
      await added(async () =>
        value(
          await a.call('session:recover', {
            recoveryKey,
            username: DIRECTOR.username,
            newPassword: DIRECTOR.password,
          }),
        ),
      ),
    ).toEqual(['session.logout', 'account.recover-password', 'session.recover']);
  });

  it('a rekey records its backup and itself', async () => {
    expect(
      await added(async () =>
        value(await a.core.outcome(a.core.api.maintenance.rekey({ currentPassword: DIRECTOR.password }))),
      ),
    ).toEqual(['maintenance.backup', 'maintenance.rekey']);
  });

  it('reads and refused calls add nothing', async () => {
    expect(
      await added(async () => {
        for (const channel of [
          'settings:get',
          'accounts:list',
          'audit:verify',
          'maintenance:list-backups',
          'session:status',
        ]) {
          value(await a.call(channel));
        }
        value(await a.call('maintenance:check-integrity'));
        expect((await a.call('accounts:disable', { id: 1 })).ok).toBe(false);
        expect((await a.call('accounts:create', { username: 'x' })).ok).toBe(false);
        expect((await a.core.api.maintenance.rekey({ currentPassword: 'wrong-password' })).ok).toBe(false);
      }),
    ).toEqual([]);
  });

  it('verifies the whole chain', async () => {
    const { total } = await newest(a.call, 1);
    expect(value(await a.call<AuditVerification>('audit:verify'))).toEqual({ ok: true, checked: total });
  });

  it("names each record's object in the staff's words: the account's name, not its row id (issue 13, item 9)", async () => {
    const page = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 50, action: 'account.update' }),
    );
    expect(page.rows[0]).toMatchObject({ entity: 'account', entityId: String(staff.id), entityName: '李婷' });
  });

  it('filters by action, actor, day and text', async () => {
    const list = (f: object) => a.call<AuditPage>('audit:list', { page: 0, pageSize: 50, ...f });
    expect(value(await list({ action: 'account.create' })).rows.map((r) => r.summary)).toEqual([
      expect.stringContaining('李婷姝'),
    ]);
    expect(value(await list({ actor: DIRECTOR.displayName })).total).toBeGreaterThan(5);
    expect(value(await list({ from: '2026-11-24', to: '2026-11-24' })).total).toBe(
      (await newest(a.call, 1)).total,
    );
    expect(value(await list({ from: '2026-11-25' })).total).toBe(0);
    expect(value(await list({ q: '100%_' })).total).toBe(0);
  });
});

describe('操作日志被改动时校验不通过', () => {
  let pristine: { db: Buffer; keyring: Buffer };
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  const call: Call = (channel, input = {}) => core.call(channel, input) as never;

  beforeAll(async () => {
    const a = await initialisedCore({ kdf: FAST_KDF });
    for (let i = 0; i < 8; i++) {
      value(await a.call('settings:update', { ...CENTRE, idleLockMinutes: 10 + i, backupKeep: 10 }));
    }
    a.core.shutdown();
    pristine = { db: readFileSync(dbPath(a.dir)), keyring: readFileSync(keyringPath(a.dir)) };
    a.cleanup();
  });

  beforeEach(async () => {
    tmp = tempDir();
    writeFileSync(dbPath(tmp.dir), pristine.db);
    writeFileSync(keyringPath(tmp.dir), pristine.keyring);
    core = createTestCore({ archiveDir: tmp.dir, kdf: FAST_KDF });
    value(await call('session:login', directorLogin));
    expect(value(await call<AuditVerification>('audit:verify'))).toEqual({ ok: true, checked: 10 });
  });

  afterEach(() => {
    core.shutdown();
    tmp.cleanup();
  });

  /** Changes the database behind the API's back, with the master key, as someone holding it could. */
  async function tamper(sql: string): Promise<void> {
    const db = await openDirect(tmp.dir);
    try {
      expect(db.prepare(sql).run().changes).toBe(1);
    } finally {
      db.close();
    }
  }

  it('detects a deleted record in the middle', async () => {
    await tamper('DELETE FROM audit_log WHERE id = 5');
    const result = value(await call<AuditVerification>('audit:verify'));
    expect(result).toMatchObject({ ok: false, checked: 4, problem: expect.stringContaining('第 5 条') });
  });

  it('detects a changed summary', async () => {
    await tamper("UPDATE audit_log SET summary = '修改设置：无' WHERE id = 3");
    const result = value(await call<AuditVerification>('audit:verify'));
    expect(result).toMatchObject({ ok: false, checked: 2, problem: expect.stringContaining('内容被改动') });
  });

  it('detects a deleted newest record through the chain head', async () => {
    await tamper('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    const result = value(await call<AuditVerification>('audit:verify'));
    expect(result).toMatchObject({ ok: false, checked: 9, problem: expect.stringContaining('末尾') });
  });

  it('detects a record whose stored hash was altered', async () => {
    await tamper("UPDATE audit_log SET summary = '改动', hash = 'f' || substr(hash, 2) WHERE id = 4");
    expect(value(await call<AuditVerification>('audit:verify'))).toMatchObject({ ok: false, checked: 3 });
  });
});
