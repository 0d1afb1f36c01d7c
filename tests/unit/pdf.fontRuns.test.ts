import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { applyFontChain, splitRuns } from '../../electron/core/pdf/fontRuns';
import { defaultFontFiles, type FontChain } from '../../electron/core/pdf/fonts';
import { HANAMIN_B } from '../support/pdf';

const HANA = 'Supplementary-hana';
const chain: FontChain = {
  body: defaultFontFiles(),
  fallbacks: [{ family: HANA, label: 'HanaMinB', kind: 'supplementary', path: HANAMIN_B }],
};
const bodyOnly: FontChain = { body: defaultFontFiles(), fallbacks: [] };

describe('splitting text into runs by font', () => {
  it('leaves a string the body font draws whole as the very same string', () => {
    expect(splitRuns('张三与龙䶮涛漏水纠纷（2026）', chain)).toBe('张三与龙䶮涛漏水纠纷（2026）');
  });

  it('draws 𠮷 (U+20BB7) with the first fallback that has it, the rest in the body font', () => {
    expect(splitRuns('𠮷大明', chain)).toEqual([{ text: '𠮷', font: HANA }, '大明']);
    expect(splitRuns('当事人：𠮷大明、𠮷祥', chain)).toEqual([
      '当事人：',
      { text: '𠮷', font: HANA },
      '大明、',
      { text: '𠮷', font: HANA },
      '祥',
    ]);
  });

  it('keeps spaces in the run they fall in, and two rare characters in one run', () => {
    expect(splitRuns('大𠮷 𠮷明', chain)).toEqual(['大', { text: '𠮷 𠮷', font: HANA }, '明']);
  });

  it('leaves a character no font has in the body font (refused before, by the field check)', () => {
    expect(splitRuns('张\u{F0000}', chain)).toBe('张\u{F0000}');
  });
});

describe('a document definition', () => {
  const page = (n: number) => `第 ${n} 页 𠮷`;
  const doc: TDocumentDefinitions = {
    content: [
      '𠮷大明',
      { text: ['甲方：', { text: '𠮷大明', bold: true }], margin: [0, 4, 0, 0] },
      { stack: ['乙方：𠮷祥', { columns: ['左', { text: '右𠮷', width: 40 }] }] },
      { ul: ['一', '二𠮷'] },
      { table: { headerRows: 1, body: [['姓名'], ['𠮷大明'], [{ text: '张三', colSpan: 1 }]] } },
      { qr: '𠮷大明', fit: 80 },
    ],
    footer: (current) => ({ text: page(current) }),
  };

  it('splits every text it holds, keeping each node’s other properties, and never a QR code’s data', () => {
    const out = applyFontChain(doc, chain);
    const content = out.content as Content[];
    const rare = { text: '𠮷', font: HANA };
    expect(content[0]).toEqual({ text: [rare, '大明'] });
    expect(content[1]).toEqual({
      text: ['甲方：', { text: [rare, '大明'], bold: true }],
      margin: [0, 4, 0, 0],
    });
    expect(content[2]).toEqual({
      stack: [{ text: ['乙方：', rare, '祥'] }, { columns: ['左', { text: ['右', rare], width: 40 }] }],
    });
    expect(content[3]).toEqual({ ul: ['一', { text: ['二', rare] }] });
    expect(content[4]).toEqual({
      table: { headerRows: 1, body: [['姓名'], [{ text: [rare, '大明'] }], [{ text: '张三', colSpan: 1 }]] },
    });
    expect(content[5]).toBe(doc.content[5 as keyof typeof doc.content]);
    const footer = out.footer as (current: number) => unknown;
    expect(footer(3)).toEqual({ text: ['第 3 页 ', rare] });
    // The definition handed in is not changed.
    expect((doc.content as Content[])[0]).toBe('𠮷大明');
  });

  it('hands a document without rare characters to pdfmake unchanged', () => {
    const plain: TDocumentDefinitions = { content: ['张三', { table: { body: [['李四']] } }] };
    expect(applyFontChain(plain, chain)).toBe(plain);
    expect(applyFontChain(doc, bodyOnly)).toBe(doc);
  });
});
