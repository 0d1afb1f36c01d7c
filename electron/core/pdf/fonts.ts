import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { AppError } from '../errors';

/**
 * The font registry (design.md, "Documents"): a CJK serif shipped with the
 * project (Noto Serif SC, OFL) so every name in the archive prints; nothing is
 * fetched at run time. pdfmake embeds only the glyphs a document uses.
 */
export interface FontFiles {
  normal: string;
  bold: string;
}

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

interface GlyphFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

const loaded = new Map<string, GlyphFont>();

function glyphFont(path: string): GlyphFont {
  let font = loaded.get(path);
  if (!font) {
    font = fontkit.openSync(path) as unknown as GlyphFont;
    loaded.set(path, font);
  }
  return font;
}

/** Characters that are layout, not ink, and need no glyph. */
const isLayoutChar = (cp: number) =>
  cp === 0x0a || cp === 0x0d || cp === 0x09 || cp === 0x20 || cp === 0x3000;

/**
 * Refuses a document containing a character the font cannot draw, naming the
 * character and the field — never a blank box on a legal document.
 */
export function assertPrintable(fields: Record<string, string>, files: FontFiles): void {
  const font = glyphFont(files.normal);
  for (const [field, value] of Object.entries(fields)) {
    for (const ch of value) {
      const cp = ch.codePointAt(0)!;
      if (isLayoutChar(cp) || font.hasGlyphForCodePoint(cp)) continue;
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      // A field named with its row (第 3 行“题名”) already quotes the column; quoting it again reads “…“题名””.
      const named = field.includes('“') ? field : `“${field}”`;
      throw new AppError(
        'VALIDATION',
        `${named}中的字符“${ch}”（U+${hex}）无法用文书字体打印，请改用常用字或联系主任配置补充字体。`,
      );
    }
  }
}
