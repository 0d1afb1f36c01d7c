import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CasePage, Category, ColumnPrefs } from '../../shared/cases/schemas';
import { value } from '../support/archive';
import { isChinese } from '../support/files';
import { caseInput, ID_NUMBER, ledgerArchive, PHONE, STAFF, type LedgerArchive } from '../support/ledger';

/** The parts of a case that a refused call must leave alone. */
const snapshotOf = (c: CaseDetail) => ({ ...c, deadlineState: undefined });

describe('案件登记、修改与流转', () => {
  let a: LedgerArchive;

  beforeAll(async () => {
    a = await ledgerArchive();
  });
  afterAll(() => a.cleanup());

  it('registers a case: code, first contact, deadline from the preset, parties whole, an event and an audit record', async () => {
    const before = await a.auditTotal('cases.create');
    const c = await a.create({ handlerId: a.ids.litingshu, majorReasons: ['ownership'], amount: 1234.56 });
    expect(c).toMatchObject({
      code: '2026-000001',
      registeredAt: '2026-11-24T09:00',
      status: 'registered',
      firstContactName: '王主任',
      firstContactId: 1,
      handlerName: STAFF.displayName,
      category: '邻里纠纷',
      partyNames: '龙䶮涛、锦华物业服务有限公司',
      // General: 3 working days from Tuesday.
      deadline: '2026-11-27',
      deadlineState: 'green',
      major: true,
      majorReasons: ['ownership'],
      amount: 1234.56,
    });
    // Sex and birth date come from the ID number; the record shows them whole.
    expect(c.parties[0]).toMatchObject({
      kind: 'person',
      name: '龙䶮涛',
      idNumber: ID_NUMBER,
      phone: PHONE,
      sex: 'female',
      birthDate: '1949-12-31',
    });
    expect(c.parties[1]).toMatchObject({ kind: 'organisation', representative: '刘堃', sex: null });
    expect(c.events).toEqual([
      expect.objectContaining({ kind: 'created', actorName: '王主任', toStatus: 'registered' }),
    ]);
    expect(await a.auditTotal('cases.create')).toBe(before + 1);
    expect(value(await a.call<CaseDetail>('cases:get', { id: c.id }))).toEqual(c);
    expect(value(await a.call<CaseDetail>('cases:get-by-code', { code: '2026-000001' }))).toEqual(c);
  });

  it('refuses a sex or birth date that contradicts the ID number, by field, and uses no code', async () => {
    const before = await a.auditTotal();
    const result = await a.call('cases:create', {
      ...caseInput(),
      parties: [{ kind: 'person', name: '张三', idNumber: ID_NUMBER, sex: 'male', birthDate: '1950-01-01' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          'parties.0.sex': '性别与身份证号不符（身份证号显示为女）',
          'parties.0.birthDate': '出生日期与身份证号不符（身份证号显示为 1949-12-31）',
        },
      },
    });
    expect(await a.auditTotal()).toBe(before);
    // No gap in the serial: the refused case consumed nothing.
    expect((await a.create()).code).toBe('2026-000002');
  });

  it('refuses a handler who is not an active director or staff, an unknown category and a future registration time', async () => {
    for (const [input, field] of [
      [{ handlerId: a.ids.zhangzb }, 'handlerId'],
      [{ handlerId: 999 }, 'handlerId'],
      [{ categoryId: 999 }, 'categoryId'],
      // Five minutes past the clock is the tolerance (shared/dates FUTURE_TOLERANCE_MS); six is refused.
      [{ registeredAt: '2026-11-24T09:06' }, 'registeredAt'],
    ] as const) {
      const result = await a.call('cases:create', caseInput(input));
      expect(result, field).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) {
        expect(result.error.fields?.[field]).toBeDefined();
        expect(isChinese(result.error.message)).toBe(true);
      }
    }
  });

  it('accepts an earlier registration time and numbers by the year of registration', async () => {
    const c = await a.create({ registeredAt: '2025-12-31T16:30' });
    expect(c.code).toBe('2025-000001');
    // 2025-12-31 (Wed) + 3 working days: 1 Jan is off, so 2, 5, 6 January.
    expect(c.deadline).toBe('2026-01-06');
    expect(c.deadlineState).toBe('red');
  });

  it('answers NOT_FOUND for an unknown id or code', async () => {
    expect(await a.call('cases:get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await a.call('cases:get-by-code', { code: '2026-999999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到案件编号为 2026-999999 的案件。' },
    });
  });

  it('updates a case: a new difficulty moves the deadline, parties are rewritten, search follows, an event says what changed', async () => {
    const c = await a.create();
    const before = await a.auditTotal('cases.update');
    const updated = value(
      await a.call<CaseDetail>('cases:update', {
        ...caseInput(),
        id: c.id,
        difficulty: 'complex',
        risk: 'high',
        parties: [{ kind: 'person', name: '欧阳喆', phone: '13900001111' }],
      }),
    );
    expect(updated).toMatchObject({
      difficulty: 'complex',
      risk: 'high',
      deadline: '2026-12-01',
      partyNames: '欧阳喆',
      parties: [expect.objectContaining({ name: '欧阳喆', sex: null })],
    });
    expect(updated.events.at(-1)).toMatchObject({
      kind: 'updated',
      note: '修改：风险等级 低 → 高；难易程度 一般 → 复杂；办理期限 2026-11-27 → 2026-12-01；当事人',
    });
    expect(await a.auditTotal('cases.update')).toBe(before + 1);
    const search = async (q: string) =>
      value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 50, q })).rows.map((r) => r.id);
    expect(await search('欧阳喆')).toEqual([c.id]);
    expect(await search('喆')).toEqual([c.id]);
    const stillNamed = await search('龙䶮涛');
    expect(stillNamed).not.toContain(c.id);
    // Saving without a change is recorded as such.
    const same = value(
      await a.call<CaseDetail>('cases:update', {
        ...caseInput(),
        id: c.id,
        difficulty: 'complex',
        risk: 'high',
        parties: [{ kind: 'person', name: '欧阳喆', phone: '13900001111' }],
      }),
    );
    expect(same.events.at(-1)).toMatchObject({ kind: 'updated', note: '保存（无变化）' });
  });

  it('walks the whole flow, each transition a dated event with its record', async () => {
    const c = await a.create();
    const before = await a.auditTotal('cases.transition');
    const go = async (input: Record<string, unknown>) =>
      value(await a.call<CaseDetail>('cases:transition', { id: c.id, ...input }));
    await go({ to: 'accepted' });
    await go({ to: 'in_progress', note: '联系双方' });
    // 调解中 is entered by opening a mediation (tests/integration/mediation.flow.test.ts), never by hand.
    expect(await a.call('cases:transition', { id: c.id, to: 'mediating' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('人民调解') },
    });
    a.clock.advance(5 * 60_000);
    const closed = await go({ to: 'closed', outcome: 'resolved', result: '双方达成协议，赔偿 800 元' });
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      result: '双方达成协议，赔偿 800 元',
      closedAt: '2026-11-24T09:05',
      deadlineState: 'none',
    });
    const followed = await go({
      to: 'followed_up',
      followUp: { at: '2026-11-24T09:05', method: '电话', note: '协议已履行', satisfaction: 'satisfied' },
    });
    expect(followed).toMatchObject({
      followUpAt: '2026-11-24T09:05',
      followUpMethod: '电话',
      followUpNote: '协议已履行',
      satisfaction: 'satisfied',
    });
    const archived = await go({ to: 'archived' });
    expect(archived.events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'registered'],
      ['transition', 'registered', 'accepted'],
      ['transition', 'accepted', 'in_progress'],
      ['transition', 'in_progress', 'closed'],
      ['transition', 'closed', 'followed_up'],
      ['transition', 'followed_up', 'archived'],
    ]);
    expect(archived.events[2]!.note).toBe('联系双方');
    expect(archived.events[3]!.note).toBe('办结：化解成功');
    expect(await a.auditTotal('cases.transition')).toBe(before + 5);
    // Archived: nothing more may change.
    expect(await a.call('cases:update', { ...caseInput(), id: c.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '案件已归档，不能再修改。' },
    });
  });

  it('refuses a transition the machine does not have, and changes nothing', async () => {
    const c = await a.create();
    const before = await a.auditTotal();
    expect(await a.call('cases:transition', { id: c.id, to: 'archived' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '不能从“登记”转为“归档”。' },
    });
    expect(await a.call('cases:transition', { id: c.id, to: 'followed_up' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '不能从“登记”转为“回访”。' },
    });
    // Closing needs an outcome and a result; suspending a reason.
    expect(await a.call('cases:transition', { id: c.id, to: 'closed' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { outcome: '请选择办结结果', result: '请填写处理结果' } },
    });
    expect(await a.call('cases:transition', { id: c.id, to: 'suspended' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: '请填写中止原因' } },
    });
    expect(await a.auditTotal()).toBe(before);
    expect(snapshotOf(value(await a.call<CaseDetail>('cases:get', { id: c.id })))).toEqual(snapshotOf(c));
  });

  it('suspends with a reason (grey) and clears it on resuming', async () => {
    const c = await a.create();
    const suspended = value(
      await a.call<CaseDetail>('cases:transition', { id: c.id, to: 'suspended', reason: '等待司法鉴定结果' }),
    );
    expect(suspended).toMatchObject({
      status: 'suspended',
      suspendedReason: '等待司法鉴定结果',
      deadlineState: 'grey',
    });
    expect(suspended.events.at(-1)!.note).toBe('中止原因：等待司法鉴定结果');
    const resumed = value(await a.call<CaseDetail>('cases:transition', { id: c.id, to: 'in_progress' }));
    expect(resumed).toMatchObject({ status: 'in_progress', suspendedReason: null });
  });

  it('escalates only a major case, and records when and to whom', async () => {
    const plain = await a.create();
    expect(
      await a.call('cases:escalate', { id: plain.id, at: '2026-11-24T09:00', to: '街道综治中心' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const major = await a.create({ majorReasons: ['group10', 'petition'], difficulty: 'major' });
    // Major ones are due the day they are registered.
    expect(major.deadline).toBe('2026-11-24');
    expect(major.deadlineState).toBe('yellow');
    const escalated = value(
      await a.call<CaseDetail>('cases:escalate', {
        id: major.id,
        at: '2026-11-24T08:30',
        to: '街道综治中心',
        note: '电话报告',
      }),
    );
    expect(escalated).toMatchObject({ escalatedAt: '2026-11-24T08:30', escalatedTo: '街道综治中心' });
    expect(escalated.events.at(-1)).toMatchObject({
      kind: 'escalated',
      note: '2026-11-24 08:30 上报街道综治中心；电话报告',
    });
  });

  it('extends a deadline with its reason, never to an earlier day; an extended deadline survives a change of difficulty', async () => {
    const c = await a.create();
    expect(
      await a.call('cases:extend-deadline', { id: c.id, deadline: '2026-11-26', reason: '当事人外出' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { deadline: '新的办理期限不能早于原期限 2026-11-27' } },
    });
    const extended = value(
      await a.call<CaseDetail>('cases:extend-deadline', {
        id: c.id,
        deadline: '2026-12-04',
        reason: '等待鉴定结果',
      }),
    );
    expect(extended).toMatchObject({ deadline: '2026-12-04', extensionReason: '等待鉴定结果' });
    expect(extended.events.at(-1)).toMatchObject({
      kind: 'deadline-extended',
      note: '办理期限 2026-11-27 → 2026-12-04：等待鉴定结果',
    });
    const updated = value(
      await a.call<CaseDetail>('cases:update', { ...caseInput(), id: c.id, difficulty: 'simple' }),
    );
    expect(updated.deadline).toBe('2026-12-04');
  });

  it('keeps the category dictionary: rename, add, deactivate; never deletes one in use', async () => {
    const before = value(await a.call<Category[]>('cases:categories'));
    expect(before.map((c) => c.label).slice(0, 3)).toEqual(['婚姻家庭纠纷', '邻里纠纷', '房屋宅基地纠纷']);
    const unused = before.find((c) => c.label === '山林土地纠纷')!;
    // Leaving out a category in use (邻里纠纷) is refused.
    expect(
      await a.call('cases:save-categories', { categories: before.filter((c) => c.label !== '邻里纠纷') }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await a.call('cases:save-categories', {
        categories: [...before, { label: '邻里纠纷', active: true }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const next = before
      .filter((c) => c.id !== unused.id)
      .map((c) =>
        c.label === '其他纠纷'
          ? { ...c, label: '其它纠纷' }
          : c.label === '医疗纠纷'
            ? { ...c, active: false }
            : c,
      );
    const saved = value(
      await a.call<Category[]>('cases:save-categories', {
        categories: [...next, { label: '校园纠纷', active: true }],
      }),
    );
    expect(saved.map((c) => c.label)).toContain('其它纠纷');
    expect(saved.map((c) => c.label)).toContain('校园纠纷');
    expect(saved.map((c) => c.label)).not.toContain('山林土地纠纷');
    const medical = saved.find((c) => c.label === '医疗纠纷')!;
    expect(medical.active).toBe(false);
    expect(await a.call('cases:create', caseInput({ categoryId: medical.id }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { categoryId: '该纠纷类型已停用，请选择其他类型' } },
    });
    // Staff may read the dictionary but not change it.
    await a.login(STAFF);
    expect(value(await a.call<Category[]>('cases:categories')).length).toBe(saved.length);
    expect(await a.call('cases:save-categories', { categories: saved })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.asDirector();
  });

  it('offers active directors and staff as handlers', async () => {
    expect(value(await a.call<{ id: number; displayName: string }[]>('cases:staff'))).toEqual([
      { id: 1, displayName: '王主任' },
      { id: a.ids.litingshu, displayName: '李婷姝' },
      { id: a.ids.chenyan, displayName: '陈䶮' },
    ]);
  });

  it('keeps each user’s ledger columns, audited as a write', async () => {
    expect(value(await a.call<ColumnPrefs>('cases:column-prefs'))).toEqual({ hidden: [] });
    const before = await a.auditTotal('cases.save-column-prefs');
    value(await a.call('cases:save-column-prefs', { hidden: ['amount', 'source'] }));
    expect(value(await a.call<ColumnPrefs>('cases:column-prefs'))).toEqual({ hidden: ['amount', 'source'] });
    expect(await a.auditTotal('cases.save-column-prefs')).toBe(before + 1);
    await a.login(STAFF);
    expect(value(await a.call<ColumnPrefs>('cases:column-prefs'))).toEqual({ hidden: [] });
    await a.asDirector();
  });
});
