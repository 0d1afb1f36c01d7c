import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import { toLocalDate, toLocalIso } from '../../../../shared/dates';
import { THREE_SHIFTS } from '../../../../shared/duty/shifts';
import { minuteOf } from '../cases/cases.service';
import { addLeave, leadersOf, removeLeave, saveLeaders } from './duty.calendar';
import { exportMineJob, exportRosterJob, generateRosterJob, printMineJob, printRosterJob } from './duty.jobs';
import { onDutyAt, publish, rosterMonth, rosterOf, saveDraft } from './duty.roster';
import { decideSwap, requestSwap } from './duty.swaps';
import { dutySetup, getTemplate, listTemplates, putRules, saveTemplate, setDutyPeople } from './duty.setup';

const at = (ctx: CallContext) => minuteOf(ctx.now());

/** The template a month is shown with before it has a roster: the first in use. */
const fallbackTemplate = (ctx: CallContext) =>
  ctx.read((db) => listTemplates(db).find((t) => !t.retired) ?? { ...THREE_SHIFTS, id: 0, retired: false });

/** Minutes on the roster's UTC-naive scale for the core's local now. */
const nowMinute = (ctx: CallContext) => Date.parse(`${toLocalIso(ctx.now()).slice(0, 16)}:00Z`) / 60_000;

export const dutyHandlers: FeatureHandlers<'duty'> = {
  setup: (ctx) => ctx.read(dutySetup),

  saveTemplate: (ctx, input) =>
    ctx.write((db, audit) => {
      const id = saveTemplate(db, input);
      audit({
        action: 'duty.save-template',
        entity: 'duty_template',
        entityId: id,
        summary: `保存班次模板「${input.name}」：${input.shifts.map((s) => `${s.name} ${s.start}—${s.end} ${s.minStaff} 人`).join('，')}${input.retired ? '（停用）' : ''}`,
      });
      return dutySetup(db);
    }),

  saveRules: (ctx, rules) =>
    ctx.write((db, audit) => {
      putRules(db, rules);
      audit({
        action: 'duty.save-rules',
        entity: 'settings',
        summary: `修改排班规则：休息不少于 ${rules.minRestHours} 小时，${rules.noDayAfterNight ? '夜班后不接白班，' : ''}连续夜班不超过 ${rules.maxConsecutiveNights} 个，每周不超过 ${rules.maxShiftsPerWeek} 个班`,
      });
      return dutySetup(db);
    }),

  setPeople: (ctx, { accountIds }) =>
    ctx.write((db, audit) => {
      const names = setDutyPeople(db, accountIds);
      audit({ action: 'duty.set-people', entity: 'duty_people', summary: `值班人员：${names || '（无）'}` });
      return dutySetup(db);
    }),

  saveLeaders: (ctx, { month, days }) =>
    ctx.write((db, audit) => {
      const summary = saveLeaders(db, month, days);
      audit({ action: 'duty.save-leaders', entity: 'duty_roster', entityId: month, summary });
      return leadersOf(db, month);
    }),

  addLeave: (ctx, input) =>
    ctx.write((db, audit) => {
      const summary = addLeave(db, input, ctx.user().displayName, at(ctx));
      audit({ action: 'duty.add-leave', entity: 'duty_leave', summary });
      return rosterMonth(db, input.from.slice(0, 7), fallbackTemplate(ctx)).leave;
    }),

  removeLeave: (ctx, { id }) =>
    ctx.write((db, audit) => {
      const summary = removeLeave(db, id);
      audit({ action: 'duty.remove-leave', entity: 'duty_leave', entityId: id, summary });
      return null;
    }),

  month: (ctx, { month }) => ctx.read((db) => rosterMonth(db, month, fallbackTemplate(ctx))),

  generate: generateRosterJob,

  saveDraft: (ctx, { month, templateId, assignments }) =>
    ctx.write((db, audit) => {
      const { name, shifts } = getTemplate(db, templateId);
      saveDraft(db, month, { name, shifts }, assignments, ctx.user().displayName, at(ctx));
      const view = rosterMonth(db, month, { name, shifts });
      audit({
        action: 'duty.save-draft',
        entity: 'duty_roster',
        entityId: month,
        summary: `修改 ${month} 值班表草稿（${assignments.length} 人次，${view.issues.length} 处待解决）`,
      });
      return view;
    }),

  publish: (ctx, { month, note }) =>
    ctx.write((db, audit) => {
      const v = publish(db, month, note, ctx.user().displayName, at(ctx));
      audit({
        action: 'duty.publish',
        entity: 'duty_roster',
        entityId: month,
        summary: `发布 ${month} 值班表（第 ${v.version} 版，${v.assignments.length} 人次）${note ? `：${note}` : ''}`,
      });
      return rosterMonth(db, month, v.template);
    }),

  requestSwap: (ctx, input) =>
    ctx.write((db, audit) => {
      const u = ctx.user();
      const { summary } = requestSwap(db, input, { id: u.id, name: u.displayName, role: u.role }, at(ctx));
      audit({ action: 'duty.request-swap', entity: 'duty_roster', entityId: input.month, summary });
      return rosterMonth(db, input.month, rosterOf(db, input.month, 'published')!.template);
    }),

  decideSwap: (ctx, input) =>
    ctx.write((db, audit) => {
      const s = decideSwap(db, input, ctx.user().displayName, at(ctx));
      audit({
        action: input.approve ? 'duty.approve-swap' : 'duty.refuse-swap',
        entity: 'duty_roster',
        entityId: s.date.slice(0, 7),
        summary: `${input.approve ? '批准' : '不予批准'}${s.kind === 'swap' ? '换班' : '替班'}：${s.fromName} → ${s.toName}，${s.date} ${s.shift} 班（${s.reason}）${input.note ? `；${input.note}` : ''}`,
      });
      return rosterMonth(db, s.date.slice(0, 7), fallbackTemplate(ctx));
    }),

  printRoster: printRosterJob,
  exportRoster: exportRosterJob,
  printMine: printMineJob,
  exportMine: exportMineJob,

  onDuty: (ctx) => ctx.read((db) => onDutyAt(db, toLocalDate(ctx.now()), nowMinute(ctx))),
};
