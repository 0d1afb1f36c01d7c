import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { value } from '../support/archive';
import { archiveRoom, ARCHIVIST, itemInput, type ArchiveRoom } from '../support/archiveRoom';
import { pdfText, squash } from '../support/pdf';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('档案目录：归档、档号、查找、装盒、电子文件', () => {
  let a: ArchiveRoom;

  beforeAll(async () => {
    a = await archiveRoom();
  });
  afterAll(() => a.cleanup());

  it('numbers items per 门类 + 年度 + 保管期限, from 0001, in the DA/T 22 form', async () => {
    const first = await a.file();
    const second = await a.file({ title: '2026年12月工作例会记录', date: '2026-12-01' });
    const brief = await a.file({ title: '综治信息简报第1期', categoryCode: 'XX', retention: 'D30' });
    const lastYear = await a.file({ title: '2025年度工作总结会议记录', year: 2025, date: '2025-12-30' });
    expect([first.code, second.code, brief.code, lastYear.code]).toEqual([
      'J001-HY·2026-D10-0001',
      'J001-HY·2026-D10-0002',
      'J001-XX·2026-D30-0001',
      'J001-HY·2025-D10-0001',
    ]);
    expect(first).toMatchObject({
      categoryName: '会议记录',
      scanCode: 'J001-HY.2026-D10-0001',
      destroyed: false,
    });
  });

  it('finds an item by its 档号 however it was typed or scanned', async () => {
    for (const typed of [
      'J001-HY·2026-D10-0002',
      'J001-HY.2026-D10-0002',
      'j001-hy.2026-d10-0002',
      'Ｊ００１－ＨＹ・２０２６－Ｄ１０－０００２',
    ])
      expect(value(await a.api.archive.getByCode({ code: typed })).title).toBe('2026年12月工作例会记录');
    expect(await a.api.archive.getByCode({ code: 'J001-HY·2026-D10-9999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到档号为 J001-HY·2026-D10-9999 的档案。' },
    });
    // The search box takes a scanned code too.
    const page = value(await a.api.archive.list({ page: 0, pageSize: 20, q: 'J001-XX.2026-D30-0001' }));
    expect(page.rows.map((r) => r.title)).toEqual(['综治信息简报第1期']);
  });

  it('searches titles in Chinese, short terms included, with filters and paging', async () => {
    const search = async (q: string) =>
      value(await a.api.archive.list({ page: 0, pageSize: 20, q })).rows.map((r) => r.code);
    expect(await search('工作例会')).toEqual(['J001-HY·2026-D10-0001', 'J001-HY·2026-D10-0002']);
    expect(await search('简报')).toEqual(['J001-XX·2026-D30-0001']);
    expect(await search('不存在的题名')).toEqual([]);
    const y2025 = value(await a.api.archive.list({ page: 0, pageSize: 20, year: 2025 }));
    expect(y2025.rows.map((r) => r.title)).toEqual(['2025年度工作总结会议记录']);
    const paged = value(await a.api.archive.list({ page: 1, pageSize: 2, sort: 'code' }));
    expect(paged.total).toBe(4);
    expect(paged.rows).toHaveLength(2);
  });

  it('keeps 门类, 年度 and 保管期限 fixed after filing (they are part of the 档号) and audits corrections', async () => {
    const item = value(await a.api.archive.getByCode({ code: 'J001-HY·2026-D10-0001' }));
    const refused = await a.api.archive.update({ id: item.id, categoryCode: 'WS' } as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const changed = value(
      await a.api.archive.update({
        id: item.id,
        title: item.title,
        classification: 'internal',
        responsible: item.responsible,
        date: item.date ?? undefined,
        pages: 7,
        note: '附签到表一页',
      }),
    );
    expect(changed).toMatchObject({ pages: 7, note: '附签到表一页', code: item.code });
    const audit = value(await a.api.audit.list({ page: 0, pageSize: 5, action: 'archive.update' }));
    expect(audit.rows[0]!.summary).toBe(`修改档案 ${item.code}：页数、备注`);
  });

  it('refuses bad input with a Chinese message and files nothing', async () => {
    const before = value(await a.api.archive.list({ page: 0, pageSize: 1 })).total;
    const bad = await a.api.archive.create({ ...itemInput(), categoryCode: 'QQ' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '输入有误：门类代码 QQ 不在门类表中' },
    });
    const noTitle = await a.api.archive.create({ ...itemInput(), title: '' });
    expect(noTitle).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { title: '请填写题名' } },
    });
    expect(value(await a.api.archive.list({ page: 0, pageSize: 1 })).total).toBe(before);
    // The refused insert took no serial: the next one follows on.
    expect((await a.file({ title: '2026年10月工作例会记录' })).code).toBe('J001-HY·2026-D10-0003');
  });

  it('puts items in boxes: 存放位置 is 柜-盒, the box counts its items and pages, the 备考表 prints them', async () => {
    const box = value(
      await a.api.archive.saveBox({
        boxNo: 'HY2026-01',
        cabinet: '1号柜',
        filedBy: '孙档管',
        checkedBy: '王主任',
        checkedOn: '2026-11-24',
        note: '本盒为2026年度工作例会记录。',
      }),
    );
    const items = value(
      await a.api.archive.list({ page: 0, pageSize: 20, categoryCode: 'HY', year: 2026 }),
    ).rows;
    for (const i of items)
      value(
        await a.api.archive.update({
          id: i.id,
          title: i.title,
          classification: i.classification,
          responsible: i.responsible,
          pages: i.pages,
          boxId: box.id,
          ...(i.note ? { note: i.note } : {}),
          ...(i.date ? { date: i.date } : {}),
        }),
      );
    const boxes = value(await a.api.archive.boxes({}));
    expect(boxes[0]).toMatchObject({
      boxNo: 'HY2026-01',
      location: '1号柜-HY2026-01',
      itemCount: 3,
      firstCode: 'J001-HY·2026-D10-0001',
      lastCode: 'J001-HY·2026-D10-0003',
    });
    expect(value(await a.api.archive.get({ id: items[0]!.id })).location).toBe('1号柜-HY2026-01');
    const note = squash(
      await pdfText(Buffer.from(value(await a.api.archive.printBoxNote({ id: box.id })).base64, 'base64')),
    );
    for (const words of ['备考表', 'HY2026-01', '孙档管', '王主任', '本盒为2026年度工作例会记录'])
      expect(note).toContain(words);
    const dup = await a.api.archive.saveBox({ boxNo: 'HY2026-01', cabinet: '2号柜' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { boxNo: '盒号已有' } } });
  });

  it('keeps scans and PDFs inside the archive and gives them back unchanged', async () => {
    const item = value(await a.api.archive.getByCode({ code: 'J001-XX·2026-D30-0001' }));
    const added = value(
      await a.api.archive.addFile({
        itemId: item.id,
        fileName: '简报第1期.pdf',
        mime: 'application/pdf',
        base64: PDF.toString('base64'),
      }),
    );
    expect(value(await a.api.archive.get({ id: item.id })).files).toEqual([added]);
    const back = value(await a.api.archive.getFile({ id: added.id }));
    expect(Buffer.from(back.base64, 'base64').equals(PDF)).toBe(true);
    const renamed = await a.api.archive.addFile({
      itemId: item.id,
      fileName: 'x.png',
      mime: 'image/png',
      base64: PDF.toString('base64'),
    });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('lets the director edit the 门类 dictionary, never removing a code in use', async () => {
    const cats = value(await a.api.archive.categories({}));
    expect(cats.map((c) => `${c.code}${c.name}`)).toEqual([
      'TJ调解卷宗',
      'HY会议记录',
      'BG情况报告',
      'XX信息简报',
      'ZB值班记录',
      'WS文书',
    ]);
    const withoutHy = cats
      .filter((c) => c.code !== 'HY')
      .map(({ code, name, retired }) => ({ code, name, retired }));
    expect(await a.api.archive.saveCategories({ categories: withoutHy })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '门类「会议记录」（HY）下已有 4 件档案，不能删除，只能停用。' },
    });
    const saved = value(
      await a.api.archive.saveCategories({
        categories: [
          ...cats.map(({ code, name, retired }) => ({ code, name, retired: code === 'BG' ? true : retired })),
          { code: 'DY', name: '党建材料', retired: false },
        ],
      }),
    );
    expect(saved.find((c) => c.code === 'BG')!.retired).toBe(true);
    expect((await a.file({ title: '支部学习记录', categoryCode: 'DY' })).code).toBe('J001-DY·2026-D10-0001');
    expect(await a.api.archive.create({ ...itemInput(), categoryCode: 'BG' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '输入有误：门类「情况报告」已停用' },
    });
  });

  it('follows the director’s pattern and 全宗号 for new items; old ones keep theirs', async () => {
    expect(
      await a.api.archive.saveSettings({
        fonds: 'J001',
        codePattern: '{门类}{年度}-{期限}-{件号}',
        loanDays: 7,
        importantLoanDays: 3,
        renewals: 1,
        warnDays: 3,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    value(
      await a.api.archive.saveSettings({
        fonds: 'z109',
        codePattern: '{全宗号}-{门类}·{年度}-{期限}-{件号}',
        loanDays: 7,
        importantLoanDays: 3,
        renewals: 1,
        warnDays: 3,
      }),
    );
    expect((await a.file({ title: '2026年9月工作例会记录' })).code).toBe('Z109-HY·2026-D10-0004');
    expect(value(await a.api.archive.getByCode({ code: 'J001-HY·2026-D10-0001' })).fonds).toBe('J001');
  });

  it('prints the 归档文件目录 with its nine columns in order', async () => {
    const file = value(await a.api.archive.printCatalogue({ categoryCode: 'HY', year: 2026 }));
    const text = squash(await pdfText(Buffer.from(file.base64, 'base64')));
    const headers = ['序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '备注'];
    const at = headers.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toContain('J001-HY·2026-D10-0001');
    expect(text).toContain('20261120');
  });

  it('lets the archivist keep the catalogue but not the dictionary or the settings', async () => {
    await a.login(ARCHIVIST);
    expect(await a.api.archive.saveBox({ boxNo: 'XX2026-01', cabinet: '1号柜' })).toMatchObject({ ok: true });
    expect(
      await a.api.archive.saveCategories({ categories: [{ code: 'TJ', name: '调解卷宗', retired: false }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await a.asDirector();
  });
});
