/**
 * A LIKE pattern matching `q` anywhere, with LIKE's own wildcards escaped
 * (use with `ESCAPE '\'`): a search for "100%" finds "100%", not "1000".
 */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
