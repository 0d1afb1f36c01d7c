/**
 * The layout of a print: each PDF page becomes one image on a sheet of its own
 * size. Pure, so the sizes, names and CSS are unit-tested
 * (tests/unit/print.layout.test.ts); printPdf.ts does the drawing.
 */

/** A page's size in PDF points (1/72 inch), as pdf.js reports it at scale 1 (rotation applied). */
export interface PagePoints {
  width: number;
  height: number;
}

/** One sheet of the print: the named @page it uses and its size in points. */
export interface PrintSheet {
  pageName: string;
  width: number;
  height: number;
}

/** The id of the print-only container appended to <body> (hidden on screen). */
export const PRINT_ROOT_ID = 'print-pages';

/** ISO 216 sizes in points, so the print dialog chooses the paper by name rather than a custom size. */
const PAPER: readonly { name: string; short: number; long: number }[] = [
  { name: 'A3', short: 841.89, long: 1190.55 },
  { name: 'A4', short: 595.28, long: 841.89 },
  { name: 'A5', short: 419.53, long: 595.28 },
];

/** pdfmake and other producers round page sizes; a couple of points either way is still the paper. */
const TOLERANCE_PT = 2;

/**
 * The CSS `size` of a page: `A4 portrait`, `A4 landscape` … for a standard
 * paper, else its exact size in points.
 */
export function cssPageSize({ width, height }: PagePoints): string {
  const landscape = width > height;
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  const paper = PAPER.find(
    (p) => Math.abs(p.short - short) <= TOLERANCE_PT && Math.abs(p.long - long) <= TOLERANCE_PT,
  );
  if (paper) return `${paper.name} ${landscape ? 'landscape' : 'portrait'}`;
  return `${round(width)}pt ${round(height)}pt`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Print resolution. A short document (an agreement, a notice) is drawn at
 * 300 dpi, what office laser printers print at; anything longer at 200 dpi,
 * still sharp for 10 pt text, so a ledger of a hundred pages is ready in
 * seconds and its images stay within the renderer's memory (a 200 dpi A4
 * page is 1654 × 2339 pixels).
 */
export function printDpi(pageCount: number): number {
  return pageCount <= 10 ? 300 : 200;
}

/** The pixels of a page drawn at `dpi`: pdf.js's scale 1 is 72 dpi. */
export function pixelSize(page: PagePoints, dpi: number): { width: number; height: number; scale: number } {
  const scale = dpi / 72;
  return { width: Math.round(page.width * scale), height: Math.round(page.height * scale), scale };
}

/** One named @page per distinct size, in the order the sizes first appear; every page mapped to its name. */
export function printSheets(pages: readonly PagePoints[]): PrintSheet[] {
  const names = new Map<string, string>();
  return pages.map((page) => {
    const size = cssPageSize(page);
    let pageName = names.get(size);
    if (!pageName) {
      pageName = `print-sheet-${names.size + 1}`;
      names.set(size, pageName);
    }
    return { pageName, width: page.width, height: page.height };
  });
}

/**
 * The style sheet of a print. On screen the container is hidden; in print
 * everything else is, and each page image fills a sheet of its own size with
 * no margin (the PDF already has its margins). Chromium takes each page's
 * size from its named @page (CSS Paged Media `page`), so a landscape register
 * after a portrait cover prints on its own orientation. The last sheet has no
 * break after it, or the printer would feed a blank one.
 */
export function printCss(sheets: readonly PrintSheet[]): string {
  const named = new Map<string, string>();
  for (const sheet of sheets) named.set(sheet.pageName, cssPageSize(sheet));
  const first = sheets[0];
  const root = `#${PRINT_ROOT_ID}`;
  return [
    `@media screen { ${root} { display: none !important; } }`,
    '@media print {',
    '  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important;',
    '    height: auto !important; overflow: visible !important; }',
    `  body > *:not(${root}) { display: none !important; }`,
    `  ${root} { display: block !important; }`,
    `  ${root} > div { overflow: hidden; break-inside: avoid; break-after: page; }`,
    `  ${root} > div:last-child { break-after: auto; }`,
    `  ${root} img { display: block; width: 100%; height: 100%; }`,
    '}',
    // The unnamed @page is the first sheet's: what the print dialog shows as its paper.
    first ? `@page { size: ${cssPageSize(first)}; margin: 0; }` : '',
    ...[...named].map(([name, size]) => `@page ${name} { size: ${size}; margin: 0; }`),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The inline style of one sheet's box: its page name and its size in points. */
export function sheetStyle(sheet: PrintSheet): { page: string; width: string; height: string } {
  return { page: sheet.pageName, width: `${round(sheet.width)}pt`, height: `${round(sheet.height)}pt` };
}
