import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { archiveRoom, ARCHIVIST, type ArchiveRoom } from '../support/archiveRoom';
import { spawnTsx, watchLines } from '../support/children';
import { mediationCalls } from '../support/mediation';
import { STAFF } from '../support/ledger';
import { pdfText, squash } from '../support/pdf';

const serialOf = (code: string) => Number(code.slice(-4));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('归档：调解卷宗自动归档、两个进程同时归档、到期鉴定与销毁', () => {
  let a: ArchiveRoom;

  beforeAll(async () => {
    a = await archiveRoom();
  });
  afterAll(() => a.cleanup());

  it('files a closed mediation’s dossier as a catalogue item with its 卷内目录; the case shows it and its loans', async () => {
    const m = mediationCalls(a);
    const c = await m.openCase();
    const opened = await m.open(c.id);
    value(await a.api.mediation.terminate({ id: opened.id, reason: '龙䶮涛不再接受调解', informed: true }));
    const closed = value(await a.api.mediation.close({ id: opened.id, retention: 'D30' }));
    const item = value(await a.api.archive.forCase({ caseId: c.id }))!;
    expect(item).toMatchObject({
      code: 'J001-TJ·2026-D30-0001',
      categoryName: '调解卷宗',
      title: closed.dossier.title,
      retention: 'D30',
      classification: 'internal',
      responsible: '测试社区人民调解委员会',
      caseCode: c.code,
      date: '2026-11-24',
    });
    expect(item.contents.map((e) => e.title)).toEqual(closed.dossier.entries.map((e) => e.title));
    expect(item.pages).toBe(closed.dossier.entries.reduce((n, e) => n + e.pages, 0));
    const events = value(await a.api.cases.get({ id: c.id })).events.map((e) => e.note ?? '');
    expect(events.some((n) => n.includes('档号 J001-TJ·2026-D30-0001'))).toBe(true);
    value(
      await a.api.archive.apply({
        itemId: item.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: a.ids[STAFF.username]!,
        purpose: 'review',
      }),
    );
    expect(value(await a.api.archive.forCase({ caseId: c.id }))!.loans).toHaveLength(1);
    expect(value(await a.api.archive.forCase({ caseId: (await a.create()).id }))).toBeNull();
  });

  it('gives two processes filing at once 档号 with no gap and no duplicate', async () => {
    await a.file({ title: '先归档的一份会议记录' });
    // The app's own core keeps the archive open (WAL): the two children write beside it.
    const children = ['甲', '乙'].map((tag) => {
      const child = spawnTsx('tests/support/fileItems.ts', [a.dir, '150', tag], { stdin: true });
      return { child, watch: watchLines(child) };
    });
    await Promise.all(children.map(({ watch }) => watch.until((line) => line === 'ready')));
    for (const { child } of children) child.stdin!.end('go\n');
    const codes = await Promise.all(
      children.map(async ({ child, watch }) => {
        const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
        expect(await exit, watch.stderr()).toBe(0);
        return JSON.parse(watch.lines.at(-1)!) as string[];
      }),
    );
    const all = codes.flat();
    expect(new Set(all).size).toBe(300);
    expect(all.map(serialOf).sort((x, y) => x - y)).toEqual(range(2, 301));
    expect((await a.file({ title: '之后归档的一份会议记录' })).code).toBe('J001-HY·2026-D10-0302');
  }, 120_000);

  it('lists items past their retention for appraisal; disposal needs the director and keeps the row', async () => {
    const old = await a.file({
      title: '2015年度值班记录',
      categoryCode: 'ZB',
      year: 2015,
      retention: 'D10',
      date: '2015-12-31',
    });
    const kept = await a.file({
      title: '2015年度重大事项报告',
      categoryCode: 'BG',
      year: 2015,
      retention: 'D30',
    });
    await a.login(ARCHIVIST);
    const expired = value(await a.api.archive.expired({}));
    expect(expired.map((i) => i.code)).toEqual([old.code]);
    expect(await a.api.archive.proposeDisposal({ itemIds: [kept.id], reason: '保管期满' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `不能列入销毁清册：${kept.code} 保管期限（定期30年）未满。` },
    });
    const proposed = value(
      await a.api.archive.proposeDisposal({ itemIds: [old.id], reason: '保管期满，经鉴定无继续保存价值' }),
    );
    expect(proposed).toMatchObject({ number: '2026-001', status: 'proposed' });
    expect(await a.api.archive.decideDisposal({ id: proposed.id, approve: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(value(await a.api.archive.get({ id: old.id })).destroyed).toBe(false);
    await a.asDirector();
    expect(value(await a.api.archive.dashboard({})).disposalsAwaiting).toBe(1);
    const done = value(
      await a.api.archive.decideDisposal({ id: proposed.id, approve: true, supervisor: '李婷姝' }),
    );
    expect(done).toMatchObject({ status: 'approved', decidedBy: '王主任' });
    const gone = value(await a.api.archive.get({ id: old.id }));
    expect(gone).toMatchObject({
      destroyed: true,
      destroyedBy: '王主任',
      destroyReason: '保管期满，经鉴定无继续保存价值（销毁清册 2026-001）',
    });
    expect(value(await a.api.archive.list({ page: 0, pageSize: 5, q: '2015年度值班' })).total).toBe(0);
    expect(
      value(await a.api.archive.list({ page: 0, pageSize: 5, q: '2015年度值班', state: 'destroyed' })).total,
    ).toBe(1);
    expect(
      await a.api.archive.apply({
        itemId: old.id,
        mode: 'read',
        borrowerKind: 'staff',
        borrowerAccountId: 1,
        purpose: 'review',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const list = squash(
      await pdfText(
        Buffer.from(value(await a.api.archive.printDisposal({ id: proposed.id })).base64, 'base64'),
      ),
    );
    for (const words of ['销毁清册', '2026-001', old.code, '2015年度值班记录', '王主任'])
      expect(list).toContain(words);
  });
});
