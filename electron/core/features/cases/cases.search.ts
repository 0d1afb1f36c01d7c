import { likePattern } from '../../db/sql';
import type { Db } from '../../db/open';
import { stmt } from './cases.queries';

/**
 * How a ledger search term is answered (domain.md: search the parties' names,
 * summary, place and notes; the code too). All over the same index and
 * columns — code, names (parties and representatives), summary, place, notes —
 * whatever the term's length:
 *   - 3 or more characters: one FTS5 trigram phrase;
 *   - 1 or 2 characters (shorter than a trigram): every trigram of the index
 *     that begins with the term, from the index's own vocabulary, OR-ed — each
 *     indexed column ends in two spaces (FTS_TAIL), so every occurrence of a
 *     short term begins some trigram;
 *   - a short term so common that thousands of trigrams begin with it (a
 *     punctuation mark): a LIKE scan of the same columns.
 */
export type Search = { kind: 'match'; expr: string } | { kind: 'scan'; like: string } | { kind: 'nothing' };

/** Characters, not UTF-16 units: 𠮷 is one character to the user and to the trigram tokenizer. */
export const charCount = (s: string): number => [...s].length;

/** The trigram tokenizer indexes 3-character fragments. */
export const FTS_MIN_CHARS = 3;

/** Above this many trigrams the OR of them costs more than a scan (measured: ~1 400 terms ≈ 45 ms). */
const MAX_SHORT_TERMS = 2000;

/** An FTS5 string literal: the whole term is one phrase, `"` doubled (nothing in it is query syntax). */
export const ftsLiteral = (q: string): string => `"${q.replace(/"/g, '""')}"`;

/** The trigram indexes searched this way: the ledger's and the archive catalogue's. */
export type FtsIndex = 'cases_fts' | 'archive_items_fts';

const withVocabulary = new WeakMap<Db, Set<FtsIndex>>();

/** The index's term list, as a per-connection temporary table (nothing is added to the archive itself). */
function vocabulary(db: Db, index: FtsIndex): void {
  let made = withVocabulary.get(db);
  if (!made) withVocabulary.set(db, (made = new Set()));
  if (made.has(index)) return;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_vocab USING fts5vocab(main, ${index}, 'row')`);
  made.add(index);
}

export function resolveSearch(db: Db, q: string | undefined, index: FtsIndex = 'cases_fts'): Search | null {
  const term = q?.trim();
  if (!term) return null;
  const length = charCount(term);
  if (length >= FTS_MIN_CHARS) return { kind: 'match', expr: ftsLiteral(term) };
  vocabulary(db, index);
  // The index folds case (trigram tokenizer, case_sensitive 0): so must the prefix.
  const prefix = term.toLowerCase();
  const terms = stmt(db, `SELECT term FROM temp.${index}_vocab WHERE term >= ? AND term <= ? LIMIT ?`)
    .pluck(true)
    .all(prefix, prefix + '\u{10FFFF}'.repeat(FTS_MIN_CHARS - length), MAX_SHORT_TERMS + 1) as string[];
  if (terms.length === 0) return { kind: 'nothing' };
  if (terms.length > MAX_SHORT_TERMS) return { kind: 'scan', like: likePattern(term) };
  return { kind: 'match', expr: terms.map(ftsLiteral).join(' OR ') };
}
