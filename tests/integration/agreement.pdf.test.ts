import { createHash } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { agreementPdf, type AgreementDocument } from '../../electron/core/pdf/agreement.pdf';
import { chineseDateInWords, chineseNumber } from '../../shared/chineseDate';
import { LI_WITH_PHONE, PROPERTY, ZHANG } from '../support/mediationDocuments';
import { pdfPages, pdfText, squash } from '../support/pdf';

const NUMBER = '（2026）示范人调字第012号';

const FACT =
  '双方系前后院邻居。申请人张三称，被申请人李四于今年八月在自家院内翻建厨房时，将排水管道改向申请人院墙一侧，' +
  '致使雨季积水渗入申请人院墙地基，墙体出现多处裂缝；双方多次协商未果，并因此发生口角，社区网格员上报后转入调解。';

function facts(paragraphCount: number): string {
  return Array.from({ length: paragraphCount }, (_, i) => `（${i + 1}）${FACT}`).join('\n\n');
}

function twoParties(overrides: Partial<AgreementDocument> = {}): AgreementDocument {
  return {
    number: NUMBER,
    committeeName: '示范街道人民调解委员会',
    parties: [ZHANG, LI_WITH_PHONE],
    facts: facts(2),
    terms: [
      '李四于2026年12月10日前将排水管道恢复原走向，费用由李四承担。',
      '李四一次性补偿张三院墙修缮费用人民币叁仟元整。',
      '双方今后互谅互让，和睦相处，不再因此事发生纠纷。',
    ],
    performance: '第一项由李四自行履行，社区网格员现场查验；第二项于本协议签订之日当场以现金支付。',
    mediators: ['王调解', '赵调解'],
    recorder: '钱记录',
    date: new Date(2026, 10, 24),
    ...overrides,
  };
}

interface Line {
  y: number;
  text: string;
}

/** Body text lines of each page (top to bottom), header and footer bands left out. */
async function bodyLines(bytes: Buffer): Promise<Line[][]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: Line[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = (page.view as number[])[3]!;
    const byY = new Map<number, { x: number; s: string }[]>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      if (y > height - 72 || y < 70) continue; // header (copy label) / footer (number, page x/y)
      const row = byY.get(y) ?? [];
      row.push({ x: item.transform[4] as number, s: item.str });
      byY.set(y, row);
    }
    pages.push(
      [...byY.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([y, row]) => ({
          y,
          text: squash(
            row
              .sort((a, b) => a.x - b.x)
              .map((r) => r.s)
              .join(''),
          ),
        })),
    );
  }
  await doc.destroy();
  return pages;
}

const SIGN = '当事人（签名盖章或按指印）';

describe('人民调解协议书 PDF', () => {
  it('two parties: three copies in order, labelled, 一式三份, number and page x/y within each copy', async () => {
    const out = await agreementPdf(twoParties({ facts: facts(7) }));
    expect(out.copies).toBe(3);
    expect(out.sha256).toBe(createHash('sha256').update(out.bytes).digest('hex'));

    const pages = (await pdfPages(out.bytes)).map(squash);
    expect(pages.length % 3).toBe(0);
    const perCopy = pages.length / 3;
    expect(perCopy).toBeGreaterThanOrEqual(2); // the long facts make each copy span pages

    const labels = ['第1份当事人张三收执', '第2份当事人李四收执', '第3份人民调解委员会存档'];
    pages.forEach((text, i) => {
      const copy = Math.floor(i / perCopy);
      const within = (i % perCopy) + 1;
      expect(text).toContain(squash(NUMBER)); // number on every page
      expect(text).toContain(labels[copy]!);
      for (const other of labels.filter((_, k) => k !== copy)) expect(text).not.toContain(other);
      expect(text).toContain(`第${within}页共${perCopy}页`);
    });
    // Each copy starts with the title and 编号 on its own first page.
    for (let k = 0; k < 3; k++) {
      const first = pages[k * perCopy]!;
      expect(first).toContain('人民调解协议书');
      expect(first).toContain(`编号：${squash(NUMBER)}`);
      expect(first).toContain('第1页');
    }
    const all = pages.join('');
    expect(all.split('本协议一式三份，当事人、人民调解委员会各持一份。').length - 1).toBe(3);
    expect(all).toContain('一、李四于2026年12月10日前');
    expect(all).toContain('三、双方今后互谅互让');
    expect(all).toContain('二〇二六年十一月二十四日');
    expect(all).toContain('（人民调解委员会印）');
    expect(all).toContain('人民调解员（签名）：');
    expect(all).toContain('记录人（签名）：');
    // Order of the parts within a copy.
    const copy1 = pages.slice(0, perCopy).join('');
    const order = [
      '人民调解协议书',
      '当事人姓名：张三',
      '当事人姓名：李四',
      '纠纷主要事实、争议事项：',
      '经调解，自愿达成如下协议：',
      '履行方式、时限：',
      '本协议一式三份',
      SIGN,
      '人民调解员（签名）：',
      '记录人（签名）：',
      '（人民调解委员会印）',
      '二〇二六年十一月二十四日',
    ].map((s) => copy1.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('three parties, one an organisation: four copies, 一式四份, digits date by setting', async () => {
    const base = twoParties();
    const out = await agreementPdf(
      twoParties({
        parties: [...base.parties, PROPERTY],
      }),
      { dateStyle: 'digits' },
    );
    expect(out.copies).toBe(4);
    const pages = (await pdfPages(out.bytes)).map(squash);
    const perCopy = pages.length / 4;
    expect(Number.isInteger(perCopy)).toBe(true);
    const all = pages.join('');
    expect(all).toContain('本协议一式四份，当事人、人民调解委员会各持一份。');
    expect(all).toContain('当事人（单位）名称：示范物业服务有限公司');
    expect(all).toContain('法定代表人（负责人）：孙经理');
    expect(all).toContain('2026年11月24日');
    const labels = [
      '第1份当事人张三收执',
      '第2份当事人李四收执',
      '第3份当事人示范物业服务有限公司收执',
      '第4份人民调解委员会存档',
    ];
    labels.forEach((label, k) => {
      expect(pages[k * perCopy]).toContain(label);
      expect(pages[k * perCopy]).toContain('第1页');
    });
    // Three signature lines for the parties in each copy.
    expect(pages.slice(0, perCopy).join('').split(SIGN).length - 1).toBe(3);
  });

  it('never starts the signing block at the top of a page, whatever the length of the facts', async () => {
    let multiPage = false;
    for (const n of [1, 3, 4, 5, 6, 8]) {
      const pages = await bodyLines((await agreementPdf(twoParties({ facts: facts(n) }))).bytes);
      if (pages.length > 3) multiPage = true;
      for (const lines of pages) {
        expect(lines.length).toBeGreaterThan(0);
        expect(lines[0]!.text.startsWith(SIGN)).toBe(false);
        // Nor with only the copies sentence: a clause of the agreement comes with it.
        expect(lines[0]!.text.startsWith('本协议一式')).toBe(false);
      }
    }
    expect(multiPage).toBe(true);
  });

  it('prints rare characters the font has and refuses one it lacks, naming it', async () => {
    const base = twoParties();
    const ok = await agreementPdf(
      twoParties({ parties: [{ ...base.parties[0]!, name: '陈䶮' } as never, base.parties[1]!] }),
    );
    const text = await pdfText(ok.bytes);
    expect(text).toContain('当事人姓名：陈䶮');
    expect(text).toContain('第1份当事人陈䶮收执');

    await expect(
      agreementPdf(
        twoParties({ parties: [{ ...base.parties[0]!, name: '张𪚥' } as never, base.parties[1]!] }),
      ),
    ).rejects.toThrow(/当事人姓名.*𪚥.*U\+2A6A5/);
    await expect(
      agreementPdf(
        twoParties({ parties: [{ ...base.parties[0]!, name: '张𪚥' } as never, base.parties[1]!] }),
      ),
    ).rejects.toThrow('𪚥');
  });

  it('embeds the fonts as subsets and the hash matches the bytes', async () => {
    const out = await agreementPdf(twoParties());
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.sha256).toBe(createHash('sha256').update(out.bytes).digest('hex'));
    const raw = out.bytes.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/FontName\s*\/[A-Z]{6}\+[A-Za-z0-9-]+/);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+/);
  });

  it('writes counts and dates in Chinese numerals', () => {
    expect([1, 3, 4, 10, 11, 20, 24, 31].map(chineseNumber)).toEqual([
      '一',
      '三',
      '四',
      '十',
      '十一',
      '二十',
      '二十四',
      '三十一',
    ]);
    expect(chineseDateInWords(new Date(2026, 10, 24))).toBe('二〇二六年十一月二十四日');
    expect(chineseDateInWords(new Date(2030, 0, 5))).toBe('二〇三〇年一月五日');
  });
});
