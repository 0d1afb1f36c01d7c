import type { CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/types';
import type { Db } from '../../db/open';
import { toLocalIso } from '../../../../shared/dates';
import { DIFFICULTIES, keysOf } from '../../../../shared/cases/codes';
import { recomputeDeadlines } from '../cases/cases.service';
import {
  deleteArrangement,
  effectiveYear,
  getDeadlinePreset,
  putArrangement,
  putDeadlinePreset,
  workCalendar,
} from './calendar.queries';

const SOURCE_LABELS = { director: '主任录入', official: '国务院安排', statutory: '法定节假日' } as const;

/**
 * A changed year moves the deadlines of open cases counted across it (same
 * number of working days on the corrected calendar); returns the audit note.
 */
function afterCalendarChange(ctx: CallContext, db: Db, year: number, change: () => void): string {
  const before = workCalendar(db);
  change();
  const after = workCalendar(db);
  const u = ctx.user();
  const moved = recomputeDeadlines(db, before, after, year, { id: u.id, name: u.displayName }, ctx.now());
  return moved ? `，重算 ${moved} 件在办案件的办理期限` : '';
}

export const calendarHandlers: FeatureHandlers<'calendar'> = {
  getYear: (ctx, { year }) => ctx.read((db) => effectiveYear(db, year)),

  saveYear: (ctx, input) =>
    ctx.write((db, audit) => {
      const arrangement = {
        year: input.year,
        holidays: [...new Set(input.holidays)].sort(),
        workdays: [...new Set(input.workdays)].sort(),
      };
      const moved = afterCalendarChange(ctx, db, input.year, () =>
        putArrangement(db, arrangement, toLocalIso(ctx.now()), ctx.user().id),
      );
      audit({
        action: 'calendar.save-year',
        entity: 'calendar_year',
        entityId: input.year,
        summary: `录入 ${input.year} 年节假日安排：放假 ${arrangement.holidays.length} 天，调休上班 ${arrangement.workdays.length} 天${moved}`,
      });
      return effectiveYear(db, input.year);
    }),

  removeYear: (ctx, { year }) =>
    ctx.write((db, audit) => {
      let removed = false;
      const moved = afterCalendarChange(ctx, db, year, () => (removed = deleteArrangement(db, year)));
      const fallback = effectiveYear(db, year);
      audit({
        action: 'calendar.remove-year',
        entity: 'calendar_year',
        entityId: year,
        summary: removed
          ? `删除主任录入的 ${year} 年节假日安排，改用${SOURCE_LABELS[fallback.source]}${moved}`
          : `删除 ${year} 年节假日安排（原本未录入，无变化）`,
      });
      return fallback;
    }),

  preset: (ctx) => ctx.read(getDeadlinePreset),

  savePreset: (ctx, input) =>
    ctx.write((db, audit) => {
      const before = getDeadlinePreset(db);
      putDeadlinePreset(db, input);
      const changes = keysOf(DIFFICULTIES)
        .filter((k) => before[k] !== input[k])
        .map((k) => `${DIFFICULTIES[k]} ${before[k]} → ${input[k]} 个工作日`);
      audit({
        action: 'calendar.save-preset',
        entity: 'settings',
        summary: changes.length ? `修改办理期限预设：${changes.join('；')}` : '保存办理期限预设（无变化）',
      });
      return getDeadlinePreset(db);
    }),
};
