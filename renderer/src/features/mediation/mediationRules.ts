import type { CaseStatus } from '../../../../shared/cases/status';
import * as rules from '../../../../shared/mediation/rules';
import type { Agreement, MediationDetail } from '../../../../shared/mediation/schemas';

/**
 * What the UI offers in each state, from the same rules as the server's checks
 * (shared/mediation/rules.ts), so a button the status does not allow is
 * disabled rather than answered with a refusal. The server stays the
 * authority: its message is shown if the two ever differ.
 */

/** A mediation is being conducted: the one a case may have at a time (the migration's unique index). */
export const isUnderWay = (m: Pick<MediationDetail, 'status'>) => m.status === 'open';

/** Whether a mediation may be opened on a case of `status` that has these mediations. */
export function canOpenMediation(status: CaseStatus, mediations: readonly Pick<MediationDetail, 'status'>[]) {
  return rules.canOpenMediation(status, mediations.some(isUnderWay));
}

/** The version being worked on: a draft (a first text or a correction) or else the signed one. */
export const currentAgreement = (m: MediationDetail): Agreement | undefined => m.agreements[0];

/** The version in force, if any. */
export const signedAgreement = (m: MediationDetail): Agreement | undefined =>
  m.agreements.find((a) => a.status === 'signed');

/** A correction replaces a signed version; a first text replaces none. */
const isCorrection = (a: Pick<Agreement, 'supersedesId'>) => a.supersedesId !== null;

export function allowedActions(m: MediationDetail) {
  const open = m.status === 'open';
  const current = currentAgreement(m);
  const signed = signedAgreement(m);
  /** A draft may be edited, previewed, printed and signed only while the mediation takes it. */
  const workableDraft = current?.status === 'draft' && rules.draftWorkable(m.status, isCorrection(current));
  return {
    rightsNotice: open,
    sessions: open,
    /** A first text while mediating; an existing draft while `draftWorkable` allows it. */
    draftAgreement: current ? workableDraft : rules.draftWorkable(m.status, false),
    sign: workableDraft,
    /** A signed agreement is corrected while the mediation is agreed; a filed dossier is not changed. */
    correct: current?.status === 'signed' && m.status === 'agreed',
    terminate: open,
    followUps: m.status === 'agreed' || m.status === 'closed',
    judicial: Boolean(signed),
    close: m.status === 'agreed' || m.status === 'terminated',
  };
}
export type AllowedActions = ReturnType<typeof allowedActions>;
