import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CameraPoint } from '../../shared/cameras/schemas';
import { openFaults } from '../../electron/core/features/cameras/cameras.faults';
import { value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { createAccountInUse } from '../support/accounts';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';

const SECOND = { username: 'liuzb', displayName: '刘值班', role: 'operator', password: 'operator-pass-2' };
const MINUTE = 60_000;

describe('点位与设备：点位、设备故障、班次检查、在线率', () => {
  let a: LedgerArchive;
  const points: Record<string, CameraPoint> = {};

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T08:05:00');
    a.ids[SECOND.username] = (await createAccountInUse(a.call, SECOND)).id;
    // The clock jumps hours at a time here: past the default idle lock.
    const settings = value(await a.api.settings.get({}));
    value(await a.api.settings.update({ ...settings, idleLockMinutes: 240 }));
  }, 60_000);
  afterAll(() => a.cleanup());

  it('lets only the director add, edit and retire points, with 编号 unique', async () => {
    for (const [code, name, kind] of [
      ['JK-001', '东门', 'ptz'],
      ['JK-002', '北门', 'dome'],
      ['JK-003', '旧车棚', 'bullet'],
    ] as const)
      points[code] = value(
        await a.api.cameras.savePoint({ code, name, location: `锦绣花园${name}`, grid: '第一网格', kind }),
      );
    expect(points['JK-001']).toMatchObject({ state: 'ok', openFaults: 0, retired: false, kind: 'ptz' });
    expect(
      await a.api.cameras.savePoint({ code: 'JK-001', name: '重复', location: '某处', kind: 'dome' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { code: '该编号已被其他点位使用' } } });
    const edited = value(
      await a.api.cameras.savePoint({
        id: points['JK-002']!.id,
        code: 'JK-002',
        name: '北门岗亭',
        location: '锦绣花园北门岗亭',
        kind: 'dome',
        note: '夜间补光',
      }),
    );
    expect(edited).toMatchObject({ name: '北门岗亭', grid: '', note: '夜间补光' });

    expect(
      await a.api.cameras.retirePoint({ id: points['JK-003']!.id, retiredOn: '2026-11-25' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { retiredOn: '停用日期不能晚于今天' } },
    });
    const retired = value(
      await a.api.cameras.retirePoint({ id: points['JK-003']!.id, retiredOn: '2026-11-24' }),
    );
    expect(retired).toMatchObject({ retired: true, retiredOn: '2026-11-24' });
    expect(
      await a.api.cameras.retirePoint({ id: points['JK-003']!.id, retiredOn: '2026-11-24' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(value(await a.api.cameras.points({})).map((p) => p.code)).toEqual(['JK-001', 'JK-002']);
    expect(value(await a.api.cameras.points({ includeRetired: true })).map((p) => p.code)).toEqual([
      'JK-001',
      'JK-002',
      'JK-003',
    ]);

    for (const who of [STAFF, OPERATOR]) {
      await a.login(who);
      expect(value(await a.api.cameras.points({}))).toHaveLength(2);
      expect(
        await a.api.cameras.savePoint({ code: 'JK-009', name: '南门', location: '南门', kind: 'dome' }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(
        await a.api.cameras.retirePoint({ id: points['JK-001']!.id, retiredOn: '2026-11-24' }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a retired point for a new fault and for the duty log', async () => {
    await a.login(OPERATOR);
    const shift = value(await a.api.watch.openShift({ reason: '排班表尚未发布' }));
    const retiredId = points['JK-003']!.id;
    expect(
      await a.api.cameras.reportFault({ foundAt: '2026-11-24T08:00', pointId: retiredId, symptom: 'black' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { pointId: '该点位已停用' } } });
    expect(
      await a.api.watch.logEvent({
        occurredAt: '2026-11-24T08:00',
        pointId: retiredId,
        category: 'security',
        description: '车棚有人逗留',
        action: 'track',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { pointId: '该点位已停用' } } });
    expect(value(await a.api.watch.events({ page: 0, pageSize: 10 })).total).toBe(0);
    expect(value(await a.api.watch.now({})).shift?.id).toBe(shift.id);
  });

  it('records a fault whose downtime grows with the clock until it is repaired', async () => {
    const shift = value(await a.api.watch.now({})).shift!;
    const east = points['JK-001']!.id;
    expect(
      await a.api.cameras.reportFault({ foundAt: '2026-11-24T08:30', pointId: east, symptom: 'offline' }),
    ).toMatchObject({ ok: false, error: { fields: { foundAt: '发现时间不能晚于现在' } } });
    expect(
      await a.api.cameras.reportFault({ foundAt: '2026-11-24T08:00', pointId: null, symptom: 'offline' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { device: expect.any(String) } } });
    const fault = value(
      await a.api.cameras.reportFault({
        foundAt: '2026-11-24T07:50',
        pointId: east,
        symptom: 'offline',
        detail: '画面中断，设备无响应',
      }),
    );
    expect(fault).toMatchObject({
      pointCode: 'JK-001',
      foundBy: OPERATOR.displayName,
      createdBy: OPERATOR.displayName,
      shiftId: shift.id,
      repairedAt: null,
      downtimeMinutes: 15,
    });
    const recorder = value(
      await a.api.cameras.reportFault({
        foundAt: '2026-11-24T08:01',
        pointId: null,
        device: '录像机',
        symptom: 'norecord',
        foundBy: '巡查员李师傅',
      }),
    );
    expect(recorder).toMatchObject({ pointId: null, device: '录像机', foundBy: '巡查员李师傅' });
    expect(value(await a.api.cameras.points({})).find((p) => p.id === east)).toMatchObject({
      state: 'fault',
      openFaults: 1,
    });

    a.clock.advance(60 * MINUTE);
    const open = value(await a.api.cameras.faults({ status: 'open', page: 0, pageSize: 50 }));
    expect(open.rows.map((f) => [f.id, f.downtimeMinutes])).toEqual([
      [recorder.id, 64],
      [fault.id, 75],
    ]);
    // The handover's helper reads the same list straight from the archive, oldest first.
    const direct = await openDirect(a.dir);
    try {
      expect(openFaults(direct, '2026-11-24T09:05')).toEqual([...open.rows].reverse());
    } finally {
      direct.close();
    }

    // Staff read the log but record nothing.
    await a.login(STAFF);
    expect(value(await a.api.cameras.faults({ status: 'all', page: 0, pageSize: 50 })).total).toBe(2);
    expect(
      await a.api.cameras.reportFault({ foundAt: '2026-11-24T09:00', pointId: east, symptom: 'black' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await a.api.cameras.updateFault({ id: fault.id, repairedAt: '2026-11-24T09:00', result: '重启' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await a.login(OPERATOR);
    expect(
      await a.api.cameras.updateFault({ id: fault.id, repairedAt: '2026-11-24T07:40', result: '重启' }),
    ).toMatchObject({ ok: false, error: { fields: { repairedAt: '修复时间不能早于发现时间' } } });
    expect(
      await a.api.cameras.updateFault({ id: fault.id, repairedAt: '2026-11-24T10:00', result: '重启' }),
    ).toMatchObject({ ok: false, error: { fields: { repairedAt: '修复时间不能晚于现在' } } });
    expect(await a.api.cameras.updateFault({ id: fault.id, reportedAt: '2026-11-24T08:10' })).toMatchObject({
      ok: false,
      error: { fields: { reportedTo: '请填写报修对象' } },
    });
    expect(await a.api.cameras.retirePoint({ id: east, retiredOn: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const reported = value(
      await a.api.cameras.updateFault({
        id: fault.id,
        reportedAt: '2026-11-24T08:10',
        reportedTo: '维保公司',
      }),
    );
    expect(reported).toMatchObject({ reportedTo: '维保公司', repairedAt: null, downtimeMinutes: 75 });
    const repaired = value(
      await a.api.cameras.updateFault({
        id: fault.id,
        reportedAt: '2026-11-24T08:10',
        reportedTo: '维保公司',
        repairer: '王师傅',
        repairedAt: '2026-11-24T08:50',
        result: '更换电源适配器',
      }),
    );
    expect(repaired).toMatchObject({
      repairer: '王师傅',
      repairedAt: '2026-11-24T08:50',
      downtimeMinutes: 60,
    });
    a.clock.advance(30 * MINUTE);
    expect(
      value(await a.api.cameras.faults({ status: 'all', pointId: east, page: 0, pageSize: 50 })).rows,
    ).toEqual([expect.objectContaining({ id: fault.id, downtimeMinutes: 60 })]);
    expect(
      await a.api.cameras.updateFault({
        id: fault.id,
        reportedAt: '2026-11-24T08:10',
        reportedTo: '维保公司',
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { repairedAt: expect.stringContaining('不能改回未修复') } },
    });
    expect(
      value(await a.api.cameras.faults({ status: 'open', page: 0, pageSize: 50 })).rows.map((f) => f.id),
    ).toEqual([recorder.id]);
    expect(value(await a.api.cameras.points({})).find((p) => p.id === east)).toMatchObject({ state: 'ok' });
  });

  it('keeps one equipment check per shift, editable while the shift is open', async () => {
    const shift = value(await a.api.watch.now({})).shift!;
    expect(value(await a.api.cameras.checkOf({ shiftId: shift.id }))).toBeNull();
    const first = value(
      await a.api.cameras.saveCheck({ ptz: 'ok', recording: 'ok', clarity: 'fault', note: '北门发虚' }),
    );
    expect(first).toMatchObject({ shiftId: shift.id, clarity: 'fault', checkedBy: OPERATOR.displayName });
    a.clock.advance(10 * MINUTE);
    const again = value(await a.api.cameras.saveCheck({ ptz: 'ok', recording: 'ok', clarity: 'ok' }));
    expect(again).toMatchObject({
      shiftId: shift.id,
      clarity: 'ok',
      note: null,
      checkedAt: '2026-11-24T09:45',
    });
    expect(value(await a.api.cameras.checkOf({ shiftId: shift.id }))).toEqual(again);

    await a.login(SECOND);
    expect(await a.api.cameras.saveCheck({ ptz: 'fault', recording: 'ok', clarity: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.login(STAFF);
    expect(await a.api.cameras.saveCheck({ ptz: 'fault', recording: 'ok', clarity: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(value(await a.api.cameras.checkOf({ shiftId: shift.id }))).toEqual(again);

    await a.login(OPERATOR);
    value(await a.api.watch.closeShift({}));
    expect(await a.api.cameras.saveCheck({ ptz: 'ok', recording: 'ok', clarity: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // A fault found with no shift open is recorded all the same, linked to none.
    const loose = value(
      await a.api.cameras.reportFault({
        foundAt: '2026-11-24T09:40',
        pointId: null,
        device: '大屏',
        symptom: 'black',
      }),
    );
    expect(loose.shiftId).toBeNull();
    value(
      await a.api.cameras.updateFault({ id: loose.id, repairedAt: '2026-11-24T09:45', result: '重新插线' }),
    );
    expect(value(await a.api.cameras.checkOf({ shiftId: shift.id }))).toEqual(again);
  });

  it('counts a month’s downtime per point once for overlapping faults, a fault across the month’s start in both', async () => {
    const north = points['JK-002']!.id;
    const spans = [
      ['2026-10-31T22:00', '2026-11-01T02:00'],
      ['2026-11-10T10:00', '2026-11-10T12:00'],
      ['2026-11-10T11:00', '2026-11-10T13:00'],
    ] as const;
    for (const [foundAt, repairedAt] of spans) {
      const f = value(await a.api.cameras.reportFault({ foundAt, pointId: north, symptom: 'offline' }));
      value(await a.api.cameras.updateFault({ id: f.id, repairedAt, result: '恢复供电' }));
    }
    const elapsedNov = (24 - 1) * 1440 + 9 * 60 + 45;
    expect(value(await a.api.watch.now({})).shift).toBeNull();
    const nov = value(await a.api.cameras.availability({ month: '2026-11' }));
    expect(nov.elapsedMinutes).toBe(elapsedNov);
    expect(nov.points.map((p) => [p.code, p.downMinutes, p.faultCount])).toEqual([
      ['JK-001', 60, 1],
      ['JK-002', 120 + 180, 3],
      // Retired on the 24th: counted up to that day's start, never down.
      ['JK-003', 0, 0],
    ]);
    expect(nov.points[1]!.availability).toBeCloseTo(1 - 300 / elapsedNov, 10);
    expect(nov.points[2]).toMatchObject({ retired: true, availability: 1 });
    expect(nov.total).toMatchObject({ downMinutes: 360, faultCount: 4, deviceFaultCount: 2 });
    expect(nov.total.availability).toBeCloseTo((1 - 60 / elapsedNov + 1 - 300 / elapsedNov + 1) / 3, 10);

    const oct = value(await a.api.cameras.availability({ month: '2026-10' }));
    expect(oct.elapsedMinutes).toBe(31 * 1440);
    expect(oct.points.find((p) => p.code === 'JK-002')).toMatchObject({ downMinutes: 120, faultCount: 1 });
    expect(oct.points[1]!.availability).toBeCloseTo(1 - 120 / (31 * 1440), 10);
    expect(oct.total.deviceFaultCount).toBe(0);

    // A month not begun: nothing elapsed, every point up; the retired point is gone from it.
    const dec = value(await a.api.cameras.availability({ month: '2026-12' }));
    expect(dec).toMatchObject({ elapsedMinutes: 0, total: { downMinutes: 0, availability: 1 } });
    expect(dec.points.map((p) => p.code)).toEqual(['JK-001', 'JK-002']);

    // The fault list by month finds the one found in October.
    expect(
      value(await a.api.cameras.faults({ status: 'all', month: '2026-10', page: 0, pageSize: 50 })).rows.map(
        (f) => f.foundAt,
      ),
    ).toEqual(['2026-10-31T22:00']);
  });

  it('audits every write', async () => {
    await a.asDirector();
    expect(await a.auditTotal('cameras.save-point')).toBe(4);
    expect(await a.auditTotal('cameras.retire-point')).toBe(1);
    expect(await a.auditTotal('cameras.report-fault')).toBe(6);
    expect(await a.auditTotal('cameras.update-fault')).toBe(6);
    expect(await a.auditTotal('cameras.save-check')).toBe(2);
  });
});
