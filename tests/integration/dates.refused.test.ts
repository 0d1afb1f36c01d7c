import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../electron/core/db/backup';
import type { Db } from '../../electron/core/db/open';
import type { Result } from '../../shared/api/result';
import type { CaseDetail } from '../../shared/cases/schemas';
import type { MediationDetail } from '../../shared/mediation/schemas';
import { value } from '../support/archive';
import { openDirect } from '../support/directDb';
import { isChinese } from '../support/files';
import { caseInput, ledgerArchive, type LedgerArchive } from '../support/ledger';
import { mediationCalls, OPEN } from '../support/mediation';

/**
 * Issue 9, item 2: impossible dates (2026-02-30, 9999-99-99T99:99) used to be
 * accepted by pattern and written; registration and event times later than the
 * core's clock too. Each is refused with a Chinese message naming the field,
 * and nothing is written. The clock is the test's (24 Nov 2026, 09:00), well
 * before the wall clock, so a check against the wall clock would let the
 * "future" times below through.
 */
describe('dates and times', () => {
  let a: LedgerArchive;
  let db: Db;
  let plain: CaseDetail;
  let major: CaseDetail;
  let signed: MediationDetail;
  beforeAll(async () => {
    a = await ledgerArchive();
    db = await openDirect(a.dir);
    plain = await a.create();
    major = await a.create({ majorReasons: ['group10'], difficulty: 'major' });
    const m = mediationCalls(a);
    const mediation = await m.open((await m.openCase()).id);
    const draft = (await m.agreement(mediation.id)).agreements[0]!;
    await m.print(draft.id);
    signed = await m.sign(draft.id, '2026-11-24');
  });
  afterAll(() => {
    db.close();
    a.cleanup();
  });

  /** Calls, and expects a refusal naming `field` with `label`, and no row written anywhere. */
  async function refused(channel: string, input: unknown, field: string, label: string) {
    const before = tableCounts(db);
    const result = (await a.call(channel, input)) as Result<unknown>;
    const what = `${channel} ${field}`;
    expect(result, what).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) return;
    expect(result.error.fields?.[field], what).toContain(label);
    expect(result.error.message, what).toContain(label);
    expect(isChinese(result.error.message), what).toBe(true);
    expect(tableCounts(db), what).toEqual(before);
  }

  const followUp = (visitedAt: string) => ({
    mediationId: signed.id,
    visitedAt,
    method: 'phone',
    reason: '回访履行情况',
    performance: 'performed',
    satisfaction: 'satisfied',
    visitor: '李婷姝',
  });

  it('refuses impossible dates and times on every call that takes one', async () => {
    const update = { ...caseInput(), id: plain.id };
    const person = { kind: 'person', name: '龙䶮涛' } as const;
    const cases: [string, unknown, string, string][] = [
      ['cases:create', caseInput({ registeredAt: '2026-02-30T10:00' }), 'registeredAt', '登记时间'],
      ['cases:create', caseInput({ occurredAt: '9999-99-99T99:99' }), 'occurredAt', '发生时间'],
      [
        'cases:create',
        caseInput({ parties: [{ ...person, birthDate: '2026-02-30' }] }),
        'parties.0.birthDate',
        '出生日期',
      ],
      ['cases:update', { ...update, occurredAt: '2026-11-23T24:00' }, 'occurredAt', '发生时间'],
      ['cases:escalate', { id: major.id, at: '2026-02-30T10:00', to: '街道综治中心' }, 'at', '上报时间'],
      [
        'cases:extend-deadline',
        { id: plain.id, deadline: '2027-02-30', reason: '等待鉴定' },
        'deadline',
        '办理期限',
      ],
      [
        'calendar:save-year',
        { year: 2027, holidays: ['2027-02-30'], workdays: [] },
        'holidays.0',
        '放假日期',
      ],
      [
        'calendar:save-year',
        { year: 2027, holidays: [], workdays: ['2027-13-01'] },
        'workdays.0',
        '调休上班日期',
      ],
      ['mediation:open', { caseId: plain.id, ...OPEN, openedAt: '2026-11-31T10:00' }, 'openedAt', '受理时间'],
      [
        'mediation:open-from-application',
        { case: caseInput(), mediation: { ...OPEN, openedAt: '2026-11-24T09:60' } },
        'mediation.openedAt',
        '受理时间',
      ],
      [
        'mediation:schedule-follow-up',
        { mediationId: signed.id, dueOn: '2027-02-29', reason: '回访' },
        'dueOn',
        '回访日期',
      ],
      ['mediation:record-follow-up', followUp('2026-11-24T25:00'), 'visitedAt', '回访时间'],
      [
        'mediation:save-judicial',
        { id: signed.id, court: '示范区人民法院', appliedOn: '2026-11-31' },
        'appliedOn',
        '申请日期',
      ],
      [
        'mediation:save-judicial',
        { id: signed.id, court: '示范区人民法院', appliedOn: '2026-11-24', ruledOn: '0026-11-30' },
        'ruledOn',
        '裁定日期',
      ],
      ['cases:list', { page: 0, pageSize: 10, from: '2099-02-29' }, 'from', '起始日期'],
      ['cases:create', caseInput({ registeredAt: '1899-12-31T10:00' }), 'registeredAt', '登记时间'],
    ];
    for (const [channel, input, field, label] of cases) await refused(channel, input, field, label);
  });

  it('refuses registration and event times later than the core clock, by field', async () => {
    const person = { kind: 'person', name: '龙䶮涛' } as const;
    await refused(
      'cases:create',
      caseInput({ registeredAt: '2026-11-24T09:06' }),
      'registeredAt',
      '登记时间',
    );
    await refused('cases:create', caseInput({ occurredAt: '2026-11-25T08:00' }), 'occurredAt', '发生时间');
    await refused(
      'cases:create',
      caseInput({ parties: [{ ...person, birthDate: '2026-11-25' }] }),
      'parties.0.birthDate',
      '出生日期',
    );
    await refused(
      'cases:update',
      { ...caseInput(), id: plain.id, occurredAt: '2026-12-01T08:00' },
      'occurredAt',
      '发生时间',
    );
    await refused(
      'cases:escalate',
      { id: major.id, at: '2026-11-24T12:00', to: '街道综治中心' },
      'at',
      '上报时间',
    );
    await refused(
      'mediation:open',
      { caseId: plain.id, ...OPEN, openedAt: '2026-11-25T09:00' },
      'openedAt',
      '受理时间',
    );
    await refused(
      'mediation:open-from-application',
      { case: caseInput(), mediation: { ...OPEN, openedAt: '2026-11-25T09:00' } },
      'mediation.openedAt',
      '受理时间',
    );
    await refused('mediation:record-follow-up', followUp('2026-11-25T09:00'), 'visitedAt', '回访时间');
    await refused(
      'mediation:save-judicial',
      { id: signed.id, court: '示范区人民法院', appliedOn: '2026-11-25' },
      'appliedOn',
      '申请日期',
    );
  });

  it('accepts a time within the tolerance, and the same times once the clock has reached them', async () => {
    expect((await a.create({ registeredAt: '2026-11-24T09:05' })).registeredAt).toBe('2026-11-24T09:05');
    a.clock.set('2026-11-25T10:00:00');
    // A day idle locks the archive (the idle limit); sign in again.
    await a.asDirector();
    const escalated = value(
      await a.call<CaseDetail>('cases:escalate', {
        id: major.id,
        at: '2026-11-24T12:00',
        to: '街道综治中心',
      }),
    );
    expect(escalated.escalatedAt).toBe('2026-11-24T12:00');
    const judicial = value(
      await a.call<MediationDetail>('mediation:save-judicial', {
        id: signed.id,
        court: '示范区人民法院',
        appliedOn: '2026-11-25',
      }),
    );
    expect(judicial.judicial.appliedOn).toBe('2026-11-25');
    const visited = value(
      await a.call<MediationDetail>('mediation:record-follow-up', followUp('2026-11-25T09:00')),
    );
    expect(visited.followUps.some((f) => f.visitedAt === '2026-11-25T09:00')).toBe(true);
  });
});
