import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import { addMinutes, fromMinuteNumber, minuteNumber } from '../../../../shared/watch/clock';
import { NOTHING_TO_REPORT, type EventAction, type EventCategory } from '../../../../shared/watch/codes';
import { appendAudit } from '../audit/audit.queries';
import { Dice, fill, mulberry32 } from '../cases/cases.seed-random';
import { minuteOf } from '../cases/cases.service';
import * as W from './watch.seed-data';
import { seedFaults } from './watch.seed-faults';
import { seedFootageRequests } from './watch.seed-footage';
import { seedHandovers, type Pending } from './watch.seed-handovers';
import { plannedShifts, type Shift } from './watch.seed-shifts';
import { getWatchSettings } from './watch.settings';

export interface SeedWatchOptions {
  /** Duty-log entries to write, spread over the published months up to now. */
  events: number;
  now: Date;
  seed?: number;
}

export interface SeedWatchResult {
  points: number;
  shifts: number;
  events: number;
  dispatches: number;
  linkedCases: number;
  faults: number;
  handovers: number;
  footage: number;
  first: string | null;
  last: string | null;
}

const CATEGORY_WEIGHTS: Record<EventCategory, number> = {
  security: 20,
  traffic: 25,
  fire: 5,
  dispute: 12,
  equipment: 13,
  other: 25,
};
const ACTION_WEIGHTS: Record<EventAction, number> = { track: 70, grid: 10, patrol: 10, police: 4, leader: 6 };
/**
 * The watch of the demo (issue 12 §10): camera points, a shift kept for every
 * shift of the published rosters up to now (the rostered operator, now and
 * then a stand-in with a reason), `events` duty-log entries spread over them
 * (busier in the evening), dispatches answered mostly in time, the ledger's
 * 视频监控发现 cases each linked to the event that found them, faults with
 * their repairs, a check per shift, a handover between every two shifts, and
 * footage requests with the director's decisions and the copies made.
 * Written straight into the tables in large transactions — 200 000 entries
 * through the API would take an hour — with the same columns the API writes,
 * and the events of the last three hours left open, as a desk has them.
 */
export function seedWatch(db: Db, options: SeedWatchOptions): SeedWatchResult {
  const d = new Dice(mulberry32(options.seed ?? 20261206));
  const now = minuteOf(options.now);
  const { supervisionMinutes } = getWatchSettings(db);
  const result: SeedWatchResult = {
    points: 0,
    shifts: 0,
    events: 0,
    dispatches: 0,
    linkedCases: 0,
    faults: 0,
    handovers: 0,
    footage: 0,
    first: null,
    last: null,
  };
  const shiftsPlan = plannedShifts(db, now);
  if (shiftsPlan.length === 0) return result;
  const names = new Map(
    (db.prepare('SELECT id, display_name AS name FROM accounts').all() as { id: number; name: string }[]).map(
      (a) => [a.id, a.name],
    ),
  );
  const operators = [...new Set(shiftsPlan.map((s) => s.operatorId))];
  const begin = shiftsPlan[0]!.start;

  // ——— points ———
  const points: { id: number; code: string; label: string }[] = [];
  writeTransaction(db, () => {
    const put = db.prepare(
      `INSERT INTO watch_points (code, name, location, grid, kind, retired, retired_on, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const serials = new Map<string, number>();
    W.POINTS.forEach(([prefix, name, location, kind], i) => {
      const n = (serials.get(prefix) ?? 0) + 1;
      serials.set(prefix, n);
      const retired = i === W.POINTS.length - 1;
      const code = `${prefix}-${String(n).padStart(3, '0')}`;
      const info = put.run(
        code,
        name,
        location,
        W.GRIDS[i % W.GRIDS.length]!,
        kind,
        retired ? 1 : 0,
        retired ? addMinutes(now, -60 * 24 * 40).slice(0, 10) : null,
        retired ? '地铁站改造，点位拆除' : null,
        begin,
        begin,
      );
      if (!retired) points.push({ id: Number(info.lastInsertRowid), code, label: name });
    });
    result.points = W.POINTS.length;
  });

  // ——— shifts: handed over at the boundary, a minute or so early ———
  const shifts: Shift[] = [];
  writeTransaction(db, () => {
    const put = db.prepare(
      `INSERT INTO watch_shifts (date, shift_key, shift_name, planned_start, planned_end, operator_id, rostered,
         off_roster_reason, opened_at, closed_at, closing_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let opened = shiftsPlan[0]!.start;
    for (const plan of shiftsPlan) {
      const standIn = d.chance(0.02) && operators.length > 1;
      const operatorId = standIn ? d.pick(operators.filter((o) => o !== plan.operatorId)) : plan.operatorId;
      const closedAt = addMinutes(plan.end, -d.int(0, 8));
      const info = put.run(
        plan.date,
        plan.key,
        plan.name,
        plan.start,
        plan.end,
        operatorId,
        standIn ? 0 : 1,
        standIn ? '原值班员临时有事，经带班领导同意顶班' : null,
        opened,
        closedAt,
        NOTHING_TO_REPORT,
      );
      shifts.push({
        ...plan,
        id: Number(info.lastInsertRowid),
        operatorId,
        operatorName: names.get(operatorId) ?? '值班员',
        openedAt: opened,
        closedAt,
      });
      opened = closedAt;
    }
    result.shifts = shifts.length;
    result.first = shifts[0]!.openedAt;
    result.last = shifts[shifts.length - 1]!.closedAt;
  });
  const shiftAt = (at: string): Shift | undefined => {
    let lo = 0;
    let hi = shifts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = shifts[mid]!;
      if (at < s.openedAt) hi = mid - 1;
      else if (at >= s.closedAt) lo = mid + 1;
      else return s;
    }
    return undefined;
  };

  // ——— events and dispatches, shift by shift; what is still open at each handover is remembered ———
  const totalMinutes = shifts.reduce((n, s) => n + minuteNumber(s.closedAt) - minuteNumber(s.openedAt), 0);
  const perMinute = options.events / Math.max(1, totalMinutes);
  const openAtEnd: Pending[][] = [];
  const counts = new Map<number, { logged: number; open: number }>();
  const recent = addMinutes(now, -180);
  let pending: Pending[] = [];
  const putEvent = db.prepare(
    `INSERT INTO watch_events (shift_id, occurred_at, point_id, category, description, action, result, footage_saved,
       status, closed_at, closed_by, closed_shift_id, case_id, recorded_by_id, recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const putDispatch = db.prepare(
    `INSERT INTO watch_dispatches (event_id, target, whom, notified_at, due_at, arrived_at, reported_at, report,
       recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const videoCases = db
    .prepare(
      `SELECT id, registered_at AS at, place FROM cases WHERE source = 'video' AND registered_at >= ? AND registered_at < ?
       ORDER BY registered_at`,
    )
    .all(result.first, result.last) as { id: number; at: string; place: string }[];
  let caseIndex = 0;

  const writeEvent = (s: Shift, occurredAt: string, linkedCase?: { id: number; place: string }) => {
    const point = d.pick(points);
    const category: EventCategory = linkedCase ? 'dispute' : d.weighted(CATEGORY_WEIGHTS);
    const action: EventAction = linkedCase ? 'grid' : d.weighted(ACTION_WEIGHTS);
    const description = linkedCase
      ? `${linkedCase.place}发生纠纷，双方情绪激动`
      : fill(d.pick(W.DESCRIPTIONS[category]), { p: point.label });
    const stillOpen = occurredAt >= recent;
    let handledUntil: string | null = null;
    let closedAt: string | null = null;
    const dispatch =
      action === 'track'
        ? null
        : (() => {
            const notified = addMinutes(occurredAt, d.int(1, 5));
            if (stillOpen) return { notified, arrived: null, reported: null };
            const arrived = addMinutes(notified, d.chance(0.9) ? d.int(4, 28) : d.int(31, 70));
            const reported = addMinutes(arrived, d.int(5, 40));
            return { notified, arrived, reported };
          })();
    if (!stillOpen) closedAt = addMinutes(dispatch?.reported ?? occurredAt, d.int(2, 25));
    if (dispatch && dispatch.reported === null) handledUntil = 'open';
    if (closedAt && closedAt > now) closedAt = null;
    const result_ = closedAt ? (linkedCase ? '转入矛盾纠纷台账' : d.pick(W.RESULTS[category])) : null;
    const closedShift = closedAt ? (shiftAt(closedAt) ?? s) : null;
    const info = putEvent.run(
      s.id,
      occurredAt,
      point.id,
      category,
      description,
      action,
      result_,
      d.chance(0.04) ? `录像已另存至 D:\\监控另存\\${occurredAt.slice(0, 10)}` : null,
      closedAt ? 'closed' : 'open',
      closedAt,
      closedAt ? s.operatorName : null,
      closedShift?.id ?? null,
      linkedCase?.id ?? null,
      s.operatorId,
      s.operatorName,
      toLocalIso(new Date(`${occurredAt}:00`)),
      toLocalIso(new Date(`${closedAt ?? occurredAt}:00`)),
    );
    const id = Number(info.lastInsertRowid);
    if (dispatch) {
      const target = action as Exclude<EventAction, 'track'>;
      putDispatch.run(
        id,
        target,
        d.pick(W.DISPATCH_WHOM[target]),
        dispatch.notified,
        addMinutes(dispatch.notified, supervisionMinutes),
        dispatch.arrived,
        dispatch.reported,
        dispatch.reported ? (result_ ?? '已到场处置') : null,
        s.operatorName,
        toLocalIso(new Date(`${dispatch.notified}:00`)),
      );
      result.dispatches++;
    }
    result.events++;
    const c = counts.get(s.id) ?? { logged: 0, open: 0 };
    c.logged++;
    if (!closedAt) c.open++;
    counts.set(s.id, c);
    pending.push({ id, occurredAt, point, category, action, description, closedAt, handledUntil });
  };

  for (let from = 0; from < shifts.length; from += 200) {
    writeTransaction(db, () => {
      for (const s of shifts.slice(from, from + 200)) {
        const span = minuteNumber(s.closedAt) - minuteNumber(s.openedAt);
        // One shift in sixteen logs nothing (本班无异常); the others make up for it.
        const mean = (span * perMinute) / (15 / 16);
        const n = d.chance(1 / 16) ? 0 : Math.round(mean * (0.5 + d.next()));
        const times = Array.from({ length: n }, () =>
          fromMinuteNumber(minuteNumber(s.openedAt) + Math.floor(d.next() * Math.max(1, span - 10))),
        );
        while (caseIndex < videoCases.length && videoCases[caseIndex]!.at < s.closedAt) {
          const c = videoCases[caseIndex++]!;
          if (c.at >= s.openedAt) times.push(`${c.at}|${c.id}`);
        }
        for (const t of times.sort()) {
          const [at, caseId] = t.split('|') as [string, string | undefined];
          const linked = caseId ? videoCases.find((c) => c.id === Number(caseId)) : undefined;
          writeEvent(s, at, linked);
          if (linked) result.linkedCases++;
        }
        pending = pending.filter((p) => p.closedAt === null || p.closedAt > s.closedAt);
        openAtEnd.push(pending.map((p) => ({ ...p })));
      }
    });
  }

  // ——— closing notes: 本班无异常 for a shift that logged nothing ———
  writeTransaction(db, () => {
    const note = db.prepare('UPDATE watch_shifts SET closing_note = ? WHERE id = ?');
    for (const [id, c] of counts) note.run(`本班记录事件 ${c.logged} 起，未结 ${c.open} 起`, id);
  });

  // ——— faults, about one every two days, and the check each shift made ———
  const faults = seedFaults(db, d, shifts, points, now, result);

  // ——— handovers between consecutive shifts, with what was open at the time ———
  seedHandovers(db, d, shifts, faults, openAtEnd, result);

  // ——— footage requests, two a week: most approved and copied, some refused, a few too old ———
  const director = names.get(1) ?? '主任';
  writeTransaction(db, () => {
    result.footage = seedFootageRequests(db, d, {
      first: result.first!,
      last: result.last!,
      now,
      pointIds: points.map((p) => p.id),
      operatorAt: (at) => (shiftAt(at) ?? shifts[0]!).operatorName,
      director,
    });
    appendAudit(
      db,
      toLocalIso(options.now),
      { id: 1, name: `${director}（示范数据）` },
      {
        action: 'watch.seed',
        entity: 'watch_shift',
        summary: `示范数据：点位 ${result.points} 个，值班 ${result.shifts} 班，值班记录 ${result.events} 条（派遣 ${result.dispatches} 次），设备故障 ${result.faults} 起，交接班 ${result.handovers} 次，录像调取 ${result.footage} 次`,
      },
    );
  });
  return result;
}
