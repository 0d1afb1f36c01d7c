/**
 * Chinese the app writes for itself — titles, summaries, results — so it reads
 * as a clerk would write it (issue 13, item 13).
 */

/**
 * The parties of a matter as a title names them: 「张三」, 「张三与李四」, and from
 * three on 「张三、李四等4人」 — a chain of 与 reads like a stutter and makes a
 * dossier title unreadable on a box spine.
 */
export function partiesPhrase(names: readonly string[]): string {
  const named = names.map((n) => n.trim()).filter(Boolean);
  if (named.length <= 2) return named.join('与');
  return `${named[0]}、${named[1]}等${named.length}人`;
}

/** Sentence-ending marks a clause may already carry when it is joined to another. */
const CLAUSE_END = /[。；，、.;,\s]+$/u;

/**
 * Clauses joined with 「；」: each clause's own closing mark is dropped first, so
 * a note typed as 「已履行完毕。」 never yields 「。；」. Empty clauses are skipped.
 */
export function joinClauses(clauses: readonly (string | null | undefined)[]): string {
  return clauses
    .map((c) => (c ?? '').trim().replace(CLAUSE_END, ''))
    .filter(Boolean)
    .join('；');
}

/** A clause closed with one 「。」 whatever mark it was typed with. */
export const sentence = (clause: string): string => `${clause.trim().replace(CLAUSE_END, '')}。`;
