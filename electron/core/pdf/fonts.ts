import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { AppError } from '../errors';
import { archiveSupplementary, type FallbackFont } from './fontScope';

export type { FallbackFont } from './fontScope';

/**
 * The font registry (design.md, "Documents"): a CJK serif shipped with the
 * project (Noto Serif SC, OFL) for the body text; nothing is fetched at run
 * time. Characters it lacks (CJK Extension B and beyond: 𠮷 U+20BB7 in a
 * name) are drawn with the first font of the chain after it that has them —
 * SimSun-ExtB on Windows, then the supplementary font the director added in
 * 系统设置 — and only a character no font has is refused.
 */
export interface FontFiles {
  normal: string;
  bold: string;
}

/** The fonts a document is drawn with, in the order they are tried. */
export interface FontChain {
  body: FontFiles;
  fallbacks: FallbackFont[];
}

export const BODY_FONT_LABEL = 'Noto Serif SC';

function packageRequire(): NodeRequire {
  // Bundled as CommonJS in the desktop app (__filename); plain ESM under tsx.
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
}

export function defaultFontFiles(): FontFiles {
  const root = dirname(packageRequire().resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  return {
    normal: join(root, '400Regular', 'NotoSerifSC_400Regular.ttf'),
    bold: join(root, '700Bold', 'NotoSerifSC_700Bold.ttf'),
  };
}

/**
 * The monospace face of the recovery-key sheet (Roboto Mono Bold, Apache-2.0,
 * shipped as a dependency like the body font): the key is letters, digits and
 * dashes only, and a fixed pitch keeps its groups in columns and unmistakable
 * (0/O, 1/I) when copied by hand.
 */
export function monoFontFile(): string {
  const root = dirname(packageRequire().resolve('@expo-google-fonts/roboto-mono/package.json'));
  return join(root, '700Bold', 'RobotoMono_700Bold.ttf');
}

/**
 * Fonts of the operating system tried after the body font. SimSun-ExtB ships
 * with every Windows 10/11 and covers CJK Extension B; where it is missing
 * (or on another system) the chain goes straight to the supplementary font.
 */
export function systemFallbacks(
  platform: string = process.platform,
  fontsDir: string = join(process.env.SystemRoot ?? 'C:\\Windows', 'Fonts'),
): FallbackFont[] {
  if (platform !== 'win32') return [];
  const path = join(fontsDir, 'simsunb.ttf');
  return existsSync(path) ? [{ family: 'SimSunExtB', label: 'SimSun-ExtB', kind: 'system', path }] : [];
}

let systemCache: FallbackFont[] | null = null;

/** The chain for the archive being served: body font, system fallbacks, the director's font. */
export function currentFontChain(): FontChain {
  systemCache ??= systemFallbacks();
  const extra = archiveSupplementary();
  return {
    body: defaultFontFiles(),
    fallbacks: [...systemCache, ...(extra && existsSync(extra.path) ? [extra] : [])],
  };
}

export const chainLabels = (chain: FontChain): string[] => [
  BODY_FONT_LABEL,
  ...chain.fallbacks.map((f) => f.label),
];

interface Coverage {
  font: fontkit.FontkitFont;
  /** Code points already asked: a ledger print asks the same few thousand characters again and again. */
  known: Map<number, boolean>;
}

const loaded = new Map<string, Coverage>();

function coverage(path: string, postscriptName?: string): Coverage {
  const key = postscriptName ? `${path}#${postscriptName}` : path;
  let c = loaded.get(key);
  if (!c) {
    c = { font: fontkit.openSync(path, postscriptName), known: new Map() };
    loaded.set(key, c);
  }
  return c;
}

function has(c: Coverage, cp: number): boolean {
  let yes = c.known.get(cp);
  if (yes === undefined) {
    yes = c.font.hasGlyphForCodePoint(cp);
    c.known.set(cp, yes);
  }
  return yes;
}

/** Characters that are layout, not ink, and need no glyph. */
export const isLayoutChar = (cp: number) =>
  cp === 0x0a || cp === 0x0d || cp === 0x09 || cp === 0x20 || cp === 0x3000;

/** Which font of the chain draws `cp`: 0 the body font, i ≥ 1 the i-th fallback, -1 none. */
export function fontIndexFor(chain: FontChain, cp: number): number {
  if (has(coverage(chain.body.normal), cp)) return 0;
  for (let i = 0; i < chain.fallbacks.length; i++) {
    const f = chain.fallbacks[i]!;
    if (has(coverage(f.path, f.postscriptName), cp)) return i + 1;
  }
  return -1;
}

/** The distinct characters of `text` that no font of the chain can draw, in order of appearance. */
export function unprintableChars(text: string, chain: FontChain): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isLayoutChar(cp) && fontIndexFor(chain, cp) < 0) out.add(ch);
  }
  return [...out];
}

/**
 * Refuses a document containing a character no font of the chain can draw,
 * naming the character, the field and the fonts tried — never a blank box on
 * a legal document.
 */
export function assertPrintable(fields: Record<string, string>, chain: FontChain = currentFontChain()): void {
  for (const [field, value] of Object.entries(fields)) {
    const [ch] = unprintableChars(value, chain);
    if (ch === undefined) continue;
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    // A field named with its row (第 3 行“题名”) already quotes the column; quoting it again reads “…“题名””.
    const named = field.includes('“') ? field : `“${field}”`;
    throw new AppError(
      'VALIDATION',
      `${named}中的字符“${ch}”（U+${hex}）在已配置的字体（${chainLabels(chain).join('、')}）中都没有，无法打印。请改用常用字，或请主任在系统设置中添加含有该字的补充字体。`,
    );
  }
}
