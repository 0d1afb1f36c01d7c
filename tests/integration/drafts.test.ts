import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountInUse } from '../support/accounts';
import { testApi } from '../support/api';
import {
  containsText,
  DIRECTOR,
  FAST_KDF,
  initialisedCore,
  snapshot,
  testClock,
  value,
} from '../support/archive';
import { createTestCore } from '../support/jobs';
import { MAX_DRAFT_CHARS } from '../../shared/drafts/schemas';
import { MAX_DRAFTS_PER_ACCOUNT } from '../../electron/core/features/drafts/drafts.queries';
import type { AuditPage } from '../../shared/audit/schemas';

const STAFF = { username: 'litingshu', displayName: '李婷姝', role: 'staff', password: 'staff-pass-1' };
const TYPED = { personName: '周秀英', phone: '13800138000', matter: '楼上漏水，反复协商未果' };

/**
 * Issue 13 §1: what a user typed and has not saved is kept per account inside
 * the encrypted archive — no other account reaches it, it outlives closing the
 * archive, it goes on save or discard, and an oversized one is refused in Chinese.
 */
describe('表单草稿', () => {
  const clock = testClock('2026-11-24T09:00:00');
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  const auditTotal = async () => value(await a.call<AuditPage>('audit:list', { page: 0, pageSize: 1 })).total;
  const login = async (who: { username: string; password: string }) =>
    value(await a.api.session.login({ username: who.username, password: who.password }));

  beforeAll(async () => {
    a = await initialisedCore({ kdf: FAST_KDF, clock });
    await createAccountInUse(a.call, STAFF);
    await login(STAFF);
  });
  afterAll(() => a.cleanup());

  it('keeps the typing of one account, with when it was saved, and no one else reads it', async () => {
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toBeNull();
    clock.set('2026-11-24T09:05:42');
    expect(value(await a.api.drafts.save({ formKey: 'intake', payload: JSON.stringify(TYPED) }))).toEqual({
      savedAt: '2026-11-24T09:05:42',
    });
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toEqual({
      formKey: 'intake',
      payload: TYPED,
      savedAt: '2026-11-24T09:05:42',
    });
    // Saved again: the one draft of that form replaced, its time too.
    clock.set('2026-11-24T09:06:03');
    const more = { ...TYPED, materials: '照片 3 张' };
    value(await a.api.drafts.save({ formKey: 'intake', payload: JSON.stringify(more) }));
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toMatchObject({
      payload: more,
      savedAt: '2026-11-24T09:06:03',
    });

    // The director's own form of the same name is theirs alone: empty, and their save leaves the staff's draft be.
    await login(DIRECTOR);
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toBeNull();
    value(
      await a.api.drafts.save({ formKey: 'intake', payload: JSON.stringify({ personName: '主任的草稿' }) }),
    );
    value(await a.api.drafts.discard({ formKey: 'intake' }));
    await login(STAFF);
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toMatchObject({ payload: more });
  });

  it('writes nothing into the 操作日志 (private scratch, saved at every pause in typing)', async () => {
    await login(DIRECTOR);
    const before = await auditTotal();
    for (let i = 0; i < 5; i++)
      value(
        await a.api.drafts.save({ formKey: 'case:new', payload: JSON.stringify({ summary: `第${i}稿` }) }),
      );
    value(await a.api.drafts.discard({ formKey: 'case:new' }));
    expect(await auditTotal()).toBe(before);
    await login(STAFF);
  });

  it('refuses an oversized draft in Chinese and keeps the last one', async () => {
    const huge = JSON.stringify({ matter: '漏'.repeat(MAX_DRAFT_CHARS) });
    const refused = await a.api.drafts.save({ formKey: 'intake', payload: huge });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          payload: `草稿过大（超过 ${MAX_DRAFT_CHARS} 字），未能保存草稿；请先保存表单，或分几次填写。`,
        },
      },
    });
    expect(await a.api.drafts.save({ formKey: 'intake', payload: '[1, 2]' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { payload: '草稿内容不是有效的表单数据' } },
    });
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toMatchObject({
      payload: { materials: '照片 3 张' },
    });
  });

  it(`keeps at most ${MAX_DRAFTS_PER_ACCOUNT} drafts an account, dropping the longest untouched`, async () => {
    await login(DIRECTOR);
    for (let i = 0; i <= MAX_DRAFTS_PER_ACCOUNT; i++) {
      clock.advance(1000);
      value(
        await a.api.drafts.save({ formKey: `case:${i}`, payload: JSON.stringify({ summary: `第${i}件` }) }),
      );
    }
    expect(value(await a.api.drafts.get({ formKey: 'case:0' }))).toBeNull();
    expect(value(await a.api.drafts.get({ formKey: 'case:1' }))).toMatchObject({
      payload: { summary: '第1件' },
    });
    expect(value(await a.api.drafts.get({ formKey: `case:${MAX_DRAFTS_PER_ACCOUNT}` }))).not.toBeNull();
    // Another account's drafts are not counted against it, nor dropped by it.
    await login(STAFF);
    expect(value(await a.api.drafts.get({ formKey: 'intake' }))).toMatchObject({
      payload: { materials: '照片 3 张' },
    });
  });

  it('is encrypted at rest and survives closing and reopening the archive', async () => {
    a.core.shutdown();
    expect(containsText(snapshot(a.dir), '反复协商未果')).toBeNull();
    const core = createTestCore({ archiveDir: a.dir, kdf: FAST_KDF, clock });
    try {
      const api = testApi(core);
      value(await api.session.login({ username: STAFF.username, password: STAFF.password }));
      expect(value(await api.drafts.get({ formKey: 'intake' }))).toEqual({
        formKey: 'intake',
        payload: { ...TYPED, materials: '照片 3 张' },
        savedAt: '2026-11-24T09:06:03',
      });
      // Discarded (the form saved, or 丢弃草稿): gone, and discarding again is harmless.
      value(await api.drafts.discard({ formKey: 'intake' }));
      expect(value(await api.drafts.get({ formKey: 'intake' }))).toBeNull();
      expect(value(await api.drafts.discard({ formKey: 'intake' }))).toBeNull();
    } finally {
      core.shutdown();
    }
  });
});
