import type { Db } from '../../db/open';
import { toLocalIso } from '../../../../shared/dates';
import { idCheckChar } from '../../../../shared/privacy/identity';
import { addMinutes, fromMinuteNumber, minuteNumber } from '../../../../shared/watch/clock';
import type { Dice } from '../cases/cases.seed-random';
import * as W from './watch.seed-data';
import { getWatchSettings } from './watch.settings';

export interface FootageSeedContext {
  /** The watch's first and last minutes: requests fall between them. */
  first: string;
  last: string;
  now: string;
  pointIds: readonly number[];
  /** Who kept the desk at a time (records the request and the copy). */
  operatorAt: (at: string) => string;
  director: string;
}

/**
 * The demo's footage register (录像调取登记, watch.seed.ts): two requests a
 * week, most approved and copied, some refused, a few for hours older than the
 * recorders keep (flagged, and refused for that). Rows are only ever inserted,
 * as the register's triggers demand. Returns how many requests were made.
 */
export function seedFootageRequests(db: Db, d: Dice, ctx: FootageSeedContext): number {
  const req = db.prepare(
    `INSERT INTO footage_requests (requester, unit, id_number, letter, point_ids, range_from, range_to, purpose,
       likely_overwritten, requested_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const decide = db.prepare(
    'INSERT INTO footage_decisions (request_id, approved, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)',
  );
  const copy = db.prepare(
    `INSERT INTO footage_copies (request_id, medium, destination, operator, copied_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const { footageRetentionDays } = getWatchSettings(db);
  const weeks = Math.floor((minuteNumber(ctx.last) - minuteNumber(ctx.first)) / (7 * 1440));
  let made = 0;
  for (let w = 0; w < weeks * 2; w++) {
    const day = fromMinuteNumber(
      minuteNumber(ctx.first) + Math.floor((w / 2) * 7 * 1440) + d.int(1, 5) * 1440,
    );
    const requestedAt = `${day.slice(0, 10)}T${String(d.int(9, 16)).padStart(2, '0')}:${String(d.int(0, 59)).padStart(2, '0')}`;
    if (requestedAt >= ctx.now) break;
    const operator = ctx.operatorAt(requestedAt);
    const daysBack = d.chance(0.05) ? footageRetentionDays + d.int(1, 20) : d.int(0, 12);
    const rangeFrom = addMinutes(requestedAt, -daysBack * 1440 - d.int(60, 600));
    const [requester, unit] = d.pick(W.FOOTAGE_REQUESTERS);
    const cams = [...new Set(Array.from({ length: d.int(1, 3) }, () => d.pick(ctx.pointIds)))];
    const info = req.run(
      requester,
      unit,
      demoIdNumber(d),
      `${unit.slice(0, 2)}函〔${requestedAt.slice(0, 4)}〕${d.int(1, 300)}号`,
      JSON.stringify(cams),
      rangeFrom,
      addMinutes(rangeFrom, d.int(30, 240)),
      d.pick(W.FOOTAGE_PURPOSES),
      daysBack > footageRetentionDays ? 1 : 0,
      requestedAt,
      operator,
    );
    const id = Number(info.lastInsertRowid);
    made++;
    const decidedAt = addMinutes(requestedAt, d.int(10, 90));
    if (decidedAt >= ctx.now) continue;
    const approved = daysBack <= footageRetentionDays && d.chance(0.92);
    const refusal = daysBack > footageRetentionDays ? '录像已超过保存期限被覆盖' : '手续不全，请补充介绍信';
    decide.run(
      id,
      approved ? 1 : 0,
      approved ? null : refusal,
      ctx.director,
      toLocalIso(new Date(`${decidedAt}:00`)),
    );
    const copiedAt = addMinutes(decidedAt, d.int(10, 60));
    if (approved && copiedAt < ctx.now)
      copy.run(id, d.pick(W.MEDIA), `交${unit}${requester}当面签收`, operator, copiedAt, operator);
  }
  return made;
}

/** A valid resident ID for a requester (the demo's, born 1970–1995 in 湖南长沙). */
function demoIdNumber(d: Dice): string {
  const first17 = `430102${d.int(1970, 1995)}${String(d.int(1, 12)).padStart(2, '0')}${String(d.int(1, 28)).padStart(2, '0')}${String(d.int(100, 999))}`;
  return first17 + idCheckChar(first17);
}
