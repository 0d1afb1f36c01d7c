import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CasePage } from '../../shared/cases/schemas';
import type { Intake, IntakePage } from '../../shared/intake/schemas';
import { value } from '../support/archive';
import { caseInput, ID_NUMBER, ledgerArchive, PHONE, STAFF, type LedgerArchive } from '../support/ledger';

const visitor = { channel: 'visit', personName: '周秀英', phone: PHONE, unitOrAddress: '和平里5栋' } as const;

describe('首问登记', () => {
  let a: LedgerArchive;
  const intakes = async (filter: Record<string, unknown> = {}) =>
    value(await a.call<IntakePage>('intake:list', { page: 0, pageSize: 50, ...filter }));

  beforeAll(async () => {
    a = await ledgerArchive();
    await a.login(STAFF);
  });
  afterAll(() => a.cleanup());

  it('logs an enquiry answered on the spot, the signed-in user as first contact', async () => {
    const intake = value(
      await a.call<Intake>('intake:create', {
        ...visitor,
        matter: '咨询低保申请需要的材料',
        materials: '身份证复印件一份',
        outcome: 'answered',
        answer: '已告知申请条件和所需材料',
      }),
    );
    expect(intake).toMatchObject({
      receivedAt: '2026-11-24T09:00',
      channel: 'visit',
      personName: '周秀英',
      phone: PHONE,
      firstContactName: STAFF.displayName,
      outcome: 'answered',
      answer: '已告知申请条件和所需材料',
      caseId: null,
      caseCode: null,
    });
  });

  it('passes a matter to an active colleague, and refuses one who cannot take it', async () => {
    const referred = value(
      await a.call<Intake>('intake:create', {
        channel: 'call',
        personName: '吴建华',
        phone: '13711112222',
        matter: '反映楼道堆放杂物存在消防隐患',
        outcome: 'referred',
        referredToId: a.ids.chenyan,
        note: '请承办并回复当事人',
      }),
    );
    expect(referred).toMatchObject({
      outcome: 'referred',
      referredToName: '陈䶮',
      note: '请承办并回复当事人',
    });
    // Disable the operator, then refer to them: refused by field; and an unknown id too.
    await a.asDirector();
    const operatorId = a.ids.zhangzb!;
    value(await a.call('accounts:disable', { id: operatorId }));
    await a.login(STAFF);
    for (const referredToId of [operatorId, 999]) {
      expect(
        await a.call('intake:create', {
          ...visitor,
          matter: '咨询',
          outcome: 'referred',
          referredToId,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { referredToId: '请选择在用的账户作为转交对象' } },
      });
    }
  });

  it('registers a case in the same transaction: linked both ways, source from the channel', async () => {
    const intake = value(
      await a.call<Intake>('intake:create', {
        ...visitor,
        channel: 'call',
        matter: '反映楼上漏水',
        outcome: 'case',
        case: { ...caseInput(), source: undefined },
      }),
    );
    expect(intake.caseCode).toBe('2026-000001');
    const c = value(await a.call<CaseDetail>('cases:get', { id: intake.caseId! }));
    expect(c).toMatchObject({
      intakeId: intake.id,
      source: 'call',
      registeredAt: intake.receivedAt,
      firstContactName: STAFF.displayName,
      status: 'registered',
    });
    // A source given on the form wins.
    const other = value(
      await a.call<Intake>('intake:create', {
        ...visitor,
        matter: '网格员陪同来访',
        outcome: 'case',
        case: caseInput({ source: 'grid' }),
      }),
    );
    expect(value(await a.call<CaseDetail>('cases:get', { id: other.caseId! })).source).toBe('grid');
    await a.asDirector();
    expect(await a.auditTotal('intake.create')).toBe(4);
    expect(await a.auditTotal('cases.create')).toBe(2);
    await a.login(STAFF);
  });

  it('leaves no intake behind when its case is refused', async () => {
    const before = (await intakes()).total;
    const cases = value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 1 })).total;
    const result = await a.call('intake:create', {
      ...visitor,
      matter: '反映邻里纠纷',
      outcome: 'case',
      case: caseInput({ parties: [{ kind: 'person', name: '张三', idNumber: ID_NUMBER, sex: 'male' }] }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'case.parties.0.sex': '性别与身份证号不符（身份证号显示为女）' },
      },
    });
    expect((await intakes()).total).toBe(before);
    expect(value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 1 })).total).toBe(cases);
    // Nor a code: the next case continues the serial.
    expect((await a.create()).code).toBe('2026-000003');
  });

  it('lists the log newest first, phones masked, with names and case codes; filters and search', async () => {
    a.clock.advance(5 * 60_000);
    value(
      await a.call('intake:create', {
        channel: 'call',
        personName: '郑德明',
        matter: '咨询拖欠工资如何维权',
        outcome: 'answered',
        answer: '已告知可申请劳动仲裁',
      }),
    );
    const all = await intakes();
    expect(all.total).toBe(5);
    expect(all.rows[0]).toMatchObject({ personName: '郑德明', receivedAt: '2026-11-24T09:05', phone: null });
    expect(all.rows.map((r) => r.phone)).toContain('138****5678');
    expect(JSON.stringify(all)).not.toContain(PHONE);
    expect(all.rows.find((r) => r.outcome === 'referred')).toMatchObject({ referredToName: '陈䶮' });
    expect(all.rows.filter((r) => r.caseCode).map((r) => r.caseCode)).toEqual(['2026-000002', '2026-000001']);
    expect((await intakes({ channel: 'call' })).total).toBe(3);
    expect((await intakes({ outcome: 'case' })).total).toBe(2);
    expect((await intakes({ q: '漏水' })).rows.map((r) => r.matter)).toEqual(['反映楼上漏水']);
    expect((await intakes({ q: '周秀' })).total).toBe(3);
    expect((await intakes({ q: '100%' })).total).toBe(0);
    expect((await intakes({ from: '2026-11-25' })).total).toBe(0);
    expect((await intakes({ to: '2026-11-24' })).total).toBe(5);
    expect((await intakes({ page: 1, pageSize: 2 })).rows).toHaveLength(2);
  });
});
