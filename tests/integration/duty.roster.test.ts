import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { createAccountInUse } from '../support/accounts';
import { ledgerArchive, OPERATOR, STAFF, type LedgerArchive } from '../support/ledger';
import type { RosterMonth } from '../../shared/duty/schemas';
import { pdfPageSize, pdfText, squash } from '../support/pdf';

const MORE_OPERATORS = ['赵', '钱', '孙', '李'].map((surname, i) => ({
  username: `watch0${i + 1}`,
  displayName: `${surname}值班`,
  role: 'operator',
  password: `watch-pass-${i + 1}`,
}));

describe('值班表：生成、校验、发布、调班与版本', () => {
  let a: LedgerArchive;
  let ids: number[];
  let draft: RosterMonth;

  beforeAll(async () => {
    a = await ledgerArchive();
    for (const p of MORE_OPERATORS) a.ids[p.username] = (await createAccountInUse(a.call, p)).id;
    ids = [a.ids[OPERATOR.username]!, ...MORE_OPERATORS.map((p) => a.ids[p.username]!)];
  }, 60_000);
  afterAll(() => a.cleanup());

  it('puts the operators on the roster by default and staff on request', async () => {
    const setup = value(await a.api.duty.setup({}));
    expect(setup.candidates.filter((c) => c.onDuty).map((c) => c.id)).toEqual(ids);
    const withStaff = value(await a.api.duty.setPeople({ accountIds: [...ids, a.ids[STAFF.username]!] }));
    expect(withStaff.candidates.find((c) => c.id === a.ids[STAFF.username])!.onDuty).toBe(true);
    value(await a.api.duty.setPeople({ accountIds: ids }));
    expect(setup.templates.map((t) => t.name)).toEqual(['两班制（12 小时）', '三班制（8 小时）']);
  });

  it('generates the rest of the month as a job, fair and without a broken rule, leave respected', async () => {
    value(
      await a.api.duty.addLeave({
        accountId: ids[0]!,
        from: '2026-11-26',
        to: '2026-11-27',
        shift: null,
        reason: '年休假',
      }),
    );
    const out = value(await a.api.duty.generate({ month: '2026-11', templateId: 1, from: '2026-11-24' }));
    if (!out.ok) throw new Error(out.reasons.join('；'));
    expect(out.optimal).toBe(true);
    draft = out.roster;
    expect(draft.issues).toEqual([]);
    expect(draft.draft!.assignments).toHaveLength(14);
    expect(
      draft.draft!.assignments.some(
        (x) => x.personId === ids[0] && ['2026-11-26', '2026-11-27'].includes(x.date),
      ),
    ).toBe(false);
  }, 60_000);

  it('validates every edit of the draft and refuses to publish until it is whole', async () => {
    const broken = draft.draft!.assignments.filter((x) => !(x.date === '2026-11-25' && x.shift === 'N'));
    const edited = value(
      await a.api.duty.saveDraft({ month: '2026-11', templateId: 1, assignments: broken }),
    );
    expect(edited.issues.map((i) => i.message)).toContain(
      '11月25日 夜班（20:00—次日08:00）应 1 人，实排 0 人：20:00—08:00 无人值班',
    );
    expect(await a.api.duty.publish({ month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    value(
      await a.api.duty.saveDraft({ month: '2026-11', templateId: 1, assignments: draft.draft!.assignments }),
    );
    const published = value(await a.api.duty.publish({ month: '2026-11', note: '11月下旬值班表' }));
    expect(published).toMatchObject({
      draft: null,
      published: { version: 1, status: 'published', publishedBy: '王主任' },
    });
    expect(await a.api.duty.generate({ month: '2026-11', templateId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('prints the month in A4 landscape with 带班领导 and phones, and exports it', async () => {
    value(
      await a.api.duty.saveLeaders({
        month: '2026-11',
        days: [{ date: '2026-11-24', name: '王主任', phone: '13800000000' }],
      }),
    );
    const pdf = Buffer.from(value(await a.api.duty.printRoster({ month: '2026-11' })).base64, 'base64');
    const text = squash(await pdfText(pdf));
    for (const words of [
      '测试综治中心视频监控值班表',
      '2026年11月',
      '白班（08:00—20:00）',
      '11月24日',
      '王主任',
      '13800000000',
      '第1版',
    ])
      expect(text).toContain(words);
    const size = await pdfPageSize(pdf);
    expect(size.width).toBeGreaterThan(size.height);
    const xlsx = value(await a.api.duty.exportRoster({ month: '2026-11' }));
    expect(xlsx.fileName).toBe('视频监控值班表-2026-11.xlsx');
  });

  it('says who is on duty now', async () => {
    const now = value(await a.api.duty.onDuty({}));
    const expected = draft.draft!.assignments.find((x) => x.date === '2026-11-24' && x.shift === 'D')!;
    expect(now.shift).toMatchObject({ key: 'D', date: '2026-11-24', label: '11月24日 白班' });
    expect(now.people.map((p) => p.id)).toEqual([expected.personId]);
  });

  it('lets an operator ask to be replaced; the director approves and a new version is published', async () => {
    const mine = draft.draft!.assignments.find((x) => x.personId === ids[1] && x.date >= '2026-11-28')!;
    const other = ids.find(
      (id) =>
        !draft.draft!.assignments.some(
          (x) => x.personId === id && Math.abs(Date.parse(x.date) - Date.parse(mine.date)) <= 86_400_000,
        ),
    )!;
    await a.login(MORE_OPERATORS[0]!);
    expect(await a.api.duty.publish({ month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await a.api.duty.requestSwap({
        month: '2026-11',
        kind: 'replace',
        date: mine.date,
        shift: mine.shift,
        fromId: ids[2]!,
        toId: other,
        reason: '代他人申请',
      }),
    ).toMatchObject({
      ok: false,
    });
    const requested = value(
      await a.api.duty.requestSwap({
        month: '2026-11',
        kind: 'replace',
        date: mine.date,
        shift: mine.shift,
        fromId: ids[1]!,
        toId: other,
        reason: '孩子生病',
      }),
    );
    expect(requested.swaps[0]).toMatchObject({ status: 'requested', reason: '孩子生病', fromName: '赵值班' });
    await a.asDirector();
    const approved = value(await a.api.duty.decideSwap({ id: requested.swaps[0]!.id, approve: true }));
    expect(approved.published).toMatchObject({ version: 2, note: '调班：孩子生病' });
    expect(
      approved.published!.assignments.find((x) => x.date === mine.date && x.shift === mine.shift)!.personId,
    ).toBe(other);
    expect(approved.versions.map((v) => `${v.version}${v.status}`)).toEqual(['2published', '1superseded']);
    expect(approved.swaps[0]).toMatchObject({ status: 'approved', decidedBy: '王主任' });
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 5, action: 'duty.approve-swap' }));
    expect(audit.rows[0]!.summary).toContain('孩子生病');
  });

  it('explains in Chinese with the numbers why a month cannot be rostered', async () => {
    value(await a.api.duty.setPeople({ accountIds: ids.slice(0, 2) }));
    const out = value(await a.api.duty.generate({ month: '2026-12', templateId: 2 }));
    expect(out).toEqual({
      ok: false,
      reasons: [
        '三班制（8 小时）每天共需 3 人次、休息不少于 12 小时、连续夜班不超过 3 个、每周不超过 5 个班时，至少需要 5 名值班员，名单上只有 2 人',
      ],
    });
  });
});
