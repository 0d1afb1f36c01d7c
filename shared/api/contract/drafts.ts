import { endpoint } from '../endpoint';
import { formDraftRef, saveFormDraftInput, type FormDraft, type DraftSaved } from '../../drafts/schemas';

/**
 * What the signed-in user typed into a form and has not saved (issue 13 §1),
 * kept in the archive per account; nobody reaches another account's drafts.
 */
export const draftsContract = {
  get: endpoint<FormDraft | null>()(formDraftRef, 'user'),
  save: endpoint<DraftSaved>()(saveFormDraftInput, 'user'),
  discard: endpoint<null>()(formDraftRef, 'user'),
} as const;
