import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as a PDF text extractor sees it (design.md: text must be extractable). */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** The text with all white space taken out: the PDF breaks lines and spaces characters where it will. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** The text of all pages, squashed. */
export async function pdfText(bytes: Buffer): Promise<string> {
  return squash((await pdfPages(bytes)).join(''));
}

/** A4 landscape is 842 × 595 points. */
export async function pdfPageSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const [, , width, height] = (await doc.getPage(1)).view as [number, number, number, number];
  await doc.destroy();
  return { width: Math.round(width), height: Math.round(height) };
}

/** Debian's fonts-hanazono (installed by .ci/run): HanaMinB covers CJK Extension B (𠮷 U+20BB7). */
export const HANAMIN_B = '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';

/**
 * The fonts embedded in a PDF, without the subset prefix (ABCDEF+HanaMinB →
 * HanaMinB). pdfkit writes its font dictionaries uncompressed.
 */
export function pdfFontNames(bytes: Buffer): string[] {
  const names = [...bytes.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)];
  return [...new Set(names.map((m) => m[1]!))].sort();
}

/** One run of text as the extractor sees it, with where it starts on the page (points, y upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
}

/** The text runs of the first page in reading order (top to bottom, then left to right): where each line breaks. */
export async function pdfTextItems(bytes: Buffer): Promise<PdfTextItem[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  const items = content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
      : [],
  );
  await doc.destroy();
  return items.sort((a, b) => Math.round(b.y - a.y) || a.x - b.x);
}
