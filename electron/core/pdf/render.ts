import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { assertPrintable, defaultFontFiles, type FontFiles } from './fonts';

let configured: FontFiles | null = null;

function configure(files: FontFiles): void {
  if (configured === files) return;
  pdfmake.setFonts({
    Serif: { normal: files.normal, bold: files.bold, italics: files.normal, bolditalics: files.bold },
  });
  // Documents never load anything from the network, and from disk only the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === files.normal || path === files.bold);
  configured = files;
}

/**
 * A4, Chinese official-document defaults (design.md): body 三号 16 pt, ~28 pt
 * line pitch. Noto Serif SC's natural line is 1.437 em, so a pdfmake
 * lineHeight of 1.24 gives 16 × 1.437 × 1.24 ≈ 28.5 pt.
 */
export const OFFICIAL_LINE_HEIGHT = 1.24;
export const OFFICIAL_DEFAULTS = {
  pageSize: 'A4',
  pageMargins: [79, 72, 74, 70] as [number, number, number, number],
  defaultStyle: { font: 'Serif', fontSize: 16, lineHeight: OFFICIAL_LINE_HEIGHT },
} as const;

/**
 * Renders a document after checking every character of its variable fields
 * against the font. Returns the PDF bytes.
 */
export async function renderPdf(
  doc: TDocumentDefinitions,
  fields: Record<string, string>,
  files: FontFiles = defaultFontFiles(),
): Promise<Buffer> {
  assertPrintable(fields, files);
  configure(files);
  return pdfmake.createPdf(doc).getBuffer();
}
