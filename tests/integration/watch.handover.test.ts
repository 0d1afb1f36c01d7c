import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { countRows, openDirect } from '../support/directDb';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';
import { pdfText } from '../support/pdf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputOf } from '../../shared/api/contract';
import { runCliAt } from '../support/children';

const SECOND = {
  username: 'liuzb',
  displayName: '刘值班',
  role: 'operator',
  password: 'operator-pass-2',
} as const;
const MINUTE = 60_000;

type HandoverInput = InputOf<'watch', 'handover'>;

/** Zhang (signed in, keeping the shift) hands over to Liu; each test changes one thing. */
const form = (over: Partial<HandoverInput> = {}): HandoverInput => ({
  outgoingPassword: OPERATOR.password,
  incomingUsername: SECOND.username,
  incomingPassword: SECOND.password,
  incomingReason: '排班表尚未发布，按值班室惯例轮换',
  equipment: '本班未做设备检查；未修复故障 1 处：D-001 东门枪机离线。',
  instructions: '街道通知：今晚 22:00 前加强东门巡查',
  keys: 3,
  radios: 2,
  media: 1,
  notes: '备用硬盘一块已交档案室',
  ...over,
});

describe('交接班：交班人、接班人各凭本人密码，处置中须主任授权，记录可打印', () => {
  let a: LedgerArchive;
  let eventId: number;
  let dispatchId: number;
  let firstShiftId: number;
  let handoverId: number;

  /** What a refused handover must leave untouched. */
  const state = async () => {
    const db = await openDirect(a.dir);
    try {
      return {
        handovers: countRows(db, 'watch_handovers'),
        shifts: db.prepare('SELECT id, operator_id, closed_at FROM watch_shifts ORDER BY id').all(),
      };
    } finally {
      db.close();
    }
  };
  const sessionUser = async () => {
    const s = value(await a.api.session.status({}));
    return s.state === 'active' ? s.user.username : s.state;
  };

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T19:30:00');
    a.ids[SECOND.username] = (await createAccountInUse(a.call, SECOND)).id;
    const settings = value(await a.api.settings.get({}));
    value(await a.api.settings.update({ ...settings, idleLockMinutes: 240 }));
    const point = value(
      await a.api.cameras.savePoint({
        code: 'D-001',
        name: '东门枪机',
        location: '小区东门',
        kind: 'bullet',
      }),
    );
    await a.login(OPERATOR);
    firstShiftId = value(await a.api.watch.openShift({ reason: '排班表尚未发布' })).id;
    // A camera down since the morning, still not repaired; the evening check finds the picture dim.
    value(
      await a.api.cameras.reportFault({ foundAt: '2026-11-24T10:00', pointId: point.id, symptom: 'offline' }),
    );
    value(await a.api.cameras.saveCheck({ ptz: 'ok', recording: 'ok', clarity: 'fault', note: '3号屏偏暗' }));
    const logged = value(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T19:25',
        pointId: 1,
        category: 'security',
        description: '东门有人翻越围墙',
        action: 'patrol',
        dispatch: { whom: '巡逻队王队长', notifiedAt: '2026-11-24T19:26' },
      }),
    );
    eventId = logged.id;
    dispatchId = logged.dispatches[0]!.id;
    a.clock.advance(20 * MINUTE);
  }, 60_000);
  afterAll(() => a.cleanup());

  it('prefills the record from the shift: equipment, open faults with downtime, open events, blocked while handled', async () => {
    const draft = value(await a.api.watch.handoverDraft({}));
    expect(draft).toMatchObject({
      at: '2026-11-24T19:50',
      check: { ptz: 'ok', recording: 'ok', clarity: 'fault', note: '3号屏偏暗' },
      equipment:
        '本班设备检查：云台正常，录像正常，清晰度异常（3号屏偏暗）；未修复故障 1 处：D-001 东门枪机离线。',
      keys: 0,
      radios: 0,
      media: 0,
      rostered: [],
      blocked: true,
    });
    expect(draft.blockedReason).toContain('有 1 起事件正在处置中');
    expect(draft.openFaults).toMatchObject([
      { pointCode: 'D-001', symptom: 'offline', foundAt: '2026-11-24T10:00', downtimeMinutes: 590 },
    ]);
    expect(draft.openEvents).toMatchObject([
      {
        id: eventId,
        beingHandled: true,
        dispatches: ['巡逻队（巡逻队王队长）2026-11-24 19:26 通知，未反馈'],
      },
    ]);
  });

  it('refuses while an event is being handled, and a wrong password on either side, changing nothing', async () => {
    const before = await state();
    expect(await a.api.watch.handover(form())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { override: '事件处置中，须主任授权方可交接班' } },
    });
    const override = {
      username: DIRECTOR.username,
      password: DIRECTOR.password,
      reason: '巡逻队已到场，结果由接班人跟进',
    };
    expect(await a.api.watch.handover(form({ outgoingPassword: 'not-mine', override }))).toMatchObject({
      ok: false,
      error: {
        code: 'WRONG_PASSWORD',
        message: '交班人密码错误。',
        fields: { outgoingPassword: '密码不正确' },
      },
    });
    expect(await a.api.watch.handover(form({ incomingPassword: OPERATOR.password, override }))).toMatchObject(
      {
        ok: false,
        error: { code: 'WRONG_PASSWORD', message: '接班人密码错误。' },
      },
    );
    expect(await a.api.watch.handover(form({ incomingUsername: 'nobody', override }))).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD', message: '接班人密码错误。' },
    });
    expect(
      await a.api.watch.handover(form({ override: { ...override, password: 'guess-1' } })),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', message: '主任密码错误，未能授权。' } });
    expect(
      await a.api.watch.handover(
        form({ override: { ...override, username: STAFF.username, password: STAFF.password } }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有主任可以授权交接班。' } });
    expect(await state()).toEqual(before);
    expect(await sessionUser()).toBe(OPERATOR.username);
  });

  it('refuses an incoming who may not keep the watch, or oneself', async () => {
    const override = { username: DIRECTOR.username, password: DIRECTOR.password, reason: '测试' };
    expect(
      await a.api.watch.handover(
        form({ incomingUsername: STAFF.username, incomingPassword: STAFF.password, override }),
      ),
    ).toMatchObject({ ok: false, error: { fields: { incomingUsername: '接班人须是值班员或主任' } } });
    expect(
      await a.api.watch.handover(
        form({ incomingUsername: OPERATOR.username, incomingPassword: OPERATOR.password, override }),
      ),
    ).toMatchObject({ ok: false, error: { fields: { incomingUsername: '接班人不能是交班人本人' } } });
    expect(await a.api.watch.handover(form({ incomingReason: undefined, override }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { incomingReason: '排班表上刘值班不当此班，须填写接班原因' } },
    });
  });

  it("hands over with the director's override: old shift closed, new one open, snapshot kept, session is the incoming's", async () => {
    const done = value(
      await a.api.watch.handover(
        form({
          override: {
            username: DIRECTOR.username,
            password: DIRECTOR.password,
            reason: '巡逻队已到场，结果由接班人跟进',
          },
        }),
      ),
    );
    handoverId = done.handover.id;
    expect(done.handover).toMatchObject({
      outgoingName: '张志斌',
      incomingName: '刘值班',
      fromShiftId: firstShiftId,
      outgoingConfirmedAt: '2026-11-24T19:50',
      incomingConfirmedAt: '2026-11-24T19:50',
      overrideBy: '王主任',
      overrideReason: '巡逻队已到场，结果由接班人跟进',
      keys: 3,
      radios: 2,
      media: 1,
      instructions: '街道通知：今晚 22:00 前加强东门巡查',
    });
    expect(done.handover.openFaults).toMatchObject([{ pointCode: 'D-001', downtimeMinutes: 590 }]);
    expect(done.handover.openEvents).toMatchObject([{ id: eventId, beingHandled: true }]);
    expect(done.session).toMatchObject({ state: 'active', user: { username: SECOND.username } });
    expect(await sessionUser()).toBe(SECOND.username);

    const now = value(await a.api.watch.now({}));
    expect(now.shift).toMatchObject({
      id: done.handover.toShiftId,
      operatorName: '刘值班',
      rostered: false,
      offRosterReason: '排班表尚未发布，按值班室惯例轮换',
      openedAt: '2026-11-24T19:50',
    });
    // The event carries over; the incoming operator records its result in their own shift.
    value(
      await a.api.watch.recordReport({
        dispatchId,
        reportedAt: '2026-11-24T19:50',
        report: '翻墙者系住户，已核实',
      }),
    );
    value(await a.api.watch.closeEvent({ id: eventId, result: '住户忘带门卡，已核实身份' }));
  });

  it('prints the record (A4) with both names, the snapshot, the counts and the override', async () => {
    const file = value(await a.api.watch.printHandover({ id: handoverId }));
    expect(file.fileName).toBe('交接班记录-2026-11-24-张志斌-刘值班.pdf');
    const text = await pdfText(Buffer.from(file.base64, 'base64'));
    for (const s of [
      '交接班记录',
      '张志斌',
      '刘值班',
      '2026-11-2419:50凭本人密码确认',
      'D-001东门枪机',
      '离线',
      '9小时50分',
      '东门有人翻越围墙',
      '处置中',
      '街道通知：今晚22:00前加强东门巡查',
      '钥匙3把，对讲机2台，存储介质1件',
      '备用硬盘一块已交档案室',
      '经主任王主任授权',
      '巡逻队已到场，结果由接班人跟进',
    ])
      expect(text).toContain(s);
  });

  it('hands back without override once nothing is being handled; the counts default from the last; 本班无异常', async () => {
    // Twelve hours on, a call every three so the idle lock (240 min) stays off (the duty screen's
    // refresh, watch.now, is not activity: it must not keep an idle session awake).
    for (let i = 0; i < 4; i++) {
      a.clock.advance(180 * MINUTE);
      value(await a.api.watch.settings({}));
    }
    const draft = value(await a.api.watch.handoverDraft({}));
    expect(draft).toMatchObject({ blocked: false, blockedReason: null, keys: 3, radios: 2, media: 1 });
    const back = value(
      await a.api.watch.handover({
        outgoingPassword: SECOND.password,
        incomingUsername: OPERATOR.username,
        incomingPassword: OPERATOR.password,
        incomingReason: '白班轮换',
        equipment: draft.equipment,
        keys: draft.keys,
        radios: draft.radios,
        media: draft.media,
      }),
    );
    expect(back.handover).toMatchObject({ overrideBy: null, instructions: '', notes: null, openEvents: [] });
    expect(back.session).toMatchObject({ user: { username: OPERATOR.username } });
    const list = value(await a.api.watch.handovers({ page: 0, pageSize: 10 }));
    expect(list.total).toBe(2);
    expect(list.rows.map((h) => `${h.outgoingName}→${h.incomingName}`)).toEqual([
      '刘值班→张志斌',
      '张志斌→刘值班',
    ]);
    const db = await openDirect(a.dir);
    const closing = db
      .prepare('SELECT closing_note FROM watch_shifts WHERE id = ?')
      .get(back.handover.fromShiftId) as { closing_note: string };
    db.close();
    // Liu's shift only closed an event another shift logged: nothing was logged in it.
    expect(closing.closing_note).toBe('本班无异常');
  });

  it('lets staff read and print the record but not hand over; audits the handover and the wrong passwords', async () => {
    await a.login(STAFF);
    expect(value(await a.api.watch.handovers({ page: 0, pageSize: 10 })).total).toBe(2);
    expect((await a.api.watch.printHandover({ id: handoverId })).ok).toBe(true);
    expect(await a.api.watch.handoverDraft({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await a.api.watch.handover(form())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await a.login(SECOND);
    // Liu no longer keeps the shift: the draft names who does.
    expect(await a.api.watch.handoverDraft({})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '当前值班员是张志斌，请由其记录，或先交接班。' },
    });
    await a.asDirector();
    expect(await a.auditTotal('watch.handover')).toBe(2);
    // Every wrong password typed at the handover counted as a failed sign-in, written in at the commit.
    expect(await a.auditTotal('session.unlock-failed')).toBe(1);
    expect(await a.auditTotal('session.login-failed')).toBe(3);
  });

  it('prints the record from the command line (print handover --id N), as the account whose password is given', async () => {
    // The command line opens the archive itself: the app's core lets go of it first.
    await a.core.shutdown();
    const out = join(a.dir, `handover-${handoverId}.pdf`);
    const run = await runCliAt(
      '2026-11-25T08:00:00',
      [
        'print',
        'handover',
        '--id',
        String(handoverId),
        '--out',
        out,
        '--dir',
        a.dir,
        '--password-stdin',
        '--user',
        STAFF.username,
      ],
      `${STAFF.password}\n`,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`已打印交接班记录（编号 ${handoverId}）`);
    const text = await pdfText(readFileSync(out));
    expect(text).toContain('交接班记录');
    expect(text).toContain('巡逻队已到场，结果由接班人跟进');
  }, 60_000);
});
