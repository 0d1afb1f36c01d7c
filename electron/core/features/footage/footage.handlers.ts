import type { CallContext } from '../../api/context';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { FeatureHandlers } from '../../api/types';
import { minuteOf } from '../cases/cases.service';
import { printFootageRegisterJob } from './footage.jobs';
import { listRequests, requestablePoints, requestById } from './footage.queries';
import {
  checkRetention,
  recordCopy,
  recordCorrection,
  recordDecision,
  recordRequest,
} from './footage.register';

const at = (ctx: CallContext) => minuteOf(ctx.now());

/** The director and the operators who keep the register see the whole ID number in the record; staff read it masked. */
const seesWholeId = (ctx: CallContext) => ctx.user().role !== 'staff';

const refuseFutureRange = (ctx: CallContext, input: { rangeFrom: string; rangeTo: string }) =>
  refuseFutureTimes(ctx.now(), [
    ['rangeFrom', '调取时段起', input.rangeFrom],
    ['rangeTo', '调取时段止', input.rangeTo],
  ]);

/**
 * 录像调取登记: append-only. There is no call that changes or deletes an
 * entry, and the tables' triggers refuse any UPDATE or DELETE from anywhere.
 */
export const footageHandlers: FeatureHandlers<'footage'> = {
  list: (ctx, input) => ctx.read((db) => listRequests(db, input)),

  get: (ctx, { id }) => ctx.read((db) => requestById(db, id, seesWholeId(ctx))),

  points: (ctx) => ctx.read(requestablePoints),

  check: (ctx, { rangeFrom }) => ctx.read((db) => checkRetention(db, rangeFrom, at(ctx))),

  request: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureRange(ctx, input);
      const { id, summary, warning } = recordRequest(db, input, ctx.user().displayName, at(ctx));
      audit({ action: 'footage.request', entity: 'footage_request', entityId: id, summary });
      return { request: requestById(db, id, seesWholeId(ctx)), warning };
    }),

  correct: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureRange(ctx, input);
      const { id, summary, warning } = recordCorrection(db, input, ctx.user().displayName, at(ctx));
      audit({ action: 'footage.correct', entity: 'footage_request', entityId: id, summary });
      return { request: requestById(db, id, seesWholeId(ctx)), warning };
    }),

  decide: (ctx, input) =>
    ctx.write((db, audit) => {
      const summary = recordDecision(db, input, ctx.user().displayName, at(ctx));
      audit({
        action: input.approved ? 'footage.approve' : 'footage.refuse',
        entity: 'footage_request',
        entityId: input.id,
        summary,
      });
      return requestById(db, input.id, true);
    }),

  recordCopy: (ctx, input) =>
    ctx.write((db, audit) => {
      const summary = recordCopy(db, input, ctx.user().displayName, at(ctx));
      audit({ action: 'footage.copy', entity: 'footage_request', entityId: input.requestId, summary });
      return requestById(db, input.requestId, seesWholeId(ctx));
    }),

  printRegister: printFootageRegisterJob,
};
