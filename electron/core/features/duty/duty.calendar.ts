import type { Db } from '../../db/open';
import { addDays } from '../../../../shared/calendar/workdays';
import type { LeaveEntry, Leader } from '../../../../shared/duty/schemas';
import type { Leave } from '../../../../shared/duty/rules';
import { AppError } from '../../errors';
import { stmt } from '../cases/cases.queries';

/** Leave and 带班领导 of a month: what the generator must respect and the printed roster names. */

const nextMonthStart = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export function leaveOf(db: Db, month: string): LeaveEntry[] {
  return stmt(
    db,
    `SELECT l.id, l.account_id AS personId, a.display_name AS personName, l.date, l.shift, l.reason
     FROM duty_leave l JOIN accounts a ON a.id = l.account_id WHERE l.date >= ? AND l.date < ? ORDER BY l.date, l.id`,
  ).all(`${month}-01`, nextMonthStart(month)) as LeaveEntry[];
}

export const asLeave = (entries: readonly LeaveEntry[]): Leave[] =>
  entries.map((l) => ({ personId: l.personId, date: l.date, shift: l.shift, reason: l.reason }));

export function addLeave(
  db: Db,
  input: { accountId: number; from: string; to: string; shift: string | null; reason: string },
  actorName: string,
  at: string,
): string {
  const who = stmt(db, 'SELECT display_name FROM accounts WHERE id = ?').get(input.accountId) as
    { display_name: string } | undefined;
  if (!who) throw new AppError('VALIDATION', '输入有误：找不到该值班人员', { accountId: '请选择值班人员' });
  const put = stmt(
    db,
    `INSERT INTO duty_leave (account_id, date, shift, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  let days = 0;
  for (let d = input.from; d <= input.to; d = addDays(d, 1)) {
    put.run(input.accountId, d, input.shift, input.reason, at, actorName);
    if (++days > 62)
      throw new AppError('VALIDATION', '输入有误：一次登记的请假不能超过 62 天', {
        to: '请假不能超过 62 天',
      });
  }
  return `登记请假：${who.display_name} ${input.from}${input.to !== input.from ? ` 至 ${input.to}` : ''}${input.shift ? `（${input.shift} 班）` : ''}，${input.reason}`;
}

export function removeLeave(db: Db, id: number): string {
  const l = stmt(
    db,
    'SELECT l.date, l.shift, a.display_name AS name FROM duty_leave l JOIN accounts a ON a.id = l.account_id WHERE l.id = ?',
  ).get(id) as { date: string; shift: string | null; name: string } | undefined;
  if (!l) throw new AppError('NOT_FOUND', '找不到这条请假记录。');
  stmt(db, 'DELETE FROM duty_leave WHERE id = ?').run(id);
  return `撤销请假：${l.name} ${l.date}${l.shift ? `（${l.shift} 班）` : ''}`;
}

export function leadersOf(db: Db, month: string): Leader[] {
  return stmt(
    db,
    'SELECT date, name, phone FROM duty_leaders WHERE date >= ? AND date < ? ORDER BY date',
  ).all(`${month}-01`, nextMonthStart(month)) as Leader[];
}

export function saveLeaders(db: Db, month: string, days: readonly Leader[]): string {
  for (const d of days)
    if (!d.date.startsWith(month)) throw new AppError('VALIDATION', `输入有误：${d.date} 不在 ${month} 月内`);
  stmt(db, 'DELETE FROM duty_leaders WHERE date >= ? AND date < ?').run(`${month}-01`, nextMonthStart(month));
  const put = stmt(db, 'INSERT INTO duty_leaders (date, name, phone) VALUES (?, ?, ?)');
  for (const d of days) put.run(d.date, d.name, d.phone);
  return `${month} 带班领导：${[...new Set(days.map((d) => d.name))].join('、') || '（清空）'}`;
}
