import type { AgreementKind } from '../../../../shared/mediation/codes';
import type { Agreement, SaveAgreementInput } from '../../../../shared/mediation/schemas';
import { parseYuan } from '../../../../shared/halfWidth';

/** The agreement editor's state: text as typed (the amount too), turned into the input on save. */
export interface AgreementDraft {
  kind: AgreementKind;
  facts: string;
  responsibility: string;
  terms: string[];
  performance: string;
  performBy: string;
  amount: string;
}

export function draftOf(a: Agreement | undefined): AgreementDraft {
  return {
    kind: a?.kind ?? 'written',
    facts: a?.facts ?? '',
    responsibility: a?.responsibility ?? '',
    // A new agreement starts with one empty term to type into.
    terms: a ? [...a.terms] : [''],
    performance: a?.performance ?? '',
    performBy: a?.performBy ?? '',
    amount: a?.amount === null || a?.amount === undefined ? '' : String(a.amount),
  };
}

/** Empty optional fields are absent; an unreadable amount stays NaN so validation names it. */
export function inputOf(
  mediationId: number,
  agreementId: number | undefined,
  d: AgreementDraft,
): SaveAgreementInput {
  const optional = (text: string) => text.trim() || undefined;
  return {
    mediationId,
    agreementId,
    kind: d.kind,
    facts: d.facts,
    responsibility: optional(d.responsibility),
    terms: d.terms,
    performance: d.performance,
    performBy: optional(d.performBy),
    amount: parseYuan(d.amount),
  };
}

/** The server trims what it stores; spaces at the ends are not a change worth saving. */
const normal = (d: AgreementDraft) =>
  JSON.stringify({
    ...d,
    facts: d.facts.trim(),
    responsibility: d.responsibility.trim(),
    terms: d.terms.map((t) => t.trim()),
    performance: d.performance.trim(),
    amount: d.amount.trim(),
  });

export const sameDraft = (a: AgreementDraft, b: AgreementDraft) => normal(a) === normal(b);

/**
 * A key for the editor: it starts afresh from the stored text when another
 * version is shown or the text changed on the server (after a save), and
 * keeps what is being typed when only the prints changed.
 */
export const editorKey = (a: Agreement | undefined) => `${a?.id ?? 'new'}:${normal(draftOf(a))}`;
