// The cipher build of better-sqlite3 has the same API; its own index.d.ts is
// hidden by its package "exports", so the API types of better-sqlite3 are reused.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}

// Only what the glyph check and the font-file check use. `create` answers a
// collection (TTC) with its `fonts`; a single font has none.
declare module 'fontkit' {
  export interface FontkitFont {
    type: string;
    postscriptName: string;
    fullName: string;
    familyName: string;
    numGlyphs: number;
    fonts?: FontkitFont[];
    /** The table directory of a TrueType/OpenType font: where each table lies in the file. */
    directory?: { tables: Record<string, { offset: number; length: number }> };
    hasGlyphForCodePoint(cp: number): boolean;
    getName(key: string, lang?: string): string | null;
  }
  export function openSync(path: string, postscriptName?: string): FontkitFont;
  export function create(buffer: Buffer, postscriptName?: string): FontkitFont;
}
