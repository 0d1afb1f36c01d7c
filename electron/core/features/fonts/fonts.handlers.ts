import type { FeatureHandlers } from '../../api/types';
import { AppError } from '../../errors';
import type { CallContext } from '../../api/context';
import { toLocalIso } from '../../../../shared/dates';
import type { FontSettings } from '../../../../shared/fonts/schemas';
import { BODY_FONT_LABEL, chainLabels, currentFontChain, unprintableChars } from '../../pdf/fonts';
import { decodeFontFile, inspectFont, removeFontFile, writeFontFile } from './fontFile';
import { putStoredFont, storedFont, type StoredFont } from './fonts.queries';

function fontSettings(ctx: CallContext): FontSettings {
  const chain = currentFontChain();
  const stored = ctx.read(storedFont);
  return {
    chain: [
      { label: BODY_FONT_LABEL, kind: 'body' },
      ...chain.fallbacks.map((f) => ({ label: f.label, kind: f.kind })),
    ],
    supplementary: stored
      ? { name: stored.name, fileName: stored.fileName, sizeBytes: stored.sizeBytes, addedAt: stored.addedAt }
      : null,
  };
}

/** Removes a written font file unless the archive names it (the same font added again). */
function dropUnlessStored(ctx: CallContext, file: string): void {
  if (ctx.read(storedFont)?.file !== file) removeFontFile(ctx.archive().dir, file);
}

export const fontsHandlers: FeatureHandlers<'fonts'> = {
  get: (ctx) => fontSettings(ctx),

  setSupplementary: (ctx, { fileName, base64 }) => {
    // Checked before anything is written: a file that is not a font changes nothing.
    const bytes = decodeFontFile(base64, fileName);
    const { name, postscriptName } = inspectFont(bytes, fileName);
    const dir = ctx.archive().dir;
    const file = writeFontFile(dir, bytes, fileName);
    let previous: StoredFont | null = null;
    try {
      ctx.write((db, audit) => {
        previous = storedFont(db);
        putStoredFont(db, {
          file,
          name,
          ...(postscriptName ? { postscriptName } : {}),
          fileName,
          sizeBytes: bytes.length,
          addedAt: toLocalIso(ctx.now()),
        });
        audit({
          action: previous ? 'fonts.replace' : 'fonts.add',
          entity: 'settings',
          summary: previous
            ? `更换补充字体：${previous.name}（${previous.fileName}）→ ${name}（${fileName}）`
            : `添加补充字体：${name}（${fileName}）`,
        });
      });
    } catch (err) {
      dropUnlessStored(ctx, file);
      throw err;
    }
    const replaced = previous as StoredFont | null;
    if (replaced && replaced.file !== file) removeFontFile(dir, replaced.file);
    return fontSettings(ctx);
  },

  removeSupplementary: (ctx) => {
    const removed = ctx.write((db, audit) => {
      const font = storedFont(db);
      if (!font) throw new AppError('NOT_FOUND', '尚未添加补充字体，无需移除。');
      putStoredFont(db, null);
      audit({
        action: 'fonts.remove',
        entity: 'settings',
        summary: `移除补充字体：${font.name}（${font.fileName}）`,
      });
      return font;
    });
    removeFontFile(ctx.archive().dir, removed.file);
    return fontSettings(ctx);
  },

  check: (_ctx, { text }) => {
    const chain = currentFontChain();
    return { unprintable: unprintableChars(text, chain), fonts: chainLabels(chain) };
  },
};
