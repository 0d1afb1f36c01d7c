/**
 * 当事人 of a ledger row as shown after a search (issue 13, item 15): the
 * party whose name the search term matched comes first, with where in it the
 * term stands, so the name the user looked for is the one in view and can be
 * highlighted. The ledger lists the names joined by 「、」 (cases.queries.ts,
 * partyNamesOf); the search is one phrase, a substring, folding case as the
 * trigram index does (cases.search.ts). A term that matched elsewhere (the
 * summary, a place, a representative) moves and marks nothing.
 */
export interface PartiesShown {
  /** The names in the order to show them: the matched party first, the others as registered. */
  names: string[];
  /** Where the term stands in `names[0]` (UTF-16 offsets, end exclusive); null when no name holds it. */
  match: { start: number; end: number } | null;
}

/** The separator of the ledger's 当事人 (partyNamesOf). */
export const PARTY_SEPARATOR = '、';

/** Where `term` stands in `name`, case folded when folding keeps the offsets (it does for CJK and ASCII). */
function find(name: string, term: string): number {
  const folded = name.toLowerCase();
  const foldedTerm = term.toLowerCase();
  if (folded.length === name.length && foldedTerm.length === term.length) return folded.indexOf(foldedTerm);
  return name.indexOf(term);
}

/** The row's names with the one `q` matched first, and the span it matched. */
export function partiesShown(partyNames: string, q: string | undefined): PartiesShown {
  const names = partyNames ? partyNames.split(PARTY_SEPARATOR) : [];
  const term = q?.trim() ?? '';
  if (!term) return { names, match: null };
  for (const [index, name] of names.entries()) {
    const start = find(name, term);
    if (start < 0) continue;
    return {
      names: [name, ...names.slice(0, index), ...names.slice(index + 1)],
      match: { start, end: start + term.length },
    };
  }
  return { names, match: null };
}
