import type { Db } from '../../db/open';
import { addDays } from '../../../../shared/calendar/workdays';
import { daysBetween, JUDICIAL_WINDOW_DAYS } from '../../../../shared/mediation/rules';
import type { MediationDashboard, MediationDue } from '../../../../shared/mediation/schemas';
import { stmt } from '../cases/cases.queries';

/** How far ahead the desk looks for follow-ups, and how long a missed window stays on it. */
const FOLLOW_UP_AHEAD_DAYS = 7;
const MISSED_SHOWN_DAYS = 7;

interface DueRecord {
  mediation_id: number;
  case_id: number;
  code: string;
  party_names: string;
  day: string;
  what: string;
}

const toDue = (r: DueRecord, today: string): MediationDue => ({
  mediationId: r.mediation_id,
  caseId: r.case_id,
  caseCode: r.code,
  partyNames: r.party_names,
  date: r.day,
  daysLeft: daysBetween(today, r.day),
  what: r.what,
});

/**
 * The desk's mediation lists: agreements whose 30-day judicial-confirmation
 * window (人民调解法第33条) is running and not yet used, and follow-ups due.
 */
export function mediationDashboard(db: Db, today: string): MediationDashboard {
  // Signed on or after this day ⇒ the window (signed_on + 30) has not been missed by more than a week.
  const signedSince = addDays(today, -(JUDICIAL_WINDOW_DAYS + MISSED_SHOWN_DAYS));
  const judicial = stmt(
    db,
    `SELECT m.id AS mediation_id, c.id AS case_id, c.code, c.party_names,
       date(a.signed_on, '+${JUDICIAL_WINDOW_DAYS} days') AS day, a.number AS what
     FROM agreements a JOIN mediations m ON m.id = a.mediation_id JOIN cases c ON c.id = m.case_id
     WHERE a.status = 'signed' AND a.signed_on >= ? AND m.judicial_applied_on IS NULL
     ORDER BY a.signed_on, m.id LIMIT 50`,
  ).all(signedSince) as DueRecord[];
  const followUps = stmt(
    db,
    `SELECT m.id AS mediation_id, c.id AS case_id, c.code, c.party_names, f.due_on AS day, f.reason AS what
     FROM follow_ups f JOIN mediations m ON m.id = f.mediation_id JOIN cases c ON c.id = m.case_id
     WHERE f.visited_at IS NULL AND f.due_on <= ?
     ORDER BY f.due_on, f.id LIMIT 50`,
  ).all(addDays(today, FOLLOW_UP_AHEAD_DAYS)) as DueRecord[];
  return {
    judicialDeadlines: judicial.map((r) => ({ ...toDue(r, today), what: `调解协议 ${r.what ?? ''}` })),
    followUpsDue: followUps.map((r) => toDue(r, today)),
  };
}
