import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, value } from '../support/archive';
import { archiveRoom, ARCHIVIST, type ArchiveRoom } from '../support/archiveRoom';
import { STAFF, ID_NUMBER } from '../support/ledger';
import { openDirect } from '../support/directDb';
import { pdfText, squash } from '../support/pdf';
import { section, sheetRows } from '../support/workbook';
import type { ArchiveItemDetail, Loan } from '../../shared/archive/schemas';

/** A court clerk taking a dossier out for a judicial confirmation (domain-sources §4.3). */
const COURT_CLERK = {
  borrowerKind: 'outside',
  borrowerName: '周书记员',
  borrowerUnit: '示范区人民法院',
  borrowerPhone: '13900001111',
  borrowerIdNumber: ID_NUMBER,
  letter: '（2026）示法函字第88号调卷函',
  purpose: 'judicial',
  purposeNote: '司法确认审查',
} as const;

describe('借阅：申请、审批、出借、续借、归还', () => {
  let a: ArchiveRoom;
  let dossier: ArchiveItemDetail;
  let minutes: ArchiveItemDetail;
  let secret: ArchiveItemDetail;

  beforeAll(async () => {
    a = await archiveRoom();
    dossier = await a.file({
      title: '张三与龙某邻里纠纷调解卷',
      categoryCode: 'TJ',
      retention: 'D30',
      pages: 24,
    });
    minutes = await a.file({ classification: 'public' });
    secret = await a.file({
      title: '重点人员稳控情况报告',
      categoryCode: 'BG',
      classification: 'secret',
      pages: 5,
    });
  });
  afterAll(() => a.cleanup());

  /** Days pass: the idle lock has fired meanwhile, and the director unlocks. */
  const travel = async (iso: string) => {
    a.clock.set(iso);
    if (value(await a.api.session.status({})).state === 'locked')
      value(await a.api.session.unlock({ password: DIRECTOR.password }));
  };

  it('lets no take-out leave without the director’s approval', async () => {
    await a.login(STAFF);
    const loan = value(await a.api.archive.apply({ itemId: dossier.id, mode: 'borrow', ...COURT_CLERK }));
    expect(loan).toMatchObject({
      status: 'requested',
      needsApproval: true,
      requestedDays: 7,
      borrowerIdNumber: '110105********002X',
    });
    expect(await a.api.archive.lend({ id: loan.id, pages: 24 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该借阅当前为「待审批」，不能出借。' },
    });
    expect(await a.api.archive.approve({ id: loan.id, days: 5 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Even a direct write cannot put a loan out without its approver: the table's own check refuses it.
    const db = await openDirect(a.dir);
    try {
      expect(() =>
        db
          .prepare(
            "UPDATE archive_loans SET status = 'out', lent_at = '2026-11-24T09:00', due_on = '2026-12-01', pages_out = 24 WHERE id = ?",
          )
          .run(loan.id),
      ).toThrow(/CHECK constraint/);
    } finally {
      db.close();
    }
    await a.asDirector();
    const approved = value(
      await a.api.archive.approve({ id: loan.id, days: 5, conditions: '不得拆卷，不得复印' }),
    );
    expect(approved).toMatchObject({ status: 'approved', decidedBy: '王主任', approvedDays: 5 });
    await a.login(STAFF);
    const out = value(await a.api.archive.lend({ id: loan.id, pages: 24 }));
    expect(out).toMatchObject({
      status: 'out',
      pagesOut: 24,
      dueOn: '2026-11-29',
      lentBy: '李婷姝',
      dueState: 'ok',
    });
    await a.asDirector();
  });

  it('refuses a second loan of an item on loan, and queues it for the return', async () => {
    const waiting = value(
      await a.api.archive.apply({
        itemId: dossier.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: a.ids[STAFF.username]!,
        purpose: 'review',
      }),
    );
    // Reading an internal item on site needs no approval, but the item is out: second in line behind the loan out.
    expect(waiting).toMatchObject({
      status: 'approved',
      needsApproval: false,
      queuePosition: 1,
      borrowerName: '李婷姝',
      borrowerUnit: '本中心',
    });
    expect(await a.api.archive.lend({ id: waiting.id, pages: 24 })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '档案 J001-TJ·2026-D30-0001 正借给 周书记员（应还 2026-11-29），归还后按排队顺序出借。',
      },
    });
    const desk = value(await a.api.archive.dashboard({}));
    expect(desk.readyToLend.map((l) => l.id)).not.toContain(waiting.id);
  });

  it('renews once (the director, for an approved loan), then no more', async () => {
    const [out] = value(await a.api.archive.loans({ page: 0, pageSize: 5, status: ['out'] })).rows as [Loan];
    await a.login(STAFF);
    expect(await a.api.archive.renew({ id: out.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '经主任批准的借阅，续借也须主任办理。' },
    });
    await a.asDirector();
    expect(value(await a.api.archive.renew({ id: out.id }))).toMatchObject({
      renewals: 1,
      dueOn: '2026-12-06',
    });
    expect(await a.api.archive.renew({ id: out.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已续借 1 次，不能再续借。' },
    });
  });

  it('turns yellow three days before the due date and red after it; the recall notice names item, borrower and date', async () => {
    const find = async () => value(await a.api.archive.dashboard({}));
    await travel('2026-12-02T09:00:00');
    expect((await find()).dueSoon).toEqual([]);
    await travel('2026-12-03T09:00:00');
    expect((await find()).dueSoon.map((l) => l.dueState)).toEqual(['dueSoon']);
    await travel('2026-12-09T09:00:00');
    const overdue = (await find()).overdue;
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ dueState: 'overdue', overdueDays: 3, borrowerName: '周书记员' });
    const notice = squash(
      await pdfText(
        Buffer.from(value(await a.api.archive.printRecall({ id: overdue[0]!.id })).base64, 'base64'),
      ),
    );
    for (const words of [
      '催还通知单',
      '周书记员',
      '示范区人民法院',
      'J001-TJ·2026-D30-0001',
      '张三与龙某邻里纠纷调解卷',
    ])
      expect(notice).toContain(words);
    expect(notice).toMatch(/2026年12月6日|二〇二六年十二月六日|2026-12-06/);
  });

  it('refuses more pages back than went out; records a return with a page missing as 缺损, then serves the queue in order', async () => {
    const [out] = value(await a.api.archive.loans({ page: 0, pageSize: 5, status: ['out'] })).rows as [Loan];
    // More pages than went out is a miscount: refused on the field, and the loan stays out.
    expect(await a.api.archive.returnLoan({ id: out.id, pages: 240, condition: 'intact' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '输入有误：归还页数多于出借时的 24 页',
        fields: { pages: '出借时为 24 页，归还页数不能更多，请重新清点' },
      },
    });
    expect(value(await a.api.archive.get({ id: dossier.id })).onLoanId).toBe(out.id);
    const back = value(await a.api.archive.returnLoan({ id: out.id, pages: 23, condition: 'intact' }));
    expect(back).toMatchObject({
      status: 'returned',
      condition: 'damaged',
      pagesBack: 23,
      conditionNote: '归还时少 1 页（出借 24 页，归还 23 页）',
    });
    expect(await a.api.archive.returnLoan({ id: out.id, pages: 23, condition: 'intact' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const desk = value(await a.api.archive.dashboard({}));
    expect(desk.overdue).toEqual([]);
    const next = desk.readyToLend.find((l) => l.itemId === dossier.id)!;
    expect(next).toMatchObject({ mode: 'read', queuePosition: null });
    expect(value(await a.api.archive.lend({ id: next.id, pages: 23 }))).toMatchObject({
      status: 'out',
      dueOn: '2026-12-09',
    });
    value(await a.api.archive.returnLoan({ id: next.id, pages: 23, condition: 'intact' }));
    expect(
      value(await a.api.archive.recordEffect({ id: back.id, effect: '法院据此作出确认裁定' })),
    ).toMatchObject({ effect: '法院据此作出确认裁定' });
  });

  it('lets anyone read a public item on site without approval, but a 秘密 item only with the director’s', async () => {
    await a.login(ARCHIVIST);
    const reading = value(
      await a.api.archive.apply({
        itemId: minutes.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: a.ids[STAFF.username]!,
        purpose: 'review',
      }),
    );
    expect(reading).toMatchObject({ status: 'approved', decidedBy: null });
    expect(value(await a.api.archive.lend({ id: reading.id, pages: 6 }))).toMatchObject({
      status: 'out',
      dueOn: '2026-12-09',
    });
    const secretRead = value(
      await a.api.archive.apply({
        itemId: secret.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: a.ids[STAFF.username]!,
        purpose: 'review',
      }),
    );
    expect(secretRead).toMatchObject({ status: 'requested', needsApproval: true });
    await a.asDirector();
    const refused = value(await a.api.archive.refuse({ id: secretRead.id, reason: '与本次工作无关' }));
    expect(refused).toMatchObject({ status: 'refused', decisionNote: '与本次工作无关' });
    expect(await a.api.archive.lend({ id: secretRead.id, pages: 5 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const copy = value(await a.api.archive.apply({ itemId: secret.id, mode: 'borrow', ...COURT_CLERK }));
    expect(copy.requestedDays).toBe(3);
  });

  it('asks an outside borrower for unit, phone, ID and letter', async () => {
    const r = await a.api.archive.apply({
      itemId: minutes.id,
      mode: 'borrow',
      borrowerKind: 'outside',
      borrowerName: '某人',
      purpose: 'other',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          borrowerUnit: '外单位借阅须填写单位',
          borrowerPhone: '外单位借阅须留联系电话',
          borrowerIdNumber: '外单位借阅须登记身份证号',
          letter: '外单位借阅须有介绍信或公函',
        },
      },
    });
  });

  it('audits every step, signed by its actor', async () => {
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 100 }));
    const actions = audit.rows
      .filter((r) => r.action.startsWith('archive.'))
      .map((r) => `${r.action} ${r.actorName}`);
    for (const step of [
      'archive.apply 李婷姝',
      'archive.approve 王主任',
      'archive.lend 李婷姝',
      'archive.renew 王主任',
      'archive.return 王主任',
      'archive.refuse 王主任',
      'archive.recall 王主任',
    ])
      expect(actions).toContain(step);
  });

  it('counts loans by month, purpose, 门类 and unit', async () => {
    const stats = value(await a.api.archive.stats({ from: '2026-11', to: '2026-12' }));
    expect(stats.months.find((m) => m.month === '2026-11')).toMatchObject({ borrowings: 1 });
    expect(stats.byPurpose).toContainEqual({ key: 'judicial', label: '司法确认或诉讼', count: 2 });
    expect(stats.byUnit.map((u) => u.label)).toContain('示范区人民法院');
    expect(stats.byCategory.map((c) => c.key)).toContain('TJ');
    expect(stats).toMatchObject({ refused: 1, damaged: 1 });
  });

  it('puts the same figures on the 档案借阅 sheet of the statistics workbook', async () => {
    const period = { from: '2026-11', to: '2026-12' };
    const stats = value(await a.api.archive.stats(period));
    const file = value(await a.api.stats.exportCases(period));
    const { names, rows } = await sheetRows(file, '档案借阅');
    expect(names).toEqual(['统计表', '人民调解', '档案借阅', '视频监控值班']);
    expect(rows[0]![0]).toBe('档案借阅利用情况统计表');
    expect(String(rows[1]![0])).toContain('统计期间：2026年11月至2026年12月');
    const total = (pick: (m: (typeof stats.months)[number]) => number) =>
      stats.months.reduce((n, m) => n + pick(m), 0);
    expect(section(rows, '一、总体情况')).toEqual({
      借阅申请: [total((m) => m.loans)],
      现场查阅: [total((m) => m.readings)],
      借出: [total((m) => m.borrowings)],
      复制: [total((m) => m.copies)],
      不予批准: [1],
      归还时缺损: [1],
      '逾期未还（截至导出时）': [stats.overdueNow],
    });
    const months = section(rows, '二、按月份');
    expect(months['2026年11月']).toEqual(
      (({ loans, readings, borrowings, copies }) => [loans, readings, borrowings, copies])(stats.months[0]!),
    );
    const purposes = section(rows, '三、按利用目的');
    expect(purposes['司法确认或诉讼']![0]).toBe(2);
    expect(purposes['合计']![0]).toBe(total((m) => m.loans));
    expect(section(rows, '四、按档案门类')).toMatchObject(
      Object.fromEntries(stats.byCategory.map((c) => [c.label, [c.count, expect.any(Number)]])),
    );
    expect(section(rows, '五、按借阅单位（前列）')['示范区人民法院']).toEqual([
      stats.byUnit.find((u) => u.label === '示范区人民法院')!.count,
    ]);
  });

  it('prints the 借阅登记簿 in landscape with the loans of a date range', async () => {
    const file = value(await a.api.archive.printRegister({ from: '2026-11-01', to: '2026-12-31' }));
    const text = squash(await pdfText(Buffer.from(file.base64, 'base64')));
    expect(text).toContain('借阅登记簿');
    expect(text).toContain('周书记员');
    expect(text).toContain('缺损');
  });
});
