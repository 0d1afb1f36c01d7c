import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/cases/schemas';
import type { Settings } from '../../shared/settings/schemas';
import { value } from '../support/archive';
import { caseInput, ledgerArchive, type LedgerArchive } from '../support/ledger';
import { AGREEMENT, bytesOf, mediationCalls, TWO_PERSONS } from '../support/mediation';
import { pdfText } from '../support/pdf';
import { openDirect } from '../support/directDb';

/**
 * What keeps a mediation's record true to its paper: the case moves only
 * through the mediation, a terminated or filed mediation takes no agreement,
 * the number is given only by a print that succeeded, and a signed agreement
 * is printed from what was signed, whatever later happens to the case.
 */
describe('人民调解：案件状态、协议冻结与编号的完整性', () => {
  let a: LedgerArchive;
  let m: ReturnType<typeof mediationCalls>;

  beforeAll(async () => {
    a = await ledgerArchive();
    m = mediationCalls(a);
  });
  afterAll(() => a.cleanup());

  const caseOf = async (id: number) => value(await a.call<CaseDetail>('cases:get', { id }));

  it('the ledger neither moves a case into 调解中 nor out of it while its mediation is under way', async () => {
    const c = await m.openCase();
    await a.call('cases:transition', { id: c.id, to: 'accepted' });
    expect(await a.call('cases:transition', { id: c.id, to: 'mediating' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const opened = await m.open(c.id);
    expect((await caseOf(c.id)).mediationOpen).toBe(true);
    for (const to of ['closed', 'suspended', 'in_progress'])
      expect(
        await a.call('cases:transition', {
          id: c.id,
          to,
          outcome: 'resolved',
          result: '和解',
          reason: '外出',
        }),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await caseOf(c.id)).status).toBe('mediating');
    // The termination moves the case; the ledger then works it again.
    await a.call('mediation:terminate', { id: opened.id, reason: '一方拒绝继续调解', informed: true });
    expect(await caseOf(c.id)).toMatchObject({ status: 'closed', mediationOpen: false });
    expect(await a.call('cases:transition', { id: c.id, to: 'archived' })).toMatchObject({ ok: true });
    // A refusal is recorded only where a mediation could be opened.
    expect(await a.call('mediation:record-refusal', { caseId: c.id, partyName: '张三' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('a draft left in a terminated mediation can be neither edited, printed nor signed, and uses no number', async () => {
    const opened = await m.open((await m.openCase()).id);
    const draft = (await m.agreement(opened.id)).agreements[0]!;
    await a.call('mediation:terminate', { id: opened.id, reason: '一方拒绝继续调解', informed: true });
    for (const [channel, input] of [
      ['mediation:save-agreement', { mediationId: opened.id, agreementId: draft.id, ...AGREEMENT }],
      ['mediation:print-agreement', { agreementId: draft.id }],
      ['mediation:sign-agreement', { agreementId: draft.id, signedOn: '2026-11-24' }],
    ] as const)
      expect(await a.call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await m.get(opened.id)).agreements[0]).toMatchObject({
      number: null,
      status: 'draft',
      prints: [],
    });
  });

  it('a number the font cannot print is refused before it is assigned; after the fix the print numbers normally', async () => {
    const settings = value(await a.call<Settings>('settings:get', {}));
    // Settings refuse such a name at once…
    const named = await a.call('settings:update', { ...settings, committeeShortName: '𪚥调' });
    expect(named).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('调委会简称') },
    });
    // …and one already stored (an archive from before that check) is caught at the print.
    const direct = await openDirect(a.dir);
    direct.prepare("UPDATE settings SET value = '\"𪚥调\"' WHERE key = 'committeeShortName'").run();
    direct.close();
    const opened = await m.open((await m.openCase()).id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    const refused = await a.call('mediation:print-agreement', { agreementId: id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('𪚥');
    expect((await m.get(opened.id)).agreements[0]).toMatchObject({ number: null, prints: [] });
    value(await a.call('settings:update', settings));
    const text = await pdfText(bytesOf(await m.print(id)));
    expect(text).toMatch(/（2026）测调人调字第\d{3}号/);
    expect((await m.get(opened.id)).agreements[0]!.prints).toHaveLength(1);
  });

  it('signing needs the paper printed from the current data: a party added after the print is refused', async () => {
    const c = await m.openCase();
    const opened = await m.open(c.id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    await m.print(id);
    value(
      await a.call('cases:update', {
        ...caseInput({ parties: [...TWO_PERSONS, { kind: 'person', name: '王五' }] }),
        id: c.id,
      }),
    );
    const stale = await a.call('mediation:sign-agreement', { agreementId: id, signedOn: '2026-11-24' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Printed again with three parties: 一式四份, and it signs.
    expect(await pdfText(bytesOf(await m.print(id)))).toContain('本协议一式四份');
    expect((await m.sign(id)).agreements[0]).toMatchObject({ status: 'signed', copies: 4 });
  });

  it('a signed agreement is reprinted as signed even after the case is edited; the signing date is not before the print', async () => {
    const c = await m.openCase();
    const opened = await m.open(c.id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    a.clock.set('2026-11-26T09:00:00');
    await a.asDirector();
    await m.print(id);
    const early = await a.call('mediation:sign-agreement', { agreementId: id, signedOn: '2026-11-25' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const signed = (await m.sign(id, '2026-11-26')).agreements[0]!;
    // The closed case is edited: a party moves house and a third party is added.
    value(
      await a.call('cases:update', {
        ...caseInput({
          parties: [
            { ...TWO_PERSONS[0]!, address: '新地址8号' },
            TWO_PERSONS[1]!,
            { kind: 'person', name: '王五' },
          ],
        }),
        id: c.id,
      }),
    );
    const after = (await m.get(opened.id)).agreements[0]!;
    expect(after).toMatchObject({ copies: 3, copyLabels: signed.copyLabels });
    const one = await pdfText(bytesOf(await m.print(id, 1)));
    expect(one).toContain('幸福里3号');
    expect(one).not.toContain('新地址8号');
    expect(one).toContain('本协议一式三份');
    expect(one).toContain('二〇二六年十一月二十六日');
    expect((await m.get(opened.id)).agreements[0]!.prints[0]).toMatchObject({
      copies: '第1份\u3000当事人张三收执',
    });
  });

  it('a filed dossier is not reopened by a correction', async () => {
    const opened = await m.open((await m.openCase()).id);
    const id = (await m.agreement(opened.id)).agreements[0]!.id;
    await m.print(id);
    await m.sign(id, '2026-11-26');
    value(await a.call('mediation:close', { id: opened.id, retention: 'D10' }));
    expect(await a.call('mediation:correct-agreement', { agreementId: id, reason: '笔误' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('an oral agreement is numbered at the first print of its form, and the form carries the number', async () => {
    const opened = await m.open((await m.openCase()).id);
    await m.agreement(opened.id, { kind: 'oral' });
    const form = await pdfText(bytesOf(await m.document(opened.id, 'oral')));
    const number = (await m.get(opened.id)).agreements[0]!.number;
    expect(number).toMatch(/人调字第\d{3}号$/);
    expect(form).toContain(number);
    const again = await pdfText(bytesOf(await m.document(opened.id, 'oral')));
    expect(again).toContain(number);
    expect((await m.get(opened.id)).agreements[0]!.number).toBe(number);
  });
});
