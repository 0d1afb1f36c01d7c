import { z } from 'zod';
import { text } from '../api/fields';

/** A font of the print chain, in the order documents try them. */
export interface PrintFont {
  /** The font's own name (Noto Serif SC, SimSun-ExtB, HanaMinB …). */
  label: string;
  /** The body font shipped with the app, a font of Windows, or the one the director added. */
  kind: 'body' | 'system' | 'supplementary';
}

/** The supplementary font the director added (kept in the archive folder, carried by backups). */
export interface SupplementaryFont {
  /** The font's own name, read from the file. */
  name: string;
  /** The file as the director chose it. */
  fileName: string;
  sizeBytes: number;
  /** Local time, 2026-11-24T09:00:00. */
  addedAt: string;
}

/** The print fonts as 系统设置 shows them. */
export interface FontSettings {
  chain: PrintFont[];
  supplementary: SupplementaryFont | null;
}

/** The largest font file accepted: a full CJK Extension B font is about 30 MB. */
export const MAX_FONT_BYTES = 40 * 1024 * 1024;

/** The file types accepted, by ending. */
export const FONT_FILE_PATTERN = /\.(ttf|otf|ttc)$/i;

export const setSupplementaryFontInput = z
  .object({
    fileName: text('文件名', 200).refine((n) => FONT_FILE_PATTERN.test(n), {
      error: '只接受 .ttf、.otf 或 .ttc 字体文件',
    }),
    /** base64: 4 characters for every 3 bytes. */
    base64: z
      .string({ error: '字体文件内容必须是文字' })
      .min(1, { error: '字体文件是空的' })
      .max(Math.ceil(MAX_FONT_BYTES / 3) * 4, { error: '字体文件不能超过 40 MB' }),
  })
  .strict();

export const printableCheckInput = z
  .object({
    text: z
      .string({ error: '要检查的文字必须是文字' })
      .max(2000, { error: '要检查的文字不能超过 2000 个字' }),
  })
  .strict();

/** Which characters of a text no configured font can print. */
export interface PrintableCheck {
  /** The distinct characters, in order of appearance; empty when all print. */
  unprintable: string[];
  /** The fonts tried, in order. */
  fonts: string[];
}

/** The warning at data entry (the case form, the mediation's parties): not a refusal, the print refuses. */
export function unprintableWarning(chars: readonly string[]): string {
  return `${chars.map((c) => `“${c}”`).join('、')}在已配置的字体中都没有，打印时无法显示，请主任在系统设置中添加补充字体。`;
}
