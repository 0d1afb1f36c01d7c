import type { CallContext } from '../../api/context';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { FeatureHandlers } from '../../api/types';
import { minuteOf } from '../cases/cases.service';
import { mustKeepShift, openShiftRow } from '../watch/watch.shifts';
import { availabilityOf } from './cameras.availability';
import { checkOf, saveCheck } from './cameras.checks';
import { faultById, listFaults, reportFault, updateFault } from './cameras.faults';
import { listPoints, pointById, retirePoint, savePoint } from './cameras.points';

const at = (ctx: CallContext) => minuteOf(ctx.now());

/** 点位与设备: points (the director), faults and the shift's check (whoever keeps the watch), 在线率. */
export const camerasHandlers: FeatureHandlers<'cameras'> = {
  points: (ctx, { includeRetired }) => ctx.read((db) => listPoints(db, includeRetired ?? false)),

  savePoint: (ctx, input) =>
    ctx.write((db, audit) => {
      const { id, summary } = savePoint(db, input, at(ctx));
      audit({ action: 'cameras.save-point', entity: 'watch_point', entityId: id, summary });
      return pointById(db, id);
    }),

  retirePoint: (ctx, { id, retiredOn }) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [['retiredOn', '停用日期', retiredOn]]);
      const summary = retirePoint(db, id, retiredOn, at(ctx));
      audit({ action: 'cameras.retire-point', entity: 'watch_point', entityId: id, summary });
      return pointById(db, id);
    }),

  faults: (ctx, input) => ctx.read((db) => listFaults(db, input, at(ctx))),

  reportFault: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [['foundAt', '发现时间', input.foundAt]]);
      const user = ctx.user();
      const shift = openShiftRow(db);
      const { id, summary } = reportFault(
        db,
        input,
        input.foundBy ?? user.displayName,
        shift?.id ?? null,
        user.displayName,
        at(ctx),
      );
      audit({ action: 'cameras.report-fault', entity: 'watch_fault', entityId: id, summary });
      return faultById(db, id, at(ctx));
    }),

  updateFault: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [
        ['reportedAt', '报修时间', input.reportedAt],
        ['repairedAt', '修复时间', input.repairedAt],
      ]);
      const summary = updateFault(db, input, at(ctx));
      audit({ action: 'cameras.update-fault', entity: 'watch_fault', entityId: input.id, summary });
      return faultById(db, input.id, at(ctx));
    }),

  saveCheck: (ctx, input) =>
    ctx.write((db, audit) => {
      const user = ctx.user();
      const shift = mustKeepShift(db, user);
      const summary = saveCheck(db, shift.id, input, user.displayName, at(ctx));
      audit({ action: 'cameras.save-check', entity: 'watch_shift', entityId: shift.id, summary });
      return checkOf(db, shift.id)!;
    }),

  checkOf: (ctx, { shiftId }) => ctx.read((db) => checkOf(db, shiftId)),

  availability: (ctx, { month }) => ctx.read((db) => availabilityOf(db, month, at(ctx))),
};
