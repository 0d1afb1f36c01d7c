import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CasePage } from '../../shared/cases/schemas';
import type { MediationDetail } from '../../shared/mediation/schemas';
import { value } from '../support/archive';
import { isChinese } from '../support/files';
import { caseInput, ledgerArchive, type LedgerArchive } from '../support/ledger';
import { AGREEMENT, bytesOf, mediationCalls, OPEN, TWO_PERSONS } from '../support/mediation';
import { pdfPages, pdfText, squash } from '../support/pdf';

describe('人民调解：拒绝、终止、口头协议、多方当事人与无法打印的字', () => {
  let a: LedgerArchive;
  let m: ReturnType<typeof mediationCalls>;

  beforeAll(async () => {
    a = await ledgerArchive();
    m = mediationCalls(a);
  });
  afterAll(() => a.cleanup());

  it('a party who clearly refuses is recorded and no mediation is opened (人民调解法第17条)', async () => {
    const c = await m.openCase();
    const after = value(
      await a.call<CaseDetail>('mediation:record-refusal', {
        caseId: c.id,
        partyName: '龙䶮涛',
        note: '称只接受诉讼',
      }),
    );
    expect(after.status).toBe('registered');
    expect(after.events.at(-1)).toMatchObject({
      kind: 'mediation',
      note: expect.stringContaining('明确拒绝调解'),
    });
    expect(value(await a.call<MediationDetail[]>('mediation:for-case', { caseId: c.id }))).toEqual([]);
  });

  it('refuses a sitting that has not yet taken place (调解记录 records what happened), by field, writing nothing', async () => {
    const c = await m.openCase();
    const opened = await m.open(c.id);
    // The test clock reads 2026-11-24 09:00; a start five minutes ahead is within the tolerance.
    const later = await a.call('mediation:save-session', {
      mediationId: opened.id,
      startedAt: '2026-11-24T08:30',
      endedAt: '2026-11-24T10:30',
      place: '社区人民调解室',
      steps: {},
    });
    expect(later).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { endedAt: '调解结束时间不能晚于现在' } },
    });
    const ahead = await a.call('mediation:save-session', {
      mediationId: opened.id,
      startedAt: '2026-11-25T09:00',
      place: '社区人民调解室',
      steps: {},
    });
    expect(ahead).toMatchObject({ ok: false, error: { fields: { startedAt: '调解开始时间不能晚于现在' } } });
    expect((await m.get(opened.id)).sessions).toEqual([]);
  });

  it('terminates with the reason: the case is closed as 未化解-已引导 and the notice names the other routes', async () => {
    const c = await m.openCase();
    const opened = await m.open(c.id);
    const unconfirmed = await a.call('mediation:terminate', { id: opened.id, reason: '龙䶮涛不再接受调解' });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const ended = value(
      await a.call<MediationDetail>('mediation:terminate', {
        id: opened.id,
        reason: '龙䶮涛不再接受调解',
        informed: true,
      }),
    );
    expect(ended).toMatchObject({ status: 'terminated', terminationReason: '龙䶮涛不再接受调解' });
    const closed = value(await a.call<CaseDetail>('cases:get', { id: c.id }));
    expect(closed).toMatchObject({ status: 'closed', outcome: 'guided' });
    expect(closed.result).toContain('仲裁、行政、司法');
    const notice = await pdfText(bytesOf(await m.document(opened.id, 'termination')));
    for (const words of ['仲裁', '行政', '司法', '龙䶮涛不再接受调解', '第二十六条'])
      expect(notice).toContain(words);
    // Nothing more can be mediated; the dossier still closes, with the notice in it.
    expect(await a.call('mediation:save-agreement', { mediationId: opened.id, ...AGREEMENT })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const filed = value(
      await a.call<MediationDetail>('mediation:close', { id: opened.id, retention: 'D10' }),
    );
    expect(filed.dossier.entries.map((e) => e.title)).toContain('终止人民调解告知书');
    expect(value(await a.call<CaseDetail>('cases:get', { id: c.id })).status).toBe('archived');
  });

  it('an oral agreement is registered on its form, not printed as 协议书, and signs without a printed set', async () => {
    const c = await m.openCase();
    const opened = await m.open(c.id);
    const drafted = await m.agreement(opened.id, { kind: 'oral' });
    const oral = drafted.agreements[0]!;
    expect(oral.copies).toBe(0);
    const refused = await a.call('mediation:preview-agreement', { agreementId: oral.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const form = await pdfText(bytesOf(await m.document(opened.id, 'oral')));
    expect(form).toContain('人民调解口头协议登记表');
    expect(form).toContain('张三于2026年12月10日前修复卫生间防水层');
    const signed = await m.sign(oral.id);
    expect(signed.agreements[0]).toMatchObject({
      status: 'signed',
      number: expect.stringMatching(/人调字第\d{3}号$/),
    });
  });

  it('three parties, one an organisation: one PDF of four copies, 一式四份, each labelled, in order', async () => {
    const c = await m.openCase([
      ...TWO_PERSONS,
      {
        kind: 'organisation',
        name: '锦华物业服务有限公司',
        representative: '刘堃',
        representativeTitle: '项目经理',
      },
    ]);
    const opened = await m.open(c.id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    const pages = await pdfPages(bytesOf(await m.print(id)));
    const text = squash(pages.join(''));
    expect(text).toContain('本协议一式四份');
    const order = [
      '当事人张三收执',
      '当事人龙䶮涛收执',
      '当事人锦华物业服务有限公司收执',
      '人民调解委员会存档',
    ].map((l) => text.indexOf(l));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(text).toContain('法定代表人（负责人）：刘堃');
    expect(pages.length % 4).toBe(0);
    // Three parties are named as a clerk would title the dossier (issue 13, item 13).
    expect(opened.dossier.title).toMatch(/^张三、龙䶮涛等3人.+调解卷$/u);
  });

  it('a name the font cannot draw is refused with the character and the field, and uses up no number', async () => {
    const c = await m.openCase([TWO_PERSONS[0]!, { kind: 'person', name: '王𪚥' }]);
    const opened = await m.open(c.id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    const refused = await a.call('mediation:print-agreement', { agreementId: id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toContain('𪚥');
      expect(refused.error.message).toContain('当事人姓名');
      expect(isChinese(refused.error.message)).toBe(true);
    }
    expect((await m.get(opened.id)).agreements[0]!.number).toBeNull();
    expect((await m.get(opened.id)).agreements[0]!.prints).toEqual([]);
  });

  it('a direct application registers the case and opens the mediation in one step; a bad case changes nothing', async () => {
    const total = async () => value(await a.call<CasePage>('cases:list', { page: 0, pageSize: 1 })).total;
    const before = await total();
    const bad = await a.call('mediation:open-from-application', {
      case: caseInput({ parties: [] }),
      mediation: OPEN,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await total()).toBe(before);
    const opened = value(
      await a.call<MediationDetail>('mediation:open-from-application', {
        case: caseInput({ parties: TWO_PERSONS }),
        mediation: OPEN,
      }),
    );
    expect(opened).toMatchObject({ status: 'open', partyNames: '张三、龙䶮涛' });
    expect(await total()).toBe(before + 1);
    expect(value(await a.call<CaseDetail>('cases:get', { id: opened.caseId })).status).toBe('mediating');
  });

  it('staff may mediate; an operator may not', async () => {
    const c = await m.openCase();
    await a.login({ username: 'zhangzb', password: 'operator-pass-1' });
    expect(await a.call('mediation:open', { caseId: c.id, ...OPEN })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.login({ username: 'litingshu', password: 'staff-pass-1' });
    expect((await m.open(c.id)).openedBy).toBe('李婷姝');
    await a.asDirector();
  });
});
