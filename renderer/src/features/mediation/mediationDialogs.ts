import type { FollowUp, MediationDetail, MediationSession } from '../../../../shared/mediation/schemas';
import type { DocumentRequest } from '../../print/DocumentPreviewDialog';

/** Which dialog of the mediation page is open, with what it is about. */
export type MediationDialog =
  | { kind: 'session'; session?: MediationSession }
  | { kind: 'terminate' }
  | { kind: 'agreementPreview'; agreementId: number }
  | { kind: 'sign'; agreementId: number }
  | { kind: 'correct'; agreementId: number }
  | { kind: 'schedule' }
  | { kind: 'followUp'; followUp?: FollowUp }
  | { kind: 'judicial' }
  | { kind: 'close' }
  | { kind: 'document'; request: DocumentRequest };

export type OpenDialog = (dialog: MediationDialog) => void;

/** An action that answers with the updated mediation, and the notice to show for it. */
export type MediationDone = (updated: MediationDetail, message: string) => void;
