import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import type { AuditPage } from '../../shared/audit/schemas';
import { value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';

const SECOND = { username: 'liuzb', displayName: '刘值班', role: 'operator', password: 'operator-pass-2' };

/** A dispute seen on camera, logged without a point (the points register is kept elsewhere). */
const SEEN = {
  occurredAt: '2026-11-24T08:10',
  pointId: null,
  category: 'dispute',
  description: '小区南门两住户因停车位争吵，有推搡',
  action: 'grid',
  dispatch: { whom: '网格员李明', notifiedAt: '2026-11-24T08:12' },
} as const;

describe('值班记录转入台账，以及值班日志的角色', () => {
  let a: LedgerArchive;
  let eventId: number;

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T08:30:00');
    a.ids[SECOND.username] = (await createAccountInUse(a.call, SECOND)).id;
    await a.login(OPERATOR);
    value(await a.api.watch.openShift({ reason: '排班表尚未发布' }));
    eventId = value(await a.api.watch.logEvent(SEEN)).id;
  }, 60_000);
  afterAll(() => a.cleanup());

  it('asks for the place when the event has no point, and refuses a placeholder-free empty party list', async () => {
    const base = { eventId, categoryId: 2, difficulty: 'general', risk: 'low' } as const;
    expect(await a.api.watch.toCase({ ...base, partyNames: ['赵某'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { place: '这条记录没有点位，请填写发生地点' } },
    });
    expect(await a.api.watch.toCase({ ...base, place: '小区南门', partyNames: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { partyNames: '至少登记一名当事人' } },
    });
    expect(
      await a.api.watch.toCase({ ...base, place: '小区南门', partyNames: ['赵某'], categoryId: 999 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { categoryId: '纠纷类型不存在' } } });
    // Nothing was made by the refusals.
    expect(value(await a.api.watch.event({ id: eventId })).caseId).toBeNull();
  });

  it('staff read the log but may not turn an event into a case; another operator may not while not on duty', async () => {
    await a.login(STAFF);
    expect(value(await a.api.watch.now({})).shiftEvents.map((e) => e.id)).toEqual([eventId]);
    const input: InputOf<'watch', 'toCase'> = {
      eventId,
      categoryId: 2,
      place: '小区南门',
      partyNames: ['赵某'],
      difficulty: 'general',
      risk: 'low',
    };
    expect(await a.api.watch.toCase(input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await a.api.watch.openShift({ reason: '顶班' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.login(SECOND);
    expect(await a.api.watch.toCase(input)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '当前值班员是张志斌，请由其办理，或先交接班。' },
    });
    // An operator may not read the ledger, nor the case-source link meant for the case record.
    expect(await a.api.watch.eventOfCase({ caseId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('turns the event into a case of source 视频监控发现, linked both ways, once only, audited', async () => {
    await a.login(OPERATOR);
    const linked = value(
      await a.api.watch.toCase({
        eventId,
        categoryId: 2,
        place: '小区南门',
        partyNames: ['赵建国', '钱立新'],
        difficulty: 'general',
        risk: 'medium',
      }),
    );
    expect(linked.caseId).not.toBeNull();
    expect(linked.caseCode).toMatch(/^2026-\d{6}$/);
    expect(
      await a.api.watch.toCase({
        eventId,
        categoryId: 2,
        place: '小区南门',
        partyNames: ['赵建国'],
        difficulty: 'general',
        risk: 'low',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `这条值班记录已转入台账（案件 ${linked.caseCode}），不能重复转入。`,
      },
    });

    await a.login(STAFF);
    const c = value(await a.api.cases.get({ id: linked.caseId! }));
    expect(c).toMatchObject({
      code: linked.caseCode,
      source: 'video',
      registeredAt: SEEN.occurredAt,
      occurredAt: SEEN.occurredAt,
      place: '小区南门',
      summary: SEEN.description,
      difficulty: 'general',
      risk: 'medium',
      firstContactName: OPERATOR.displayName,
      partyNames: '赵建国、钱立新',
    });
    expect(value(await a.api.watch.eventOfCase({ caseId: c.id }))).toEqual({
      eventId,
      occurredAt: SEEN.occurredAt,
      category: 'dispute',
      pointCode: null,
      pointName: null,
      recordedBy: OPERATOR.displayName,
    });
    // The ledger's own list finds it under its source.
    const page = value(await a.api.cases.list({ page: 0, pageSize: 10, source: 'video' }));
    expect(page.rows.map((r) => r.code)).toEqual([linked.caseCode]);
    // A case not from the watch has no source event.
    const other = await a.create();
    expect(value(await a.api.watch.eventOfCase({ caseId: other.id }))).toBeNull();

    await a.asDirector();
    const trail = value(
      await a.call<AuditPage>('audit:list', { page: 0, pageSize: 50, action: 'watch.to-case' }),
    );
    expect(trail.rows.map((r) => r.summary)).toEqual([
      `值班记录 #${eventId} 转入台账：案件 ${linked.caseCode}`,
    ]);
    expect(trail.rows[0]).toMatchObject({ actorName: OPERATOR.displayName });
    expect(await a.auditTotal('cases.create')).toBe(2);
  });

  it('lets the director act at the desk: log into the operator’s shift and turn an event into a case', async () => {
    await a.asDirector();
    const e = value(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:20',
        pointId: null,
        category: 'dispute',
        description: '商铺与顾客争执退款',
        action: 'track',
      }),
    );
    const linked = value(
      await a.api.watch.toCase({
        eventId: e.id,
        categoryId: 2,
        place: '临街商铺',
        partyNames: ['孙某'],
        difficulty: 'simple',
        risk: 'low',
      }),
    );
    expect(linked.caseCode).not.toBeNull();
    // With the shift closed the director may still act; an operator may not.
    await a.login(OPERATOR);
    value(await a.api.watch.closeShift({}));
    const later = value(
      await a.api.watch.events({ page: 0, pageSize: 10, status: 'open', category: 'dispute' }),
    ).rows.filter((r) => r.caseId === null);
    expect(later).toEqual([]);
    expect(
      await a.api.watch.toCase({
        eventId: e.id,
        categoryId: 2,
        place: '临街商铺',
        partyNames: ['孙某'],
        difficulty: 'simple',
        risk: 'low',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '现在没有人接班，请先接班再转入台账。' },
    });
  });

  it('does not keep an idle session awake by the duty screen polling watch.now', async () => {
    await a.login(STAFF);
    a.clock.advance(6 * 60_000);
    value(await a.api.watch.now({}));
    a.clock.advance(5 * 60_000);
    expect(await a.api.watch.now({})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
