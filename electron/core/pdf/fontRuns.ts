import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontIndexFor, isLayoutChar, type FontChain } from './fonts';

/**
 * Splits the text of a document definition into runs, so that characters the
 * body font lacks are drawn with the first font of the chain that has them
 * (pdfmake takes a `font` per inline run). It runs once in renderPdf, over
 * every document, so no builder needs to know about fonts. A string the body
 * font draws whole is left as it is (and so is every node above it): a
 * document without rare characters goes to pdfmake unchanged.
 */

/** One inline run: a plain string stays in the surrounding font. */
export type Run = string | { text: string; font: string };

/** `text` split into runs by font, or `text` itself when the body font draws all of it. */
export function splitRuns(text: string, chain: FontChain): string | Run[] {
  const runs: Run[] = [];
  let current = '';
  let font = 0;
  const push = () => {
    if (current) runs.push(font === 0 ? current : { text: current, font: chain.fallbacks[font - 1]!.family });
    current = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Spaces and line breaks join the run they are in. A character no font has stays in the body
    // font: a variable field holding one was refused before (assertPrintable), the fixed text has none.
    const next = isLayoutChar(cp) ? font : Math.max(0, fontIndexFor(chain, cp));
    if (next !== font) {
      push();
      font = next;
    }
    current += ch;
  }
  if (runs.length === 0 && font === 0) return text;
  push();
  return runs;
}

type Obj = Record<string, unknown>;

/** Maps an array, answering the same array when no element changed. */
function mapSame<T>(items: readonly T[], fn: (item: T) => T): T[] {
  let out: T[] | null = null;
  items.forEach((item, i) => {
    const next = fn(item);
    if (next !== item) (out ??= items.slice())[i] = next;
  });
  return out ?? (items as T[]);
}

/** A shallow copy of `o` with `key` replaced, or `o` itself when the value did not change. */
function withKey(o: Obj, key: string, value: unknown): Obj {
  return value === o[key] ? o : { ...o, [key]: value };
}

/** The value of a `text` property: a string, or an array of strings and inline nodes. */
function textValue(value: unknown, chain: FontChain): unknown {
  if (typeof value === 'string') return splitRuns(value, chain);
  if (!Array.isArray(value)) return value;
  return mapSame(value as unknown[], (item) => {
    if (typeof item === 'string') {
      const runs = splitRuns(item, chain);
      return runs === item ? item : { text: runs };
    }
    return item && typeof item === 'object'
      ? withKey(item as Obj, 'text', textValue((item as Obj).text, chain))
      : item;
  });
}

/** Containers whose elements are content nodes themselves. */
const LISTS = ['stack', 'columns', 'ul', 'ol'] as const;

/** One content node (a string, an array of nodes, or an object node). */
function contentNode(node: unknown, chain: FontChain): unknown {
  if (typeof node === 'string') {
    const runs = splitRuns(node, chain);
    return runs === node ? node : { text: runs };
  }
  if (Array.isArray(node)) return mapSame(node as unknown[], (n) => contentNode(n, chain));
  if (!node || typeof node !== 'object') return node;
  let out = node as Obj;
  // A QR code's `qr`, an image or a canvas carry data, not text: only these keys hold text.
  if ('text' in out) out = withKey(out, 'text', textValue(out.text, chain));
  for (const key of LISTS) if (Array.isArray(out[key])) out = withKey(out, key, contentNode(out[key], chain));
  const table = out.table as Obj | undefined;
  if (table && Array.isArray(table.body)) {
    const body = mapSame(table.body as unknown[], (row) => contentNode(row, chain));
    out = withKey(out, 'table', withKey(table, 'body', body));
  }
  return out;
}

/** Header, footer and background are content or functions answering content (per page). */
function pageNode(value: unknown, chain: FontChain): unknown {
  if (typeof value !== 'function') return contentNode(value, chain);
  const fn = value as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => contentNode(fn(...args), chain);
}

/** The document with every text split into runs by font (see above). */
export function applyFontChain(doc: TDocumentDefinitions, chain: FontChain): TDocumentDefinitions {
  // Without fallbacks there is nothing to switch to: every character stays in the body font.
  if (chain.fallbacks.length === 0) return doc;
  let out = doc as unknown as Obj;
  out = withKey(out, 'content', contentNode(out.content, chain));
  for (const key of ['header', 'footer', 'background'])
    if (out[key] !== undefined) out = withKey(out, key, pageNode(out[key], chain));
  return out as unknown as TDocumentDefinitions;
}
