import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../../db/open';
import { FONTS_DIR } from '../../db/backup';
import type { FallbackFont } from '../../pdf/fontScope';

/**
 * The supplementary font: a file the director chose, copied into the archive
 * folder (`fonts/`, which every backup carries and a restore brings back) so
 * the archive's documents print wherever the archive goes. The settings row
 * names the file; the file's name is its content's hash, so a replaced font
 * is a new file, written before the row points at it and removed only after.
 */
const KEY = 'font:supplementary';

const storedSchema = z.object({
  /** The file inside `fonts/`. */
  file: z.string().regex(/^[0-9a-f]{16}\.(ttf|otf|ttc)$/),
  name: z.string(),
  postscriptName: z.string().optional(),
  fileName: z.string(),
  sizeBytes: z.number(),
  addedAt: z.string(),
});
export type StoredFont = z.infer<typeof storedSchema>;

export const fontsDir = (dir: string): string => join(dir, FONTS_DIR);

export function storedFont(db: Db): StoredFont | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as
    { value: string } | undefined;
  if (!row) return null;
  const parsed = storedSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export function putStoredFont(db: Db, font: StoredFont | null): void {
  if (!font) db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  else
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(KEY, JSON.stringify(font));
}

/** The supplementary font as the print chain takes it; null when none is set. */
export function supplementaryFallback(db: Db, dir: string): FallbackFont | null {
  const font = storedFont(db);
  if (!font) return null;
  return {
    family: `Supplementary-${font.file}`,
    label: font.name,
    kind: 'supplementary',
    path: join(fontsDir(dir), font.file),
    ...(font.postscriptName ? { postscriptName: font.postscriptName } : {}),
  };
}
