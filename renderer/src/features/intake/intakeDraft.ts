import type { IntakeChannel, IntakeOutcome } from '../../../../shared/cases/codes';
import type { CreateIntakeInput } from '../../../../shared/intake/schemas';
import { caseFieldsOf, type CaseDraft } from '../cases/caseDraft';

/** The intake form as typed (the case fields live in their own CaseDraft). */
export const EMPTY_INTAKE = {
  channel: 'visit' as string,
  personName: '',
  phone: '',
  unitOrAddress: '',
  matter: '',
  materials: '',
  outcome: 'answered' as string,
  answer: '',
  referredToId: '',
  note: '',
};
export type IntakeValues = typeof EMPTY_INTAKE;

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The contract's input for the chosen outcome (a discriminated union on `outcome`). */
export function intakeInputOf(v: IntakeValues, caseDraft: CaseDraft): CreateIntakeInput {
  const base = {
    channel: v.channel as IntakeChannel,
    personName: v.personName,
    phone: optional(v.phone),
    unitOrAddress: optional(v.unitOrAddress),
    matter: v.matter,
    materials: optional(v.materials),
  };
  switch (v.outcome as IntakeOutcome) {
    case 'answered':
      return { ...base, outcome: 'answered', answer: v.answer };
    case 'referred':
      return { ...base, outcome: 'referred', referredToId: Number(v.referredToId), note: optional(v.note) };
    case 'case':
      return { ...base, outcome: 'case', case: caseFieldsOf(caseDraft) };
  }
}

/** The intake values a case form takes over. */
export interface Carried {
  name: string;
  phone: string;
  address: string;
  matter: string;
  channel: string;
}

export const carriedOf = (v: IntakeValues): Carried => ({
  name: v.personName,
  phone: v.phone,
  address: v.unitOrAddress,
  matter: v.matter,
  channel: v.channel,
});

/**
 * The person who came or called is the first party, and the matter is the
 * case's 简要情况 (seed 001: one intake may become a case). A case field
 * follows the intake until the user edits it there.
 */
export function carryInto(d: CaseDraft, before: Carried, now: Carried): CaseDraft {
  const follow = (current: string, was: string, next: string) => (current === was ? next : current);
  const [first, ...rest] = d.parties;
  const party =
    first && first.kind === 'person'
      ? {
          ...first,
          name: follow(first.name, before.name, now.name),
          phone: follow(first.phone, before.phone, now.phone),
          address: follow(first.address, before.address, now.address),
        }
      : first;
  return {
    ...d,
    source: follow(d.source, before.channel, now.channel) as CaseDraft['source'],
    summary: follow(d.summary, before.matter, now.matter),
    parties: party ? [party, ...rest] : d.parties,
  };
}
