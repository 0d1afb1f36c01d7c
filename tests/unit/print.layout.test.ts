import { describe, expect, it } from 'vitest';
import {
  cssPageSize,
  pixelSize,
  printCss,
  printDpi,
  printSheets,
  sheetStyle,
} from '../../renderer/src/print/printLayout';

/** pdfmake's A4, in points, as pdf.js reports it at scale 1. */
const A4 = { width: 595.28, height: 841.89 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

describe('print layout: one PDF page per sheet, of its own size', () => {
  it('names standard paper and its orientation, else gives the exact size', () => {
    expect(cssPageSize(A4)).toBe('A4 portrait');
    expect(cssPageSize(A4_LANDSCAPE)).toBe('A4 landscape');
    // Rounded sizes from other producers are still A4.
    expect(cssPageSize({ width: 595, height: 842 })).toBe('A4 portrait');
    expect(cssPageSize({ width: 1190.55, height: 841.89 })).toBe('A3 landscape');
    // A label sheet or a spine strip of its own size prints on that size.
    expect(cssPageSize({ width: 283.46, height: 141.73 })).toBe('283.46pt 141.73pt');
    expect(cssPageSize({ width: 600, height: 842 })).toBe('600pt 842pt');
  });

  it('draws at 300 dpi, and at 200 dpi for a long print; never below 200', () => {
    expect(printDpi(1)).toBe(300);
    expect(printDpi(10)).toBe(300);
    expect(printDpi(11)).toBe(200);
    expect(printDpi(2000)).toBe(200);
    // An A4 page at 200 dpi: 8.27 × 11.69 inches.
    expect(pixelSize(A4, 200)).toEqual({ width: 1654, height: 2339, scale: 200 / 72 });
    expect(pixelSize(A4_LANDSCAPE, 300)).toEqual({ width: 3508, height: 2480, scale: 300 / 72 });
  });

  it('gives each distinct page size one named @page, in order of first use', () => {
    const sheets = printSheets([A4, A4_LANDSCAPE, A4, A4_LANDSCAPE]);
    expect(sheets.map((s) => s.pageName)).toEqual([
      'print-sheet-1',
      'print-sheet-2',
      'print-sheet-1',
      'print-sheet-2',
    ]);
    expect(sheetStyle(sheets[1]!)).toEqual({ page: 'print-sheet-2', width: '841.89pt', height: '595.28pt' });

    const css = printCss(sheets);
    expect(css).toContain('@page print-sheet-1 { size: A4 portrait; margin: 0; }');
    expect(css).toContain('@page print-sheet-2 { size: A4 landscape; margin: 0; }');
    // The default page is the first sheet's, so the dialog opens on the right paper.
    expect(css).toContain('@page { size: A4 portrait; margin: 0; }');
    expect(css.match(/@page print-sheet-/g)).toHaveLength(2);
  });

  it('prints only the pages: everything else hidden in print, the pages hidden on screen', () => {
    const css = printCss(printSheets([A4_LANDSCAPE]));
    expect(css).toContain('@media screen { #print-pages { display: none !important; } }');
    expect(css).toMatch(/@media print \{[^]*body > \*:not\(#print-pages\) \{ display: none !important; \}/);
    // One sheet per page, and no blank sheet after the last.
    expect(css).toContain('#print-pages > div { overflow: hidden; break-inside: avoid; break-after: page; }');
    expect(css).toContain('#print-pages > div:last-child { break-after: auto; }');
    expect(css).toContain('@page { size: A4 landscape; margin: 0; }');
  });
});
