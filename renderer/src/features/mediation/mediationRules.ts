import type { CaseStatus } from '../../../../shared/cases/status';
import type { Agreement, MediationDetail } from '../../../../shared/mediation/schemas';

/**
 * What the UI offers in each state, mirroring the server's checks so a button
 * the status does not allow is disabled rather than answered with a refusal.
 * The server stays the authority: its message is shown if the two ever differ.
 */

/** A case can go to mediation while it is being handled (domain.md status flow). */
const MEDIATABLE: readonly CaseStatus[] = ['registered', 'accepted', 'in_progress'];

/** At most one mediation of a case is under way (the migration's unique index). */
export const isUnderWay = (m: Pick<MediationDetail, 'status'>) =>
  m.status === 'open' || m.status === 'agreed';

export function canOpenMediation(status: CaseStatus, mediations: readonly Pick<MediationDetail, 'status'>[]) {
  return MEDIATABLE.includes(status) && !mediations.some(isUnderWay);
}

/** The version being worked on: a draft (a first text or a correction) or else the signed one. */
export const currentAgreement = (m: MediationDetail): Agreement | undefined => m.agreements[0];

/** The version in force, if any. */
export const signedAgreement = (m: MediationDetail): Agreement | undefined =>
  m.agreements.find((a) => a.status === 'signed');

export function allowedActions(m: MediationDetail) {
  const open = m.status === 'open';
  const agreed = m.status === 'agreed' || m.status === 'closed';
  const current = currentAgreement(m);
  const signed = signedAgreement(m);
  return {
    rightsNotice: open,
    sessions: open,
    /** The first text is drafted while mediating; a draft stays editable until signed. */
    draftAgreement: current ? current.status === 'draft' : open,
    sign: current?.status === 'draft',
    correct: current?.status === 'signed',
    terminate: open,
    followUps: agreed,
    judicial: Boolean(signed),
    close: m.status === 'agreed' || m.status === 'terminated',
  };
}
export type AllowedActions = ReturnType<typeof allowedActions>;
