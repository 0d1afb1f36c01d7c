import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { FONT_FILE_PATTERN } from '../../../../shared/fonts/schemas';
import { AppError } from '../../errors';
import { fontsDir } from './fonts.queries';

/*
 * The director's font file: decoded, checked to be a real font (fontkit),
 * written into the archive's `fonts/`.
 */

const notAFont = (fileName: string, why: string) => {
  const message = `「${fileName}」不能用作补充字体：${why}。请选择 .ttf、.otf 或 .ttc 字体文件。`;
  return new AppError('VALIDATION', message, { base64: message });
};

/** Decodes an upload's base64, refusing what is not base64 (Buffer.from would skip it silently). */
export function decodeFontFile(base64: string, fileName: string): Buffer {
  const clean = base64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1)
    throw notAFont(fileName, '文件内容不是有效的文件数据');
  return Buffer.from(clean, 'base64');
}

/** What a font file holds, read with fontkit; refused in words when it is not a usable font. */
export function inspectFont(bytes: Buffer, fileName: string): { name: string; postscriptName?: string } {
  let font: fontkit.FontkitFont;
  try {
    font = fontkit.create(bytes);
  } catch {
    throw notAFont(fileName, '文件不是字体，或已损坏');
  }
  const collection = Array.isArray(font.fonts);
  // A collection (.ttc) holds several fonts; the first is the one drawn (宋体 before 新宋体 in simsun.ttc).
  const face = collection ? font.fonts?.[0] : font;
  if (!face || (face.type !== 'TTF' && face.type !== 'CFF'))
    throw notAFont(fileName, '只支持 TrueType 或 OpenType 字体（WOFF 网页字体不能用于打印）');
  // A file cut short (a copy that stopped halfway) still opens: its tables must lie inside it.
  const tables = Object.values(face.directory?.tables ?? {});
  if (!tables.length || tables.some((t) => t.offset + t.length > bytes.length))
    throw notAFont(fileName, '文件不完整（可能没有复制完）');
  try {
    // Reading one character's glyph reads the character map, which every print asks.
    face.hasGlyphForCodePoint(0x20bb7);
  } catch {
    throw notAFont(fileName, '字体的字符表无法读取');
  }
  if (!(face.numGlyphs > 1)) throw notAFont(fileName, '字体中没有字形');
  const name = face.familyName || face.fullName || face.postscriptName || fileName;
  return { name, ...(collection ? { postscriptName: face.postscriptName } : {}) };
}

/** Writes the font's bytes into `fonts/` under their hash (atomically); answers the file's name. */
export function writeFontFile(dir: string, bytes: Buffer, fileName: string): string {
  const ext = FONT_FILE_PATTERN.exec(fileName)![1]!.toLowerCase();
  const file = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
  const folder = fontsDir(dir);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, file);
  if (!existsSync(target)) {
    const temp = join(folder, `.${file}.partial`);
    writeFileSync(temp, bytes, { flush: true });
    renameSync(temp, target);
  }
  return file;
}

/** Removes a font file no longer named by the archive. */
export function removeFontFile(dir: string, file: string): void {
  rmSync(join(fontsDir(dir), file), { force: true });
}
