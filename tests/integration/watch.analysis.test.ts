import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';
import { pdfPages, pdfText, squash } from '../support/pdf';
import { section, sheetRows } from '../support/workbook';
import { addFootagePoints, footageRequest } from '../support/footage';

const SECOND = { username: 'liuzb', displayName: '刘值班', role: 'operator', password: 'operator-pass-2' };
const ARCHIVIST = {
  username: 'zhaoda',
  displayName: '赵档案',
  role: 'archivist',
  password: 'archivist-pass-1',
};

type Who = { username: string; password: string };

/**
 * 分析汇总 of November 2026 on a real archive and the test clock, every figure
 * against numbers worked out by hand from the watch kept below; then the
 * month's duty log printed and read back, and filed into the catalogue once.
 *
 * The watch: one October shift with one event (outside the month); in
 * November shift A (Mon 2 Nov, 张志斌) logs E1–E4, shift B (Tue 3 Nov night,
 * 刘值班) logs nothing, shift C (Sun 8 Nov, 张志斌) logs E5–E6. Dispatches:
 * E1 patrol answered in 13 min, E3 grid answered late in 45 min, E4 police
 * never answered (late), E5 patrol answered in 19 min. E2, E4, E5 and E6 stay open.
 */
describe('视频监控值班：分析汇总、值班记录打印与归档', () => {
  let a: LedgerArchive;
  let current: Who;

  const as = async (who: Who) => {
    await a.login(who);
    current = who;
  };
  /** Time passes: the idle lock may have fired meanwhile, and whoever was signed in unlocks. */
  const travel = async (iso: string) => {
    a.clock.set(iso);
    if (value(await a.api.session.status({})).state === 'locked')
      value(await a.api.session.unlock({ password: current.password }));
  };
  const log = async (
    occurredAt: string,
    category: 'security' | 'traffic' | 'fire' | 'dispute' | 'other',
    description: string,
    dispatch?: { action: 'patrol' | 'grid' | 'police'; whom: string; notifiedAt: string },
  ) =>
    value(
      await a.api.watch.logEvent({
        occurredAt,
        pointId: null,
        category,
        description,
        action: dispatch?.action ?? 'track',
        ...(dispatch ? { dispatch: { whom: dispatch.whom, notifiedAt: dispatch.notifiedAt } } : {}),
      }),
    );

  beforeAll(async () => {
    a = await ledgerArchive('2026-10-31T23:00:00');
    a.ids[SECOND.username] = (await createAccountInUse(a.call, SECOND)).id;
    a.ids[ARCHIVIST.username] = (await createAccountInUse(a.call, ARCHIVIST)).id;
    const settings = value(await a.api.settings.get({}));
    value(await a.api.settings.update({ ...settings, idleLockMinutes: 240 }));

    // October: outside the month counted.
    await as(OPERATOR);
    value(await a.api.watch.openShift({ reason: '排班表尚未发布' }));
    await travel('2026-10-31T23:40:00');
    const october = await log('2026-10-31T23:30', 'security', '十月最后一晚的巡查');
    value(await a.api.watch.closeEvent({ id: october.id, result: '无异常' }));
    value(await a.api.watch.closeShift({}));

    // Shift A, Monday 2 November.
    await travel('2026-11-02T08:00:00');
    value(await a.api.watch.openShift({ reason: '排班表尚未发布，按惯例接早班' }));
    await travel('2026-11-02T08:30:00');
    const e1 = await log('2026-11-02T08:10', 'security', '3号楼下有人撬电动车锁', {
      action: 'patrol',
      whom: '巡逻队王队长',
      notifiedAt: '2026-11-02T08:12',
    });
    value(
      await a.api.watch.recordReport({ dispatchId: e1.dispatches[0]!.id, arrivedAt: '2026-11-02T08:25' }),
    );
    value(
      await a.api.watch.recordReport({
        dispatchId: e1.dispatches[0]!.id,
        reportedAt: '2026-11-02T08:28',
        report: '嫌疑人已被带离',
      }),
    );
    value(await a.api.watch.closeEvent({ id: e1.id, result: '移交派出所处理' }));
    await travel('2026-11-02T09:25:00');
    await log('2026-11-02T09:05', 'traffic', '东门路口车辆拥堵');
    const e3 = await log('2026-11-02T09:20', 'dispute', '菜市场摊位争执', {
      action: 'grid',
      whom: '网格员李明',
      notifiedAt: '2026-11-02T09:20',
    });
    await travel('2026-11-02T10:45:00');
    value(
      await a.api.watch.recordReport({
        dispatchId: e3.dispatches[0]!.id,
        reportedAt: '2026-11-02T10:05',
        report: '双方已调解',
      }),
    );
    value(await a.api.watch.closeEvent({ id: e3.id, result: '调解成功' }));
    await log('2026-11-02T10:40', 'fire', '楼道冒烟', {
      action: 'police',
      whom: '110 指挥中心',
      notifiedAt: '2026-11-02T10:41',
    });
    await travel('2026-11-02T11:00:00');
    value(await a.api.watch.closeShift({}));

    // Shift B, the night of Tuesday 3 November: nothing to report.
    await as(SECOND);
    await travel('2026-11-03T20:00:00');
    value(await a.api.watch.openShift({ reason: '临时顶班' }));
    await travel('2026-11-04T08:00:00');
    value(await a.api.watch.closeShift({}));

    // Shift C, Sunday 8 November.
    await as(OPERATOR);
    await travel('2026-11-08T14:00:00');
    value(await a.api.watch.openShift({ reason: '周日加班' }));
    await travel('2026-11-08T15:00:00');
    const e5 = await log('2026-11-08T14:30', 'security', '广场有人打架', {
      action: 'patrol',
      whom: '巡逻队赵队员',
      notifiedAt: '2026-11-08T14:31',
    });
    value(
      await a.api.watch.recordReport({ dispatchId: e5.dispatches[0]!.id, arrivedAt: '2026-11-08T14:50' }),
    );
    await log('2026-11-08T14:40', 'other', '小区门口有流浪狗');
    await travel('2026-11-08T16:00:00');
    value(await a.api.watch.closeShift({ note: '设备运行正常' }));
  }, 120_000);
  afterAll(() => a.cleanup());

  it('counts the month by the figures worked out by hand', async () => {
    await as(DIRECTOR);
    await travel('2026-11-20T10:00:00');
    const s = value(await a.api.watch.analysis({ from: '2026-11', to: '2026-11' }));
    expect(s.asOf).toBe('2026-11-20T10:00');
    expect(s.dutyLog).toEqual({ month: '2026-11', ended: false, filed: null });
    expect(s.events).toMatchObject({
      total: 6,
      open: 4,
      dispatched: 4,
      toCase: 0,
      withoutPoint: 6,
      topPoints: [],
    });
    expect(Object.fromEntries(s.events.byCategory.map((c) => [c.label, c.count]))).toEqual({
      治安: 2,
      交通: 1,
      消防: 1,
      矛盾纠纷: 1,
      设备故障: 0,
      其他: 1,
    });
    // Monday is row 0, Sunday row 6.
    const cells = s.events.heat
      .flatMap((row, d) => row.map((n, h) => [d, h, n] as const))
      .filter(([, , n]) => n);
    expect(cells).toEqual([
      [0, 8, 1],
      [0, 9, 2],
      [0, 10, 1],
      [6, 14, 2],
    ]);
    // Answered in 13, 19 and 45 minutes; the 110 call never came back and is late.
    expect(s.response).toMatchObject({
      dispatches: 4,
      answered: 3,
      waiting: 1,
      late: 2,
      medianMinutes: 19,
      p90Minutes: 45,
    });
    expect(s.response.byTarget).toEqual([
      {
        target: 'patrol',
        label: '巡逻队',
        dispatches: 2,
        answered: 2,
        waiting: 0,
        late: 0,
        medianMinutes: 16,
        p90Minutes: 19,
      },
      {
        target: 'grid',
        label: '网格员',
        dispatches: 1,
        answered: 1,
        waiting: 0,
        late: 1,
        medianMinutes: 45,
        p90Minutes: 45,
      },
      {
        target: 'police',
        label: '110',
        dispatches: 1,
        answered: 0,
        waiting: 1,
        late: 1,
        medianMinutes: null,
        p90Minutes: null,
      },
    ]);
    expect(s.shifts).toEqual({ count: 3, nothingToReport: 1, offRoster: 3, stillOpen: 0 });
    expect(s.faults).toMatchObject({
      found: 0,
      repaired: 0,
      openNow: 0,
      downtimeMinutes: 0,
      pointsInService: 0,
      availability: null,
      points: [],
    });
    expect(s.footage).toEqual({
      requests: 0,
      approved: 0,
      refused: 0,
      pending: 0,
      copied: 0,
      likelyOverwritten: 0,
      corrections: 0,
    });
    // October has its own event and shift.
    const october = value(await a.api.watch.analysis({ from: '2026-10', to: '2026-10' }));
    expect(october.events.total).toBe(1);
    expect(october.shifts.count).toBe(1);
    // A range of months (the statistics workbook's period) counts both; a duty log is by the month.
    const both = value(await a.api.watch.analysis({ from: '2026-10', to: '2026-11' }));
    expect(both).toMatchObject({ events: { total: 7 }, shifts: { count: 4 }, dutyLog: null });
  });

  it('puts the same figures on the 视频监控值班 sheet of the statistics workbook', async () => {
    await as(DIRECTOR);
    const file = value(await a.api.stats.exportCases({ from: '2026-11', to: '2026-11' }));
    const { names, rows } = await sheetRows(file, '视频监控值班');
    expect(names).toEqual(['统计表', '人民调解', '档案借阅', '视频监控值班']);
    expect(rows[0]![0]).toBe('视频监控值班情况统计表');
    expect(String(rows[1]![0])).toContain('统计期间：2026年11月');
    expect(section(rows, '一、值班与事件')).toEqual({
      值班班次: [3],
      其中本班无异常: [1],
      其中非排班人员值班: [3],
      记录事件: [6],
      其中派遣处置: [4],
      其中转为案件: [0],
      其中尚未办结: [4],
    });
    expect(section(rows, '二、事件按类别')['治安']).toEqual([2, 2 / 6]);
    expect(section(rows, '四、事件最多的时段（星期 × 小时，前十）')).toEqual({
      星期一: [expect.any(String), expect.any(Number)],
      星期日: ['14:00—15:00', 2],
    });
    const response = section(rows, '五、派遣反馈时间（通知至首次反馈，分钟）');
    expect(response['巡逻队']).toEqual([2, 2, 0, 16, 19]);
    expect(response['网格员']).toEqual([1, 1, 1, 45, 45]);
    expect(response['110']).toEqual([1, 0, 1, '—', '—']);
    expect(response['合计']).toEqual([4, 3, 2, 19, 45]);
    expect(section(rows, '七、录像调取')['调取申请']).toEqual([0]);
  });

  it('prints the month as a bound record: cover with the page count, each shift, page numbers', async () => {
    await as(STAFF);
    const file = value(await a.api.watch.printDutyLog({ month: '2026-11' }));
    expect(file).toMatchObject({ fileName: '视频监控值班记录-2026-11.pdf', mime: 'application/pdf' });
    const bytes = Buffer.from(file.base64, 'base64');
    const pages = (await pdfPages(bytes)).map(squash);
    const m = pages.length;
    expect(pages[0]).toContain('视频监控值班记录');
    expect(pages[0]).toContain('2026年11月');
    expect(pages[0]).toContain(`本册共${m}页`);
    expect(pages[0]).toContain('班次：3个');
    expect(pages[0]).toContain('值班记录：6条');
    pages.forEach((p, i) => expect(p).toContain(`第${i + 1}页共${m}页`));
    const text = await pdfText(bytes);
    for (const s of [
      '11月2日星期一',
      '11月3日星期二',
      '11月8日星期日',
      '值班员：张志斌（非排班人员，原因：排班表尚未发布，按惯例接早班）',
      '接班08:00交班11:00',
      '3号楼下有人撬电动车锁',
      '未排班值班员：张志斌',
      '08:28嫌疑人已被带离',
      '移交派出所处理（08:30办结）',
      '巡逻队王队长08:1208:25',
      '110指挥中心10:41',
      '网格员李明09:20',
      '（未办结）',
      '值班员：刘值班',
      '接班20:00交班11-0408:00',
      '本班无异常',
      '设备运行正常',
    ])
      expect(text).toContain(squash(s));
    expect(text).not.toContain('十月最后一晚');
  });

  it('files the ended month once, as 值班记录 with the PDF attached; refuses a month not over, an empty one and the same month again', async () => {
    await as(DIRECTOR);
    expect(await a.api.watch.fileDutyLog({ month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2026年11月尚未结束，月末之后才能归档该月值班记录。' },
    });
    await travel('2026-12-01T09:00:00');
    expect(await a.api.watch.fileDutyLog({ month: '2026-09' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2026年9月没有值班记录，无可归档。' },
    });
    const filed = value(await a.api.watch.fileDutyLog({ month: '2026-11' }));
    expect(filed).toMatchObject({ month: '2026-11', fileName: '视频监控值班记录-2026-11.pdf' });
    const item = value(await a.api.archive.get({ id: filed.itemId }));
    expect(item).toMatchObject({
      code: filed.code,
      categoryCode: 'ZB',
      categoryName: '值班记录',
      year: 2026,
      retention: 'D10',
      classification: 'internal',
      date: '2026-11-30',
      pages: filed.pages,
      createdBy: DIRECTOR.displayName,
    });
    expect(item.title).toContain('2026年11月视频监控值班记录');
    expect(item.files).toHaveLength(1);
    const pdf = value(await a.api.archive.getFile({ id: item.files[0]!.id }));
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(await pdfPages(bytes)).toHaveLength(filed.pages);
    expect(await pdfText(bytes)).toContain(squash('3号楼下有人撬电动车锁'));
    const found = value(await a.api.archive.list({ page: 0, pageSize: 20, categoryCode: 'ZB' }));
    expect(found.rows.map((r) => r.code)).toContain(filed.code);

    expect(await a.api.watch.fileDutyLog({ month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `该月值班记录已归档：档号 ${filed.code}` },
    });
    expect(value(await a.api.watch.analysis({ from: '2026-11', to: '2026-11' }))).toMatchObject({
      dutyLog: { month: '2026-11', ended: true, filed: { itemId: filed.itemId, code: filed.code } },
    });
    expect(await a.auditTotal('watch.file-dutylog')).toBe(1);
    expect(await a.auditTotal('watch.print-dutylog')).toBe(1);
  });

  it('lets the watch read the analysis and print; only the director files; the archivist sees none of it', async () => {
    await as(STAFF);
    expect((await a.api.watch.analysis({ from: '2026-11', to: '2026-11' })).ok).toBe(true);
    expect(await a.api.watch.fileDutyLog({ month: '2026-10' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await as(OPERATOR);
    expect((await a.api.watch.analysis({ from: '2026-11', to: '2026-11' })).ok).toBe(true);
    expect(await a.api.watch.fileDutyLog({ month: '2026-10' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await as(ARCHIVIST);
    expect(await a.api.watch.analysis({ from: '2026-11', to: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await a.api.watch.analysis({ from: '2026-13', to: '2026-13' })).toMatchObject({ ok: false });
  });
  it("counts December's faults (overlaps once, the open one until now) and footage requests", async () => {
    await as(DIRECTOR);
    await travel('2026-12-01T07:00:00');
    const points = await addFootagePoints(a.api);
    await travel('2026-12-01T12:00:00');
    const report = async (pointId: number, foundAt: string, symptom: 'offline' | 'norecord' | 'blur') =>
      value(await a.api.cameras.reportFault({ foundAt, pointId, symptom })).id;
    // East: offline 08:00–10:00 and without recording 09:00–11:00 — down 08:00–11:00, 180 minutes once.
    const offline = await report(points.east, '2026-12-01T08:00', 'offline');
    const norecord = await report(points.east, '2026-12-01T09:00', 'norecord');
    for (const [id, repairedAt] of [
      [offline, '2026-12-01T10:00'],
      [norecord, '2026-12-01T11:00'],
    ] as const)
      value(await a.api.cameras.updateFault({ id, repairer: '维保单位张工', repairedAt, result: '已修复' }));
    // North: blurred from midnight and still so at 06:00 the next day — 360 minutes so far.
    await travel('2026-12-02T06:00:00');
    await report(points.north, '2026-12-02T00:00', 'blur');

    const kept = value(await a.api.footage.request(footageRequest(points)));
    const old = value(
      await a.api.footage.request(
        footageRequest(points, {
          rangeFrom: '2026-10-01T20:00',
          rangeTo: '2026-10-01T21:00',
          purpose: '核实纠纷经过',
        }),
      ),
    );
    expect(old.warning).toContain('录像很可能已被覆盖');
    value(await a.api.footage.decide({ id: kept.request.id, approved: true }));
    value(
      await a.api.footage.decide({ id: old.request.id, approved: false, note: '录像已超过保存期限被覆盖' }),
    );
    value(
      await a.api.footage.recordCopy({
        requestId: kept.request.id,
        medium: 'usb',
        destination: '交城关派出所赵警官当面签收',
        operator: '王主任',
      }),
    );

    const s = value(await a.api.watch.analysis({ from: '2026-12', to: '2026-12' }));
    expect(s.faults).toMatchObject({ found: 3, repaired: 2, openNow: 1, downtimeMinutes: 540 });
    expect(s.faults.points.map((p) => [p.code, p.downMinutes])).toEqual([
      ['SP-002', 360],
      ['SP-001', 180],
    ]);
    expect(s.footage).toEqual({
      requests: 2,
      approved: 1,
      refused: 1,
      pending: 0,
      copied: 1,
      likelyOverwritten: 1,
      corrections: 0,
    });
  });
});
