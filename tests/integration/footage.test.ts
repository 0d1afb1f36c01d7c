import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, type InputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { DIRECTOR, value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { ledgerArchive, ID_NUMBER, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';
import { pdfPageSize, pdfText, squash } from '../support/pdf';
import { validInputOf } from '../support/validInputs';
import { addFootagePoints, footageRequest, type FootagePoints } from '../support/footage';

const WARNING = '所调取时段早于录像保存期限（30 天），录像很可能已被覆盖';

describe('录像调取登记：登记、审批、复制、更正，永不修改或删除', () => {
  let a: LedgerArchive;
  let points: FootagePoints;
  const request = (overrides: Partial<InputOf<'footage', 'request'>> = {}) =>
    footageRequest(points, overrides);

  beforeAll(async () => {
    a = await ledgerArchive('2026-11-24T09:00:00');
    points = await addFootagePoints(a.api);
    // The test clock jumps: past the default idle lock.
    const settings = value(await a.api.settings.get({}));
    value(await a.api.settings.update({ ...settings, idleLockMinutes: 240 }));
  }, 60_000);
  afterAll(() => a.cleanup());

  it('registers a request, the director approves it, the operator records the copy', async () => {
    await a.login(OPERATOR);
    const { request: r, warning } = value(await a.api.footage.request(request()));
    expect(warning).toBeNull();
    expect(r).toMatchObject({
      requester: '赵警官',
      unit: '城关派出所',
      idNumber: ID_NUMBER,
      state: 'waiting',
      likelyOverwritten: false,
      requestedAt: '2026-11-24T09:00',
      recordedBy: OPERATOR.displayName,
      decision: null,
      copies: [],
    });
    expect(r.points.map((p) => `${p.code} ${p.name}`)).toEqual(['SP-001 东门', 'SP-002 北门停车场']);
    // The operator cannot approve: that is the director's.
    expect(await a.api.footage.decide({ id: r.id, approved: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    await a.asDirector();
    a.clock.advance(10 * 60_000);
    expect(await a.api.footage.decide({ id: r.id, approved: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { note: '不予批准须写明理由' } },
    });
    const approved = value(await a.api.footage.decide({ id: r.id, approved: true, note: '限本案使用' }));
    expect(approved).toMatchObject({
      state: 'approved',
      decision: {
        approved: true,
        note: '限本案使用',
        decidedBy: DIRECTOR.displayName,
        decidedAt: '2026-11-24T09:10',
      },
    });
    // One decision per request.
    expect(await a.api.footage.decide({ id: r.id, approved: false, note: '改变主意' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    await a.login(OPERATOR);
    a.clock.advance(20 * 60_000);
    const copied = value(
      await a.api.footage.recordCopy({
        requestId: r.id,
        medium: 'usb',
        destination: '当面交城关派出所赵警官',
        operator: OPERATOR.displayName,
      }),
    );
    expect(copied).toMatchObject({
      state: 'copied',
      copies: [
        {
          medium: 'usb',
          destination: '当面交城关派出所赵警官',
          operator: OPERATOR.displayName,
          copiedAt: '2026-11-24T09:30',
          recordedBy: OPERATOR.displayName,
        },
      ],
    });
    const listed = value(await a.api.footage.list({ page: 0, pageSize: 50, state: 'copied' }));
    expect(listed.total).toBe(1);
    // Lists mask the ID number (domain.md, privacy).
    expect(listed.rows[0]).toMatchObject({ id: r.id, idNumber: '110105********002X' });
    expect(listed.rows[0]!.decision?.approved).toBe(true);
  });

  it('refuses a copy before the approval and after a refusal', async () => {
    await a.login(OPERATOR);
    const { request: r } = value(await a.api.footage.request(request({ requester: '钱某', unit: '个人' })));
    const copy = {
      requestId: r.id,
      medium: 'disc' as const,
      destination: '钱某',
      operator: OPERATOR.displayName,
    };
    expect(await a.api.footage.recordCopy(copy)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `登记 #${r.id} 尚未经主任批准，不能复制录像。` },
    });
    await a.asDirector();
    value(
      await a.api.footage.decide({ id: r.id, approved: false, note: '个人申请，只可在场查看，不予复制' }),
    );
    await a.login(OPERATOR);
    expect(await a.api.footage.recordCopy(copy)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `登记 #${r.id} 主任不予批准，不能复制录像。` },
    });
    const got = value(await a.api.footage.get({ id: r.id }));
    expect(got).toMatchObject({ state: 'refused', copies: [] });
  });

  it('corrects by a new request pointing at the old one, which stays as it was', async () => {
    await a.login(OPERATOR);
    const { request: wrong } = value(
      await a.api.footage.request(request({ requester: '孙警官', letter: '城关派调〔2026〕16号' })),
    );
    a.clock.advance(5 * 60_000);
    const { request: fixed } = value(
      await a.api.footage.correct({
        ...request({ requester: '孙建国', letter: '城关派调〔2026〕16号' }),
        correctsId: wrong.id,
        reason: '调取人姓名登记不全',
      }),
    );
    expect(fixed).toMatchObject({
      correctsId: wrong.id,
      correctionReason: '调取人姓名登记不全',
      requester: '孙建国',
      state: 'waiting',
    });
    const old = value(await a.api.footage.get({ id: wrong.id }));
    expect(old).toMatchObject({ requester: '孙警官', correctedById: fixed.id, state: 'corrected' });
    // The old one is done with: no second correction of it, no decision, no copy.
    expect(
      await a.api.footage.correct({ ...request(), correctsId: wrong.id, reason: '再改一次' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await a.asDirector();
    expect(await a.api.footage.decide({ id: wrong.id, approved: true })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `登记 #${wrong.id} 已更正，见 #${fixed.id}；请在更正后的登记上办理。`,
      },
    });
    value(await a.api.footage.decide({ id: fixed.id, approved: true }));
    // A correction of the correction continues the chain.
    await a.login(OPERATOR);
    const { request: again } = value(
      await a.api.footage.correct({
        ...request({ requester: '孙建国', letter: '城关派调〔2026〕17号' }),
        correctsId: fixed.id,
        reason: '公函编号有误',
      }),
    );
    expect(value(await a.api.footage.get({ id: fixed.id })).correctedById).toBe(again.id);
  });

  it('warns that footage older than the retention days is likely overwritten, and records the request still', async () => {
    await a.login(OPERATOR);
    // 31 days before now began before the 30 days the recorders keep; 29 days before did not.
    a.clock.set('2026-11-24T10:00:00');
    const old = '2026-10-24T10:00';
    expect(value(await a.api.footage.check({ rangeFrom: old }))).toEqual({
      retentionDays: 30,
      likelyOverwritten: true,
      warning: WARNING,
    });
    const warned = value(
      await a.api.footage.request(request({ rangeFrom: old, rangeTo: '2026-10-24T12:00' })),
    );
    expect(warned.warning).toBe(WARNING);
    expect(warned.request.likelyOverwritten).toBe(true);
    const recent = '2026-10-26T10:00';
    expect(value(await a.api.footage.check({ rangeFrom: recent })).likelyOverwritten).toBe(false);
    const fine = value(
      await a.api.footage.request(request({ rangeFrom: recent, rangeTo: '2026-10-26T12:00' })),
    );
    expect(fine.warning).toBeNull();
    expect(fine.request.likelyOverwritten).toBe(false);
  });

  it('refuses a wrong ID checksum, a range in the future or backwards, and a retired or unknown point', async () => {
    await a.login(OPERATOR);
    expect(await a.api.footage.request(request({ idNumber: '110105194912310021' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { idNumber: '身份证号校验位不正确，请逐位核对' } },
    });
    expect(await a.api.footage.request(request({ rangeTo: '2026-11-24T12:00' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { rangeTo: '调取时段止不能晚于现在' } },
    });
    expect(
      await a.api.footage.request(request({ rangeFrom: '2026-11-23T22:00', rangeTo: '2026-11-23T20:00' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { rangeTo: '调取时段止不能早于起' } },
    });
    expect(await a.api.footage.request(request({ pointIds: [points.east, points.old] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { pointIds: '点位 SP-009 旧岗亭 已停用' } },
    });
    expect(await a.api.footage.request(request({ pointIds: [] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { pointIds: '请至少选择一个点位' } },
    });
    expect(value(await a.api.footage.points({})).map((p) => p.code)).toEqual(['SP-001', 'SP-002']);
  });

  it('lets staff read the register with the ID masked, and nothing more', async () => {
    await a.login(STAFF);
    const page = value(await a.api.footage.list({ page: 0, pageSize: 50 }));
    expect(page.total).toBeGreaterThan(3);
    const first = page.rows.at(-1)!;
    expect(value(await a.api.footage.get({ id: first.id })).idNumber).toBe('110105********002X');
    expect(await a.api.footage.request(request())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await a.api.footage.recordCopy({ requestId: first.id, medium: 'usb', destination: 'x', operator: 'y' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await a.api.footage.decide({ id: first.id, approved: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Filters: by who asked, by state, by day.
    expect(value(await a.api.footage.list({ page: 0, pageSize: 50, q: '钱' })).total).toBe(1);
    expect(value(await a.api.footage.list({ page: 0, pageSize: 50, state: 'refused' })).total).toBe(1);
    expect(value(await a.api.footage.list({ page: 0, pageSize: 50, state: 'corrected' })).total).toBe(2);
    expect(value(await a.api.footage.list({ page: 0, pageSize: 50, from: '2026-11-25' })).total).toBe(0);
  });

  it('audits every write', async () => {
    await a.asDirector();
    for (const [action, n] of [
      ['footage.request', 5],
      ['footage.correct', 2],
      ['footage.approve', 2],
      ['footage.refuse', 1],
      ['footage.copy', 1],
    ] as const)
      expect(await a.auditTotal(action), action).toBe(n);
  });

  it('prints the register in A4 landscape with approvals, copies and corrections', async () => {
    await a.login(STAFF);
    const file = value(await a.api.footage.printRegister({ from: '2026-11-24', to: '2026-11-24' }));
    expect(file.fileName).toBe('录像调取登记表-2026-11-24至2026-11-24.pdf');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(await pdfPageSize(bytes)).toEqual({ width: 842, height: 595 });
    const text = squash(await pdfText(bytes));
    for (const s of [
      '录像调取登记表',
      '城关派出所',
      '110105********002X',
      'SP-001东门',
      '限本案使用',
      '当面交城关派出所赵警官',
      '个人申请，只可在场查看，不予复制',
      '更正#',
      '调取人姓名登记不全',
      '已更正，见#',
      '登记时已提示：录像很可能已被覆盖',
    ])
      expect(text, s).toContain(squash(s));
    expect(text).not.toContain(ID_NUMBER);
  });

  it('cannot change or delete a stored entry through any channel, nor through SQL', async () => {
    const snapshot = async () => {
      const db = await openDirect(a.dir);
      try {
        return ['footage_requests', 'footage_decisions', 'footage_copies'].map((t) =>
          db.prepare(`SELECT * FROM ${t} ORDER BY id`).all(),
        );
      } finally {
        db.close();
      }
    };
    const before = await snapshot();
    expect(before[0]!.length).toBeGreaterThan(3);
    // Every footage channel, as the director (who may call them all), aimed at existing entries.
    await a.asDirector();
    const ids = (before[0] as { id: number }[]).map((r) => r.id);
    const results: Result<unknown>[] = [];
    for (const { channel } of allChannels().filter((c) => c.feature === 'footage')) {
      const aimed = validInputOf(channel);
      // A correction adds a row and never alters one: it is proven by the chain test above.
      if ('correctsId' in aimed) continue;
      if ('pointIds' in aimed) aimed.pointIds = [points.east];
      const targeted = 'id' in aimed || 'requestId' in aimed;
      for (const id of targeted ? ids : [0]) {
        const input = {
          ...aimed,
          ...('id' in aimed ? { id } : {}),
          ...('requestId' in aimed ? { requestId: id } : {}),
        };
        results.push((await a.call(channel, input)) as Result<unknown>);
      }
    }
    expect(results.length).toBe(ids.length * 3 + 5);
    const after = await snapshot();
    // Rows present before are exactly as they were; new rows (requests, copies) were only added.
    for (let t = 0; t < 3; t++) expect(after[t]!.slice(0, before[t]!.length)).toEqual(before[t]);

    const db = await openDirect(a.dir);
    try {
      for (const t of ['footage_requests', 'footage_decisions', 'footage_copies']) {
        const col = t === 'footage_requests' ? 'purpose' : t === 'footage_decisions' ? 'note' : 'destination';
        expect(() => db.prepare(`UPDATE ${t} SET ${col} = 'x'`).run()).toThrow('never changed');
        expect(() => db.prepare(`DELETE FROM ${t}`).run()).toThrow('never deleted');
      }
    } finally {
      db.close();
    }
    expect(await snapshot()).toEqual(after);
  });
});
