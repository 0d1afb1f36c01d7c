import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { applyFontChain } from './fontRuns';
import { assertPrintable, currentFontChain, monoFontFile, type FontChain } from './fonts';

/** The fonts pdfmake was last given, as one string (a chain is rebuilt for every document). */
let configured = '';

function configure(chain: FontChain): void {
  const { body, fallbacks } = chain;
  const key = [body.normal, body.bold, ...fallbacks.map((f) => `${f.family}=${f.path}`)].join('\n');
  if (configured === key) return;
  const mono = monoFontFile();
  const fonts: Parameters<typeof pdfmake.setFonts>[0] = {
    Serif: { normal: body.normal, bold: body.bold, italics: body.normal, bolditalics: body.bold },
    Mono: { normal: mono, bold: mono, italics: mono, bolditalics: mono },
  };
  for (const f of fallbacks) {
    // A fallback has one face: bold text keeps its weight in the body font only.
    const src = (): string | [string, string] => (f.postscriptName ? [f.path, f.postscriptName] : f.path);
    fonts[f.family] = { normal: src(), bold: src(), italics: src(), bolditalics: src() };
  }
  pdfmake.setFonts(fonts);
  // Documents never load anything from the network, and from disk only the fonts.
  const allowed = new Set([body.normal, body.bold, mono, ...fallbacks.map((f) => f.path)]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  configured = key;
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
 * against the font chain of the archive being served (fonts.ts); characters
 * the body font lacks are drawn with the fallback that has them. Returns the
 * PDF bytes.
 */
export async function renderPdf(
  doc: TDocumentDefinitions,
  fields: Record<string, string>,
  chain: FontChain = currentFontChain(),
): Promise<Buffer> {
  assertPrintable(fields, chain);
  configure(chain);
  return pdfmake.createPdf(applyFontChain(doc, chain)).getBuffer();
}
