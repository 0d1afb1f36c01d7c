/**
 * The number of pages of a PDF produced by pdfmake, read on the main side
 * without a PDF library (pdfjs is a test-only dependency): the dossier's
 * 卷内目录 needs the page count of each document actually generated.
 *
 * pdfkit (under pdfmake) writes every object as `N G obj <<dictionary>>`,
 * optionally followed by a stream, and never uses object streams, so the
 * page objects — dictionaries whose /Type is /Page, not /Pages — can be found
 * by walking the objects in order. Streams are skipped by their /Length and
 * strings are skipped while reading a dictionary, so neither compressed
 * content nor a title that happens to contain "/Type /Page" is counted.
 */
export async function pdfPageCount(bytes: Buffer): Promise<number> {
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('pdfPageCount: not a PDF');
  // By object number: a later definition (an incremental update) replaces an earlier one.
  const isPage = new Map<string, boolean>();
  const header = /(\d+)\s+(\d+)\s+obj\b/g;
  let at = 0;
  for (;;) {
    header.lastIndex = at;
    const m = header.exec(text);
    if (!m) break;
    let i = skipSpace(text, m.index + m[0].length);
    if (!text.startsWith('<<', i)) {
      at = i; // not a dictionary (a number, an array …): nothing to count
      continue;
    }
    const dict = readDictionary(text, i);
    isPage.set(`${m[1]} ${m[2]}`, PAGE_TYPE.test(dict.text));
    i = skipSpace(text, dict.end);
    at = text.startsWith('stream', i) ? skipStream(text, i, dict.text) : i;
  }
  const pages = [...isPage.values()].filter(Boolean).length;
  // A PDF has at least one page; none found means its objects are hidden in
  // object streams (not pdfkit's output), which this reader does not open.
  if (pages === 0) throw new Error('pdfPageCount: no page objects found');
  return pages;
}

/** `/Type /Page` as a whole name: /Pages (the page tree node) does not match. */
const PAGE_TYPE = /\/Type\s*\/Page(?=[\s()<>[\]{}/%]|$)/;

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/**
 * Reads the dictionary starting at `start` (at `<<`) up to its matching `>>`.
 * Literal `(…)` and hex `<…>` strings are left out of the returned text.
 */
function readDictionary(text: string, start: number): { text: string; end: number } {
  let depth = 0;
  let out = '';
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (text.startsWith('<<', i)) {
      depth++;
      out += '<<';
      i += 2;
    } else if (text.startsWith('>>', i)) {
      depth--;
      out += '>>';
      i += 2;
      if (depth === 0) return { text: out, end: i };
    } else if (c === '(') {
      i = skipLiteralString(text, i);
      out += '()';
    } else if (c === '<') {
      const close = text.indexOf('>', i);
      i = close < 0 ? text.length : close + 1;
      out += '<>';
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('pdfPageCount: unterminated dictionary');
}

/** Past a literal string: balanced parentheses, backslash escapes. */
function skipLiteralString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error('pdfPageCount: unterminated string');
}

/** Past `stream … endstream`, using a direct /Length, else the next `endstream`. */
function skipStream(text: string, at: number, dict: string): number {
  let data = at + 'stream'.length;
  if (text[data] === '\r') data++;
  if (text[data] === '\n') data++;
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    const end = data + Number(length[1]);
    if (text.startsWith('endstream', skipSpace(text, end))) return skipSpace(text, end) + 'endstream'.length;
  }
  const end = text.indexOf('endstream', data);
  if (end < 0) throw new Error('pdfPageCount: unterminated stream');
  return end + 'endstream'.length;
}
