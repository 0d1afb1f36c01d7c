import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boxNotePdf, type BoxNoteInput } from '../../electron/core/pdf/boxNote.pdf';
import { boxSpinePdf, type BoxSpine } from '../../electron/core/pdf/boxSpine.pdf';
import {
  catalogueListPdf,
  type CatalogueListInput,
  type CatalogueListRow,
} from '../../electron/core/pdf/catalogueList.pdf';
import { disposalListPdf, type DisposalListInput } from '../../electron/core/pdf/disposalList.pdf';
import { itemLabelsPdf, truncateTitle, type ItemLabel } from '../../electron/core/pdf/itemLabels.pdf';
import {
  loanRegisterPdf,
  type LoanRegisterInput,
  type LoanRegisterRow,
} from '../../electron/core/pdf/loanRegister.pdf';
import { recallNoticePdf, type RecallNoticeInput } from '../../electron/core/pdf/recallNotice.pdf';
import { renderPdf } from '../../electron/core/pdf/render';
import { pdfPages, pdfPageSize, pdfText, squash } from '../support/pdf';

const CENTRE = '示范街道综治中心';
const code = (n: number, year = 2026) => `J001-TJ·${year}-D30-${String(n).padStart(4, '0')}`;
/** What a handheld scanner can type: the 档号 with its · as a full stop. */
const scan = (c: string) => c.replace('·', '.');

function catalogueRow(n: number, extra: Partial<CatalogueListRow> = {}): CatalogueListRow {
  return {
    code: code(n),
    docNumber: `示综发〔2026〕${n}号`,
    responsible: CENTRE,
    title: `张某与李某邻里纠纷调解卷（第${n}件）`,
    date: '2026-01-05',
    classification: '内部',
    pages: 10 + n,
    note: null,
    ...extra,
  };
}

const catalogue = (
  rows: CatalogueListRow[],
  extra: Partial<CatalogueListInput> = {},
): CatalogueListInput => ({
  centreName: CENTRE,
  fondsName: '示范街道综合治理中心',
  year: 2026,
  retentionLabel: '定期30年',
  categoryName: '调解卷宗',
  rows,
  ...extra,
});

const box = (n: number, extra: Partial<BoxSpine> = {}): BoxSpine => ({
  boxNo: `00${n}`,
  fonds: 'J001',
  year: 2026,
  retentionLabel: '定期30年',
  categoryName: '调解卷宗',
  firstCode: code(n * 10 + 1),
  lastCode: code(n * 10 + 10),
  count: 10,
  location: 'A柜-03层',
  ...extra,
});

const note = (extra: Partial<BoxNoteInput> = {}): BoxNoteInput => ({
  centreName: CENTRE,
  boxNo: '2026-D30-001',
  location: 'A柜-03层',
  count: 10,
  pages: 214,
  note: '第0003件缺第5页，已在件内注明。\n\n第0007件为复印件，原件存司法所。',
  filedBy: '王整理',
  checkedBy: '赵检查',
  checkedOn: '2026-01-20',
  ...extra,
});

const label = (n: number, extra: Partial<ItemLabel> = {}): ItemLabel => ({
  code: code(n),
  scanCode: scan(code(n)),
  title: '张某与李某邻里纠纷调解卷',
  year: 2026,
  retentionLabel: '定期30年',
  location: 'A柜-03盒',
  ...extra,
});

const recall = (extra: Partial<RecallNoticeInput> = {}): RecallNoticeInput => ({
  centreName: CENTRE,
  borrowerName: '王五',
  borrowerUnit: '示范街道司法所',
  itemCode: code(15),
  itemTitle: '张某与李某邻里纠纷调解卷',
  lentOn: '2026-01-05',
  dueOn: '2026-01-12',
  overdueDays: 4,
  issuedOn: '2026-01-16',
  handler: '钱档案',
  phone: '0571-88886666',
  ...extra,
});

function loan(n: number, extra: Partial<LoanRegisterRow> = {}): LoanRegisterRow {
  return {
    lentOn: '2026-01-05',
    borrower: '王五',
    unit: '示范街道司法所',
    phone: '13800138000',
    itemCode: code(n),
    itemTitle: '张某与李某邻里纠纷调解卷',
    pages: 24,
    mode: '借出',
    purpose: '司法确认审查核对',
    approver: '孙主任',
    dueOn: '2026-01-12',
    returnedOn: '2026-01-10',
    condition: '完好',
    handler: '钱档案',
    note: null,
    ...extra,
  };
}

const register = (rows: LoanRegisterRow[]): LoanRegisterInput => ({
  centreName: CENTRE,
  from: '2026-01-01',
  to: '2026-03-31',
  rows,
});

const disposal = (extra: Partial<DisposalListInput> = {}): DisposalListInput => ({
  centreName: CENTRE,
  number: '示综销〔2026〕1号',
  reason: '经鉴定小组逐件鉴定，下列档案保管期限已满，已无继续保存价值，拟予销毁。',
  proposedBy: '钱档案',
  proposedOn: '2026-02-01',
  approvedBy: '孙主任',
  approvedOn: '2026-02-03',
  rows: [1, 2, 3].map((n) => ({
    code: `J001-WS·2015-D10-000${n}`,
    title: `2015年第${n}季度值班记录`,
    year: 2015,
    retentionLabel: '定期10年',
    pages: 30 + n,
    note: n === 2 ? '缺封面' : null,
  })),
  ...extra,
});

describe('归档文件目录', () => {
  it('has the nine DA/T 22 columns in order, the cover line and a row with its eight-digit date', async () => {
    const rows = [catalogueRow(1), catalogueRow(2, { docNumber: null, date: null, note: '复印件' })];
    const pages = (await pdfPages(await catalogueListPdf(catalogue(rows)))).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('归档文件目录');
    expect(text).toContain('全宗名称：示范街道综合治理中心年度：2026保管期限：定期30年门类：调解卷宗');
    expect(text).toContain('序号档号文号责任者题名日期密级页数备注');
    expect(text).toContain(
      `1${code(1)}示综发〔2026〕1号${CENTRE}张某与李某邻里纠纷调解卷（第1件）20260105内部11`,
    );
    expect(text).toContain(`2${code(2)}${CENTRE}张某与李某邻里纠纷调解卷（第2件）内部12复印件`);
    expect(text).not.toContain('2026-01-05');
    expect(text).toContain('第1页共1页');
  });

  it('names the centre as the fonds when no other name is given, and leaves out what is not', async () => {
    const text = await pdfText(
      await catalogueListPdf(
        catalogue([catalogueRow(1)], {
          fondsName: null,
          year: null,
          retentionLabel: null,
          categoryName: null,
        }),
      ),
    );
    expect(text).toContain(`全宗名称：${CENTRE}序号`);
    expect(text).not.toContain('年度：');
  });

  it('spreads 120 rows over several pages, the header row and page x/y on each', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => catalogueRow(i + 1));
    const pages = (await pdfPages(await catalogueListPdf(catalogue(rows)))).map(squash);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain('序号档号文号责任者题名日期密级页数备注');
      expect(page).toContain(`第${i + 1}页共${pages.length}页`);
    });
    const all = pages.join('');
    for (const n of [1, 60, 120]) expect(all.split(code(n)).length - 1).toBe(1);
    // Rows run in order from one page to the next.
    expect(pages[0]).toContain(code(1));
    expect(pages.at(-1)).toContain(code(120));
  });
});

describe('盒脊 and 备考表', () => {
  it('prints each box spine with its fields, four to a page', async () => {
    const boxes = [
      box(1),
      box(2, { categoryName: '会议记录', retentionLabel: '永久' }),
      box(3),
      box(4),
      box(5),
    ];
    const pages = (await pdfPages(await boxSpinePdf({ centreName: CENTRE, boxes }))).map(squash);
    expect(pages).toHaveLength(2);
    for (const text of ['全宗号J001', '年度2026', '保管期限定期30年', '调解卷宗', '会议记录', '保管期限永久'])
      expect(pages[0]).toContain(text);
    expect(pages[0]).toContain(`起止件号${code(11)}至${code(20)}`);
    expect(pages[0]).toContain('共10件');
    expect(pages[0]).toContain('存放位置A柜-03层');
    expect(pages[0]).toContain('盒号001');
    expect(pages[0]).toContain('盒号004');
    expect(pages[1]).toContain('盒号005');
    expect(pages[1]).not.toContain('盒号004');
  });

  it('leaves a spine field blank when it is not known', async () => {
    const text = await pdfText(
      await boxSpinePdf({
        centreName: CENTRE,
        boxes: [box(1, { year: null, categoryName: null, firstCode: null, lastCode: null, count: 0 })],
      }),
    );
    expect(text).toContain('全宗号J001年度保管期限');
    expect(text).toContain('起止件号至共0件');
  });

  it('refuses to print spines of no box', async () => {
    await expect(boxSpinePdf({ centreName: CENTRE, boxes: [] })).rejects.toThrow('没有要打印盒脊的档案盒');
  });

  it('prints the 备考表 of one box on one page', async () => {
    const pages = (await pdfPages(await boxNotePdf(note()))).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const s of [
      '备考表',
      '盒号：2026-D30-001',
      '存放位置：A柜-03层',
      '盒内文件情况说明：',
      '本盒共10件214页。',
      '第0003件缺第5页，已在件内注明。',
      '第0007件为复印件，原件存司法所。',
      '整理人：王整理',
      '检查人：赵检查',
      '日期：二〇二六年一月二十日',
    ])
      expect(text).toContain(s);
  });

  it('leaves the checker and the date to be written in when the box is not yet checked', async () => {
    const text = await pdfText(await boxNotePdf(note({ note: null, checkedBy: null, checkedOn: null })));
    expect(text).toContain('本盒共10件214页。');
    expect(text).toContain('检查人：___');
    expect(text).toContain('日期：年月日');
  });
});

/**
 * The QR modules drawn in a PDF: pdfmake draws each dark module as a small
 * square (`x y w h re`) in the page's content stream; positions are taken
 * relative to the top-left module, so two QR codes compare wherever they sit.
 */
function qrModules(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const squares: [number, number][] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a deflated stream
    }
    for (const r of content.matchAll(/(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+) re\b/g)) {
      const [x, y, w, h] = r.slice(1, 5).map(Number) as [number, number, number, number];
      if (w === h && w < 10) squares.push([x, y]);
    }
  }
  const x0 = Math.min(...squares.map(([x]) => x));
  const y0 = Math.min(...squares.map(([, y]) => y));
  return squares.map(([x, y]) => `${(x - x0).toFixed(2)},${(y - y0).toFixed(2)}`).sort();
}

/** The QR pdfmake draws for `data` on its own, at the labels' size and error-correction level. */
async function referenceQr(data: string): Promise<string[]> {
  return qrModules(
    await renderPdf({ content: [{ qr: data, fit: 80, eccLevel: 'M' }], defaultStyle: { font: 'Serif' } }, {}),
  );
}

describe('item labels', () => {
  it('prints twelve labels to a page with each 档号, title, year, retention and place', async () => {
    const labels = Array.from({ length: 14 }, (_, i) => label(i + 1, i === 4 ? { location: null } : {}));
    const pages = (await pdfPages(await itemLabelsPdf({ centreName: CENTRE, labels }))).map(squash);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(code(1));
    expect(pages[0]).toContain(code(12));
    expect(pages[0]).not.toContain(code(13));
    expect(pages[1]).toContain(code(14));
    expect(pages[0]).toContain(
      `${code(1)}张某与李某邻里纠纷调解卷年度：2026保管期限：定期30年存放位置：A柜-03盒`,
    );
    expect(pages[0]).toContain(scan(code(1)));
  });

  it('draws the QR of exactly the scan code, not of the 档号 or another label', async () => {
    const one = await itemLabelsPdf({ centreName: CENTRE, labels: [label(15)] });
    const drawn = qrModules(one);
    expect(drawn.length).toBeGreaterThan(100);
    expect(drawn).toEqual(await referenceQr(scan(code(15))));
    expect(drawn).not.toEqual(await referenceQr(scan(code(16))));
  });

  it('refuses a scan code a scanner cannot type', async () => {
    await expect(
      itemLabelsPdf({ centreName: CENTRE, labels: [label(1), label(2, { scanCode: code(2) })] }),
    ).rejects.toThrow(/第 2 张标签的扫描码.*只能由英文字母、数字和符号组成/);
  });

  it('cuts a long title to two lines with …, counting a rare character as one', async () => {
    const long = '关于开展2026年第一季度矛盾纠纷排查化解工作的通知及附件材料汇编（第二册）';
    expect(truncateTitle(long)).toHaveLength(36);
    expect(truncateTitle(long).endsWith('…')).toBe(true);
    expect(truncateTitle('短题名')).toBe('短题名');
    expect([...truncateTitle('𠮷'.repeat(40))]).toHaveLength(36);
    const text = await pdfText(
      await itemLabelsPdf({ centreName: CENTRE, labels: [label(1, { title: long })] }),
    );
    expect(text).toContain(squash(truncateTitle(long)));
    expect(text).not.toContain('第二册');
  });
});

describe('催还通知单', () => {
  it('names the borrower, the item and its due date, the days overdue and a date to return by', async () => {
    const pages = (await pdfPages(await recallNoticePdf(recall()))).map(squash);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    for (const s of [
      '催还通知单',
      '王五（示范街道司法所）：',
      `你于二〇二六年一月五日借出本中心档案“张某与李某邻里纠纷调解卷”（档号：${code(15)}），应还日期为二〇二六年一月十二日，现已逾期4天。`,
      '请于二〇二六年一月十九日前将该档案送还',
      '说明逾期原因',
      '经办人：钱档案联系电话：0571-88886666',
      `${CENTRE}二〇二六年一月十六日`,
      '回执',
      '借阅人（签名）：',
    ])
      expect(text).toContain(s);
  });

  it('says 即将到期 and asks for the due date when the loan is not yet overdue', async () => {
    const text = await pdfText(
      await recallNoticePdf(
        recall({
          overdueDays: 0,
          issuedOn: '2026-01-09',
          borrowerUnit: null,
          phone: null,
          withReceipt: false,
        }),
      ),
    );
    expect(text).toContain('王五：');
    expect(text).toContain('应还日期为二〇二六年一月十二日，即将到期。');
    expect(text).toContain('请于二〇二六年一月十二日前将该档案送还');
    expect(text).toContain('办理续借手续');
    expect(text).not.toContain('逾期');
    expect(text).not.toContain('联系电话');
    expect(text).not.toContain('回执');
  });

  it('asks for the date the caller gives, in digits by setting', async () => {
    const text = await pdfText(
      await recallNoticePdf(recall({ returnBy: '2026-01-23' }), { dateStyle: 'digits' }),
    );
    expect(text).toContain('请于2026年1月23日前');
    expect(text).toContain('2026年1月16日');
  });
});

describe('借阅登记簿', () => {
  const HEADERS =
    '序号借阅日期借阅人单位/部门联系电话档号题名页数方式利用目的批准人应还日期归还日期归还时状态经办人备注';

  it('is A4 landscape with the sixteen columns in order, the period and the rows', async () => {
    const rows = [
      loan(1),
      loan(2, {
        mode: '查阅',
        approver: null,
        pages: null,
        returnedOn: null,
        condition: null,
        unit: null,
        phone: null,
        note: '现场查阅',
      }),
      loan(3, { condition: '缺损：第3页破损' }),
    ];
    const bytes = await loanRegisterPdf(register(rows));
    const { width, height } = await pdfPageSize(bytes);
    expect(width).toBeGreaterThan(height);
    const text = await pdfText(bytes);
    expect(text).toContain('档案借阅登记簿');
    expect(text).toContain('登记期间：2026-01-01至2026-03-31共3条');
    expect(text).toContain(HEADERS);
    expect(text).toContain(
      `12026-01-05王五示范街道司法所13800138000${code(1)}张某与李某邻里纠纷调解卷24借出司法确认审查核对孙主任2026-01-122026-01-10完好钱档案`,
    );
    expect(text).toContain(
      `22026-01-05王五${code(2)}张某与李某邻里纠纷调解卷查阅司法确认审查核对2026-01-12钱档案现场查阅`,
    );
    expect(text).toContain('缺损：第3页破损');
  });

  it('repeats the header row and page x/y on every page of a long register', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => loan(i + 1));
    const pages = (await pdfPages(await loanRegisterPdf(register(rows)))).map(squash);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(HEADERS);
      expect(page).toContain(`第${i + 1}页共${pages.length}页`);
    });
  });

  it('prints an empty period as such', async () => {
    const text = await pdfText(await loanRegisterPdf(register([])));
    expect(text).toContain('共0条');
    expect(text).toContain('（此期间没有借阅登记）');
  });
});

describe('档案销毁清册', () => {
  it('lists the rows with totals, the reason, the approver and the supervisors', async () => {
    const text = await pdfText(await disposalListPdf(disposal()));
    for (const s of [
      '档案销毁清册',
      '编号：示综销〔2026〕1号',
      '鉴定意见及销毁理由：',
      '下列档案保管期限已满',
      '拟销毁档案共3件96页',
      '序号档号题名年度保管期限页数备注',
      '1J001-WS·2015-D10-00012015年第1季度值班记录2015定期10年31',
      '2J001-WS·2015-D10-00022015年第2季度值班记录2015定期10年32缺封面',
      '申请人：钱档案申请日期：二〇二六年二月一日',
      '批准人：孙主任批准日期：二〇二六年二月三日',
      '监销人（签名）：',
      CENTRE,
    ])
      expect(text).toContain(squash(s));
  });

  it('leaves the approval to be written in when not yet approved', async () => {
    const text = await pdfText(await disposalListPdf(disposal({ approvedBy: null, approvedOn: null })));
    expect(text).toContain('批准人：___');
    expect(text).toContain('批准日期：年月日');
  });
});

describe('rare characters', () => {
  it('prints 䶮 (U+4DAE) through to the extracted text', async () => {
    expect(
      await pdfText(await catalogueListPdf(catalogue([catalogueRow(1, { responsible: '龙䶮涛' })]))),
    ).toContain('龙䶮涛');
    expect(await pdfText(await loanRegisterPdf(register([loan(1, { borrower: '陈䶮' })])))).toContain('陈䶮');
    expect(await pdfText(await recallNoticePdf(recall({ borrowerName: '陈䶮' })))).toContain(
      '陈䶮（示范街道司法所）：',
    );
    expect(await pdfText(await boxNotePdf(note({ filedBy: '陈䶮' })))).toContain('整理人：陈䶮');
  });

  it('refuses 𠮷 (U+20BB7), naming the character and the field in Chinese', async () => {
    const rare = /“𠮷”（U\+20BB7）/;
    // The row's column is quoted once, as the user reads it (not “第 2 行“责任者””).
    await expect(
      catalogueListPdf(catalogue([catalogueRow(1), catalogueRow(2, { responsible: '𠮷祥' })])),
    ).rejects.toThrow(
      '第 2 行“责任者”中的字符“𠮷”（U+20BB7）在已配置的字体（Noto Serif SC）中都没有，无法打印。请改用常用字，或请主任在系统设置中添加含有该字的补充字体。',
    );
    await expect(loanRegisterPdf(register([loan(1, { borrower: '𠮷祥' })]))).rejects.toThrow(
      /第 1 行“借阅人”/,
    );
    await expect(loanRegisterPdf(register([loan(1, { borrower: '𠮷祥' })]))).rejects.toThrow(rare);
    await expect(recallNoticePdf(recall({ borrowerName: '𠮷祥' }))).rejects.toThrow(/^“借阅人”中的字符“𠮷”/);
    await expect(boxNotePdf(note({ checkedBy: '𠮷祥' }))).rejects.toThrow(/检查人.*𠮷/);
    await expect(
      boxSpinePdf({ centreName: CENTRE, boxes: [box(1), box(2, { location: '𠮷柜' })] }),
    ).rejects.toThrow(/第 2 盒“存放位置”.*𠮷/);
    await expect(
      itemLabelsPdf({ centreName: CENTRE, labels: [label(1, { title: '𠮷祥家调解卷' })] }),
    ).rejects.toThrow(/第 1 张标签“题名”.*𠮷/);
    await expect(disposalListPdf(disposal({ approvedBy: '𠮷祥' }))).rejects.toThrow(/批准人.*𠮷/);
    await expect(recallNoticePdf(recall({ borrowerName: '𠮷祥' }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
