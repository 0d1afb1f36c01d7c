import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';

const SECOND = { username: 'liuzb', displayName: '刘值班', role: 'operator', password: 'operator-pass-2' };
const MINUTE = 60_000;

describe('值班日志：接班、记录、派遣督办、办结与交班', () => {
  let a: LedgerArchive;

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T08:05:00');
    a.ids[SECOND.username] = (await createAccountInUse(a.call, SECOND)).id;
    // The watch's test clock jumps half an hour at a time: past the default idle lock.
    const settings = value(await a.api.settings.get({}));
    value(await a.api.settings.update({ ...settings, idleLockMinutes: 240 }));
  }, 60_000);
  afterAll(() => a.cleanup());

  it('asks whoever is not on the published roster for a reason, and keeps it', async () => {
    await a.login(OPERATOR);
    expect(await a.api.watch.openShift({})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: '现在没有已发布的排班，接班须填写原因。' } },
    });
    const shift = value(await a.api.watch.openShift({ reason: '排班表尚未发布，按惯例接早班' }));
    expect(shift).toMatchObject({
      operatorName: OPERATOR.displayName,
      rostered: false,
      offRosterReason: '排班表尚未发布，按惯例接早班',
      openedAt: '2026-11-24T08:05',
      closedAt: null,
    });
    expect(await a.api.watch.openShift({ reason: '再接一次' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('logs an event with its dispatch, turns it red when no report comes back in time, until it is closed', async () => {
    const logged = value(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:04',
        pointId: null,
        category: 'security',
        description: '3号楼下有人撬电动车锁',
        action: 'patrol',
        dispatch: { whom: '巡逻队王队长', notifiedAt: '2026-11-24T08:05' },
      }),
    );
    expect(logged).toMatchObject({
      status: 'open',
      overdue: false,
      beingHandled: true,
      recordedBy: '张志斌',
    });
    expect(logged.dispatches).toMatchObject([
      { target: 'patrol', whom: '巡逻队王队长', dueAt: '2026-11-24T08:35', state: 'waiting' },
    ]);

    a.clock.advance(29 * MINUTE);
    expect(value(await a.api.watch.now({})).overdueCount).toBe(0);
    a.clock.advance(2 * MINUTE);
    const late = value(await a.api.watch.now({}));
    expect(late.overdueCount).toBe(1);
    expect(late.openEvents[0]).toMatchObject({
      id: logged.id,
      overdue: true,
      dispatches: [{ state: 'late' }],
    });

    // The patrol arrives late: recorded, still red until the event is closed.
    const arrived = value(
      await a.api.watch.recordReport({ dispatchId: logged.dispatches[0]!.id, arrivedAt: '2026-11-24T08:38' }),
    );
    expect(arrived).toMatchObject({
      overdue: true,
      beingHandled: true,
      dispatches: [{ state: 'answeredLate' }],
    });
    const reported = value(
      await a.api.watch.recordReport({
        dispatchId: logged.dispatches[0]!.id,
        reportedAt: '2026-11-24T08:40',
        report: '已将嫌疑人带离，移交派出所',
      }),
    );
    expect(reported).toMatchObject({ beingHandled: false, overdue: true });
    const closed = value(await a.api.watch.closeEvent({ id: logged.id, result: '移交派出所处理' }));
    expect(closed).toMatchObject({
      status: 'closed',
      overdue: false,
      closedBy: '张志斌',
      result: '移交派出所处理',
    });
    expect(value(await a.api.watch.now({}))).toMatchObject({ overdueCount: 0, openEvents: [] });
  });

  it('refuses times in the future, a notice before the event, and a closed event being changed', async () => {
    expect(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T10:00',
        pointId: null,
        category: 'traffic',
        description: '路口拥堵',
        action: 'track',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { occurredAt: '时间不能晚于现在' } } });
    expect(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:30',
        pointId: null,
        category: 'fire',
        description: '楼道冒烟',
        action: 'police',
        dispatch: { whom: '110 指挥中心', notifiedAt: '2026-11-24T08:20' },
      }),
    ).toMatchObject({ ok: false, error: { fields: { 'dispatch.notifiedAt': '通知时间不能早于事件时间' } } });
    expect(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:30',
        pointId: null,
        category: 'fire',
        description: '楼道冒烟',
        action: 'police',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const page = value(await a.api.watch.events({ page: 0, pageSize: 10 }));
    expect(page.total).toBe(1);
    expect(
      await a.api.watch.updateEvent({
        id: page.rows[0]!.id,
        pointId: null,
        category: 'other',
        description: '改',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lets only the operator keeping the shift log; staff read', async () => {
    await a.login(SECOND);
    expect(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:30',
        pointId: null,
        category: 'other',
        description: '测试',
        action: 'track',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '当前值班员是张志斌，请由其记录，或先交接班。' },
    });
    await a.login(STAFF);
    expect(value(await a.api.watch.now({})).shift).toMatchObject({ operatorName: '张志斌' });
    expect(await a.api.watch.closeShift({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('closes a shift that logged nothing with 本班无异常, and an event stays open across shifts', async () => {
    await a.login(OPERATOR);
    const open = value(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:34',
        pointId: null,
        category: 'dispute',
        description: '菜市场摊位争执',
        action: 'track',
      }),
    );
    const first = value(await a.api.watch.closeShift({ note: '设备正常' }));
    expect(first.closingNote).toBe('本班记录事件 2 起，未结 1 起。设备正常');
    await a.login(SECOND);
    const second = value(await a.api.watch.openShift({ reason: '临时顶班' }));
    const now = value(await a.api.watch.now({}));
    expect(now.openEvents.map((e) => e.id)).toEqual([open.id]);
    expect(now.shiftEvents).toEqual([]);
    value(await a.api.watch.closeEvent({ id: open.id, result: '双方已散去' }));
    const closed = value(await a.api.watch.closeShift({}));
    expect(closed).toMatchObject({ id: second.id, closingNote: '本班无异常' });
  });

  it('audits every write of the watch', async () => {
    await a.asDirector();
    for (const action of [
      'watch.open-shift',
      'watch.log-event',
      'watch.record-report',
      'watch.close-event',
      'watch.close-shift',
    ])
      expect(await a.auditTotal(action)).toBeGreaterThan(0);
  });
});
