import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { daysOf, shiftLabel } from '../../../../shared/duty/shifts';
import { workCalendar } from '../calendar/calendar.queries';
import { stmt } from '../cases/cases.queries';
import { getSettings } from '../settings/settings.queries';
import { leadersOf } from './duty.calendar';
import { rosterOf } from './duty.roster';
import type { RosterPdfInput } from '../../pdf/roster.pdf';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/**
 * The month as it is printed and exported: the published roster (with its
 * approved swaps), or the draft marked as such when nothing is published yet.
 */
export function rosterSheet(db: Db, month: string): RosterPdfInput & { published: boolean } {
  const roster = rosterOf(db, month, 'published') ?? rosterOf(db, month, 'draft');
  if (!roster) throw new AppError('NOT_FOUND', `${month} 还没有值班表。`);
  const calendar = workCalendar(db);
  const names = new Map(
    (stmt(db, 'SELECT id, display_name FROM accounts').all() as { id: number; display_name: string }[]).map(
      (a) => [a.id, a.display_name],
    ),
  );
  const leaders = new Map(leadersOf(db, month).map((l) => [l.date, l]));
  const days = daysOf(month, roster.startsOn ?? undefined).map((date) => ({
    day: `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`,
    weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!,
    offDay: !calendar.isWorkday(date),
    shifts: roster.template.shifts.map((s) =>
      roster.assignments
        .filter((a) => a.date === date && a.shift === s.key)
        .map((a) => names.get(a.personId) ?? `编号 ${a.personId}`)
        .join('、'),
    ),
    leader: leaders.get(date)?.name ?? null,
    leaderPhone: leaders.get(date)?.phone ?? null,
  }));
  return {
    centreName: getSettings(db).centreName,
    monthLabel: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
    templateName: roster.template.name,
    shiftHeaders: roster.template.shifts.map(shiftLabel),
    days,
    version: `第 ${roster.version} 版${roster.status === 'draft' ? '（草稿）' : ''}`,
    publishedBy: roster.publishedBy,
    publishedOn: roster.publishedAt ? roster.publishedAt.slice(0, 10) : null,
    published: roster.status === 'published',
  };
}
