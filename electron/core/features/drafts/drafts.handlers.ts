import { toLocalIso } from '../../../../shared/dates';
import type { FeatureHandlers } from '../../api/types';
import { writeTransaction } from '../../db/tx';
import { deleteDraft, getDraft, putDraft } from './drafts.queries';

/**
 * A user's unsaved typing, per account and form (issue 13 §1). Only the
 * calling account's own drafts are reachable: every statement is keyed by
 * `ctx.user().id`, never by an id from the input.
 *
 * Not audited, deliberately, unlike every other write (rules of the house 4):
 * a draft is the user's private scratch, not a record of the centre. It is
 * saved a second after each pause in typing, so auditing it would bury the
 * hash-chained 操作日志 under hundreds of entries a form; nothing in it counts
 * until the form itself is saved, and that save is audited as always. So these
 * writes go through a plain write transaction rather than `ctx.write`, which
 * insists on an audit record.
 *
 * Saving counts as activity for the idle lock (it is not in app.ts's
 * NOT_ACTIVITY): the renderer saves only after a change the user typed, never
 * on a timer of its own, so a save means someone is at the keyboard.
 */
export const draftsHandlers: FeatureHandlers<'drafts'> = {
  get: (ctx, { formKey }) => ctx.read((db) => getDraft(db, ctx.user().id, formKey)),

  save: (ctx, { formKey, payload }) => {
    const { db } = ctx.archive();
    const savedAt = toLocalIso(ctx.now());
    writeTransaction(db, () => putDraft(db, ctx.user().id, formKey, payload, savedAt));
    return { savedAt };
  },

  discard: (ctx, { formKey }) => {
    const { db } = ctx.archive();
    writeTransaction(db, () => deleteDraft(db, ctx.user().id, formKey));
    return null;
  },
};
