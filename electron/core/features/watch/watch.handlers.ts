import type { CallContext } from '../../api/context';
import { refuseFutureTimes } from '../../api/eventTimes';
import type { FeatureHandlers } from '../../api/types';
import { minuteOf } from '../cases/cases.service';
import {
  closeEvent,
  dispatchEvent,
  eventById,
  listEvents,
  logEvent,
  openEvents,
  recordReport,
  shiftEvents,
  updateEvent,
} from './watch.events';
import { watchCaseHandlers } from './watch.toCase';
import { analysisHandlers } from './watch.analysis.handlers';
import { handoverHandlers } from './watch.handover.handlers';
import { getWatchSettings, putWatchSettings } from './watch.settings';
import { endShift, mustKeepShift, openShiftRow, rosterAt, startShift } from './watch.shifts';

const at = (ctx: CallContext) => minuteOf(ctx.now());

export const watchHandlers: FeatureHandlers<'watch'> = {
  settings: (ctx) => ctx.read(getWatchSettings),

  saveSettings: (ctx, input) =>
    ctx.write((db, audit) => {
      putWatchSettings(db, input);
      audit({
        action: 'watch.save-settings',
        entity: 'settings',
        summary: `修改值班设置：派遣后 ${input.supervisionMinutes} 分钟无反馈即督办，录像保存 ${input.footageRetentionDays} 天`,
      });
      return getWatchSettings(db);
    }),

  now: (ctx) =>
    ctx.read((db) => {
      const now = at(ctx);
      const shift = openShiftRow(db);
      const open = openEvents(db, now);
      return {
        at: now,
        shift,
        roster: rosterAt(db, now),
        openEvents: open,
        shiftEvents: shift ? shiftEvents(db, shift.id, now) : [],
        overdueCount: open.filter((e) => e.overdue).length,
        supervisionMinutes: getWatchSettings(db).supervisionMinutes,
      };
    }),

  openShift: (ctx, { reason }) =>
    ctx.write((db, audit) => {
      const s = startShift(db, ctx.user(), at(ctx), reason);
      audit({
        action: 'watch.open-shift',
        entity: 'watch_shift',
        entityId: s.id,
        summary: `接班：${s.operatorName} ${s.date} ${s.shiftName}${s.rostered ? '' : `（非排班人员，原因：${reason}）`}`,
      });
      return s;
    }),

  closeShift: (ctx, { note }) =>
    ctx.write((db, audit) => {
      const open = mustKeepShift(db, ctx.user());
      const s = endShift(db, open.id, at(ctx), note);
      audit({
        action: 'watch.close-shift',
        entity: 'watch_shift',
        entityId: s.id,
        summary: `交班（无人接班）：${s.operatorName} ${s.date} ${s.shiftName}，${s.closingNote ?? ''}`,
      });
      return s;
    }),

  logEvent: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [
        ['occurredAt', '时间', input.occurredAt],
        ['dispatch.notifiedAt', '通知时间', input.dispatch?.notifiedAt],
      ]);
      const shift = mustKeepShift(db, ctx.user());
      const { supervisionMinutes } = getWatchSettings(db);
      const { id, summary } = logEvent(db, shift.id, input, supervisionMinutes, ctx.user(), at(ctx));
      audit({ action: 'watch.log-event', entity: 'watch_event', entityId: id, summary });
      return eventById(db, id, at(ctx));
    }),

  updateEvent: (ctx, input) =>
    ctx.write((db, audit) => {
      mustKeepShift(db, ctx.user());
      const summary = updateEvent(db, input, at(ctx));
      audit({ action: 'watch.update-event', entity: 'watch_event', entityId: input.id, summary });
      return eventById(db, input.id, at(ctx));
    }),

  dispatch: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [['notifiedAt', '通知时间', input.notifiedAt]]);
      mustKeepShift(db, ctx.user());
      const { supervisionMinutes } = getWatchSettings(db);
      const summary = dispatchEvent(db, input, supervisionMinutes, ctx.user(), at(ctx));
      audit({ action: 'watch.dispatch', entity: 'watch_event', entityId: input.eventId, summary });
      return eventById(db, input.eventId, at(ctx));
    }),

  recordReport: (ctx, input) =>
    ctx.write((db, audit) => {
      refuseFutureTimes(ctx.now(), [
        ['arrivedAt', '到场时间', input.arrivedAt],
        ['reportedAt', '反馈时间', input.reportedAt],
      ]);
      mustKeepShift(db, ctx.user());
      const { eventId, summary } = recordReport(db, input);
      audit({ action: 'watch.record-report', entity: 'watch_event', entityId: eventId, summary });
      return eventById(db, eventId, at(ctx));
    }),

  closeEvent: (ctx, input) =>
    ctx.write((db, audit) => {
      const shift = mustKeepShift(db, ctx.user());
      const summary = closeEvent(db, input, shift.id, ctx.user(), at(ctx));
      audit({ action: 'watch.close-event', entity: 'watch_event', entityId: input.id, summary });
      return eventById(db, input.id, at(ctx));
    }),

  event: (ctx, { id }) => ctx.read((db) => eventById(db, id, at(ctx))),

  events: (ctx, input) => ctx.read((db) => listEvents(db, input, at(ctx))),

  ...watchCaseHandlers,
  ...analysisHandlers,
  ...handoverHandlers,
};
