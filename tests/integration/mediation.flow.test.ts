import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/cases/schemas';
import type { MediationDashboard, MediationDetail } from '../../shared/mediation/schemas';
import { value } from '../support/archive';
import { isChinese } from '../support/files';
import { ledgerArchive, type LedgerArchive } from '../support/ledger';
import { AGREEMENT, bytesOf, mediationCalls } from '../support/mediation';
import { pdfPages, pdfText, squash } from '../support/pdf';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('人民调解：从台账到签署、归档', () => {
  let a: LedgerArchive;
  let m: ReturnType<typeof mediationCalls>;
  let caseId: number;
  let mediation: MediationDetail;

  beforeAll(async () => {
    a = await ledgerArchive();
    m = mediationCalls(a);
    caseId = (await m.openCase()).id;
  });
  afterAll(() => a.cleanup());

  it('opens a mediation on a case: the case moves to 调解中 with events and an audit record', async () => {
    const before = await a.auditTotal('mediation.open');
    mediation = await m.open(caseId);
    expect(mediation).toMatchObject({
      status: 'open',
      caseId,
      mediators: ['王调解', '赵调解'],
      partyNames: '张三、龙䶮涛',
      openedAt: '2026-11-24T09:00',
    });
    const c = value(await a.call<CaseDetail>('cases:get', { id: caseId }));
    expect(c.status).toBe('mediating');
    expect(c.route).toBe('mediation');
    expect(c.events.map((e) => e.kind)).toContain('mediation');
    expect(await a.auditTotal('mediation.open')).toBe(before + 1);
    // A second open mediation on the same case is refused.
    const again = await a.call('mediation:open', {
      caseId,
      ...{ source: 'initiative', intakeForm: 'register', mediators: ['甲'], recorder: '乙' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records the rights notice, a session with the five steps, and prints the session record', async () => {
    await a.call('mediation:mark-rights-notice-signed', { id: mediation.id });
    mediation = await m.session(mediation.id);
    expect(mediation.rightsNoticeSignedAt).toBe('2026-11-24T09:00');
    expect(mediation.sessions).toHaveLength(1);
    expect(mediation.sessions[0]).toMatchObject({ no: 1, recordedBy: '王主任' });
    const text = await pdfText(
      bytesOf(await m.document(mediation.id, 'session', { itemId: mediation.sessions[0]!.id })),
    );
    expect(text).toContain('人民调解记录');
    expect(text).toContain('龙䶮涛');
    expect(text).toContain('核对维修报价单');
    expect(text).toContain('记录经当事人校阅或向当事人宣读后');
  });

  it('drafts the agreement; a preview assigns no number; the first print does, once, and is logged', async () => {
    mediation = await m.agreement(mediation.id);
    const draft = mediation.agreements[0]!;
    expect(draft).toMatchObject({ version: 1, status: 'draft', number: null, copies: 3 });
    expect(draft.copyLabels).toEqual([
      '第1份\u3000当事人张三收执',
      '第2份\u3000当事人龙䶮涛收执',
      '第3份\u3000人民调解委员会存档',
    ]);
    await a.call('mediation:preview-agreement', { agreementId: draft.id });
    expect((await m.get(mediation.id)).agreements[0]!.number).toBeNull();

    const first = bytesOf(await m.print(draft.id));
    const pages = await pdfPages(first);
    const text = squash(pages.join(''));
    expect(text).toContain('（2026）测调人调字第001号');
    expect(text).toContain('本协议一式三份');
    expect(text.indexOf('当事人张三收执')).toBeLessThan(text.indexOf('当事人龙䶮涛收执'));
    expect(text.indexOf('当事人龙䶮涛收执')).toBeLessThan(text.indexOf('人民调解委员会存档'));
    for (const p of pages) expect(squash(p)).toContain('（2026）测调人调字第001号');

    // A second print keeps the number and is logged as a reprint; a chosen copy is labelled alone.
    const one = await pdfText(bytesOf(await m.print(draft.id, 2)));
    expect(one).toContain('当事人龙䶮涛收执');
    expect(one).not.toContain('当事人张三收执');
    mediation = await m.get(mediation.id);
    const printed = mediation.agreements[0]!;
    expect(printed.number).toBe('（2026）测调人调字第001号');
    expect(printed.prints.map((p) => [p.copies, p.reprint])).toEqual([
      ['第2份\u3000当事人龙䶮涛收执', true],
      ['全部（共3份）', false],
    ]);
  });

  it('refuses to sign a draft edited after its last full print', async () => {
    const id = mediation.agreements[0]!.id;
    await m.agreement(mediation.id, { agreementId: id, terms: [...AGREEMENT.terms, '双方和睦相处。'] });
    const refused = await a.call('mediation:sign-agreement', { agreementId: id, signedOn: '2026-11-24' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('marks the agreement signed: frozen, the hash matches the printed bytes, the case is closed, the 30-day window runs', async () => {
    const id = mediation.agreements[0]!.id;
    const printed = bytesOf(await m.print(id));
    mediation = await m.sign(id, '2026-11-24');
    const signed = mediation.agreements[0]!;
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2026-11-24', pdfSha256: sha(printed) });
    expect(mediation.status).toBe('agreed');
    expect(mediation.judicial).toMatchObject({ deadline: '2026-12-24', daysLeft: 30 });
    expect(mediation.followUps).toEqual([expect.objectContaining({ dueOn: '2026-12-10', visitedAt: null })]);
    const c = value(await a.call<CaseDetail>('cases:get', { id: caseId }));
    expect(c).toMatchObject({ status: 'closed', outcome: 'resolved' });

    // Frozen: an edit is refused and changes nothing; a reprint is the very same document.
    const edit = await a.call('mediation:save-agreement', {
      mediationId: mediation.id,
      agreementId: id,
      ...AGREEMENT,
      facts: '改动',
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!edit.ok) expect(isChinese(edit.error.message)).toBe(true);
    expect((await m.get(mediation.id)).agreements[0]!.facts).toBe(signed.facts);
    const reprint = bytesOf(await m.print(id));
    expect(sha(reprint)).toBe(signed.pdfSha256);
    expect((await m.get(mediation.id)).agreements[0]!.prints[0]).toMatchObject({
      reprint: true,
      copies: '全部（共3份）',
    });

    const desk = value(await a.call<MediationDashboard>('mediation:dashboard', {}));
    expect(desk.judicialDeadlines).toEqual([
      expect.objectContaining({ caseId, date: '2026-12-24', daysLeft: 30 }),
    ]);
  });

  it('a correction makes a new version with the same number that supersedes the old one once signed', async () => {
    const old = mediation.agreements[0]!;
    mediation = value(
      await a.call<MediationDetail>('mediation:correct-agreement', {
        agreementId: old.id,
        reason: '赔偿金额笔误',
      }),
    );
    const draft = mediation.agreements[0]!;
    expect(draft).toMatchObject({ version: 2, status: 'draft', number: old.number, supersedesId: old.id });
    expect(mediation.agreements[1]).toMatchObject({ status: 'signed' });
    await m.agreement(mediation.id, {
      agreementId: draft.id,
      amount: 3500,
      terms: ['张三赔偿人民币叁仟伍佰元整。'],
    });
    await m.print(draft.id);
    mediation = await m.sign(draft.id, '2026-11-24');
    expect(mediation.agreements.map((x) => [x.version, x.status])).toEqual([
      [2, 'signed'],
      [1, 'superseded'],
    ]);
  });

  it('records a follow-up visit; the case moves to 回访; the visit prints', async () => {
    // Seventeen days later (the idle lock has closed the session meanwhile).
    a.clock.set('2026-12-11T10:00:00');
    await a.asDirector();
    const due = mediation.followUps[0]!;
    mediation = value(
      await a.call<MediationDetail>('mediation:record-follow-up', {
        mediationId: mediation.id,
        followUpId: due.id,
        visitedAt: '2026-12-11T09:30',
        method: 'visit',
        reason: '回访协议履行情况',
        performance: 'performed',
        satisfaction: 'satisfied',
        visitor: '李婷姝',
        note: '防水层已修复，赔偿款已付清。',
        risk: '暂无',
      }),
    );
    expect(mediation.followUps[0]).toMatchObject({ visitedAt: '2026-12-11T09:30', performance: 'performed' });
    const followed = value(await a.call<CaseDetail>('cases:get', { id: caseId }));
    expect(followed.status).toBe('followed_up');
    // The ledger's columns read as written Chinese: one mark between clauses, no doubled brackets.
    expect(followed.followUpNote).toBe('防水层已修复，赔偿款已付清；风险：暂无');
    expect(followed.result).toBe('达成人民调解协议，编号（2026）测调人调字第001号，2026-11-24 签署生效。');
    const text = await pdfText(bytesOf(await m.document(mediation.id, 'followUp', { itemId: due.id })));
    expect(text).toContain('人民调解回访记录');
    expect(text).toContain('（2026）测调人调字第001号');
    expect(mediation.judicial.daysLeft).toBe(13);
  });

  it('prints the judicial-confirmation application in both variants and records the court', async () => {
    const pp = await pdfText(
      bytesOf(await m.document(mediation.id, 'judicial', { variant: 'person-person' })),
    );
    expect(pp).toContain('司法确认申请书');
    // Before the court is recorded, 此致 is followed by a line to write it on; the staff's
    // thirty-day reminder (截止 2026年12月24日) stays on screen, not on the court's paper.
    expect(pp.replace(/\s+/g, '')).toMatch(/此致＿+人民法院/);
    expect(pp).not.toContain('截止');
    mediation = value(
      await a.call<MediationDetail>('mediation:save-judicial', {
        id: mediation.id,
        court: '示范区人民法院',
        appliedOn: '2026-12-11',
        caseNumber: '（2026）示0101民特12号',
      }),
    );
    expect(mediation.judicial).toMatchObject({
      court: '示范区人民法院',
      caseNumber: '（2026）示0101民特12号',
    });
    // Applied: the deadline leaves the desk.
    expect(value(await a.call<MediationDashboard>('mediation:dashboard', {})).judicialDeadlines).toEqual([]);
  });

  it('prints the dossier before closing as a job (every document rendered to count its pages); print-document refuses it', async () => {
    const started = a.core.api.mediation.printDossier({ id: mediation.id });
    const { jobId } = value(await started);
    const file = value(await a.core.outcome(started));
    expect(
      a.core
        .history(jobId)
        .filter((s) => s.state === 'running')
        .map((s) => s.phase),
    ).toEqual(['正在排版卷内文书以统计页数…', '正在排版卷宗封面及卷内目录…']);
    expect(file).toMatchObject({
      fileName: `人民调解卷宗-${mediation.caseCode}.pdf`,
      mime: 'application/pdf',
    });
    const text = await pdfText(bytesOf(file));
    expect(text).toContain('卷内目录');
    expect(text).toContain('司法确认有关材料');
    expect(
      await a.core.api.mediation.printDocument({ mediationId: mediation.id, document: 'dossier' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('closes the mediation: the dossier lists the documents in order with page ranges; the case is archived', async () => {
    mediation = value(
      await a.call<MediationDetail>('mediation:close', { id: mediation.id, retention: 'D30' }),
    );
    expect(mediation.status).toBe('closed');
    const titles = mediation.dossier.entries.map((e) => e.title);
    expect(titles).toEqual([
      '人民调解申请书',
      '人民调解当事人权利义务告知书',
      '人民调解记录',
      '人民调解协议书',
      '人民调解回访记录',
      '司法确认有关材料',
    ]);
    expect(mediation.dossier.entries[0]!.range.startsWith('1')).toBe(true);
    expect(mediation.dossier).toMatchObject({
      retention: 'D30',
      number: '（2026）测调人调字第001号',
      filedBy: '王主任',
    });
    expect(value(await a.call<CaseDetail>('cases:get', { id: caseId })).status).toBe('archived');
    // Filed: the catalogue is the stored one, no document is rendered again.
    const started = a.core.api.mediation.printDossier({ id: mediation.id });
    const text = await pdfText(bytesOf(value(await a.core.outcome(started))));
    expect(a.core.history(value(await started).jobId).map((s) => s.phase)).toEqual([
      '正在排版卷宗封面及卷内目录…',
      '已完成',
    ]);
    expect(text).toContain('卷内目录');
    expect(text).toContain('人民调解协议书');
    // Closed: no more sessions.
    const late = await a.call('mediation:save-session', {
      mediationId: mediation.id,
      startedAt: '2026-12-11T10:00',
      place: '调解室',
      steps: {},
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
