import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { dayLabel, hoursOf, monthLabel, shiftLabel, weekdayChar } from '../../../../shared/duty/shifts';
import { swapNote, swapText } from '../../../../shared/duty/swaps';
import { countsOf } from '../../../../shared/duty/validate';
import { workCalendar } from '../calendar/calendar.queries';
import { stmt } from '../cases/cases.queries';
import { getSettings } from '../settings/settings.queries';
import type { MyRosterPdfInput } from '../../pdf/myRoster.pdf';
import { leadersOf } from './duty.calendar';
import { getRules } from './duty.setup';
import { rosterOf, swapsOf } from './duty.roster';

/**
 * 我的值班 as printed and exported: one person's shifts of a month by the
 * published roster in force (approved swaps applied, each noted), with whoever
 * shares each shift and the day's 带班领导. Refused, in words the person
 * understands, when the month is not published or holds none of their shifts.
 */
export function mySchedule(db: Db, month: string, person: { id: number; displayName: string }) {
  const label = monthLabel(month);
  const roster = rosterOf(db, month, 'published');
  if (!roster) throw new AppError('NOT_FOUND', `${label}的值班表尚未发布，发布后才能打印个人值班表。`);
  const mine = roster.assignments
    .filter((a) => a.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.shift.localeCompare(b.shift));
  if (!mine.length) throw new AppError('NOT_FOUND', `${label}的值班表中没有您的班次，无需打印或导出。`);

  const calendar = workCalendar(db);
  const isOffDay = (d: string) => !calendar.isWorkday(d);
  const names = new Map(
    (stmt(db, 'SELECT id, display_name FROM accounts').all() as { id: number; display_name: string }[]).map(
      (a) => [a.id, a.display_name],
    ),
  );
  const leaders = new Map(leadersOf(db, month).map((l) => [l.date, l]));
  const swaps = swapsOf(db, month);
  const byKey = new Map(roster.template.shifts.map((s) => [s.key, s]));

  const lines = mine.map((a) => {
    const s = byKey.get(a.shift);
    return {
      date: a.date,
      day: dayLabel(a.date),
      weekday: `星期${weekdayChar(a.date)}${isOffDay(a.date) ? '（休）' : ''}`,
      shift: s ? shiftLabel(s) : a.shift,
      hours: s ? hoursOf(s) : 0,
      mates:
        roster.assignments
          .filter((b) => b.date === a.date && b.shift === a.shift && b.personId !== person.id)
          .map((b) => names.get(b.personId) ?? `编号 ${b.personId}`)
          .join('、') || '无',
      leader: leaders.get(a.date)?.name ?? '',
      leaderPhone: leaders.get(a.date)?.phone ?? '',
      note: swapNote(swaps, a),
    };
  });
  // The grid's own counting (validate.ts), for this one person.
  const counts = countsOf(
    {
      month,
      template: roster.template,
      people: [{ id: person.id, name: person.displayName }],
      rules: getRules(db),
      leave: [],
      isOffDay,
    },
    mine,
  )[0]!;
  const schedule: MyRosterPdfInput = {
    centreName: getSettings(db).centreName,
    person: person.displayName,
    monthLabel: label,
    templateName: roster.template.name,
    lines,
    totals: { shifts: counts.shifts, nights: counts.nights, offDays: counts.offDays, hours: counts.hours },
    swaps: swaps
      .filter((s) => s.status === 'approved' && (s.fromId === person.id || s.toId === person.id))
      .reverse()
      .map((s) => `${swapText(s, roster.template)}（${s.reason}）`),
    version: `第 ${roster.version} 版`,
    publishedBy: roster.publishedBy,
    publishedOn: roster.publishedAt ? roster.publishedAt.slice(0, 10) : null,
  };
  return schedule;
}
