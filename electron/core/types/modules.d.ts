// The cipher build of better-sqlite3 has the same API; its own index.d.ts is
// hidden by its package "exports", so the API types of better-sqlite3 are reused.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}

// Only what the glyph check uses.
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
