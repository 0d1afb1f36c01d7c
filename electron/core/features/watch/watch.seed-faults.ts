// The watch seed's faults and shift checks: separate from watch.seed.ts (points, shifts, events) so each file stays
// one step of the demo; the faults are handed back for the handovers (watch.seed-handovers.ts) to list.
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import { addMinutes } from '../../../../shared/watch/clock';
import type { FaultSymptom } from '../../../../shared/watch/codes';
import type { Dice } from '../cases/cases.seed-random';
import * as W from './watch.seed-data';
import type { Shift } from './watch.seed-shifts';

const SYMPTOM_WEIGHTS: Record<FaultSymptom, number> = {
  offline: 35,
  black: 15,
  norecord: 15,
  blur: 20,
  ptz: 10,
  other: 5,
};

/** Faults, about one every two days, and the check each shift made; `result.faults` counts the faults written. */
export function seedFaults(
  db: Db,
  d: Dice,
  shifts: Shift[],
  points: { id: number; code: string; label: string }[],
  now: string,
  result: { faults: number },
) {
  const faults: {
    id: number;
    point: { code: string; label: string } | null;
    symptom: FaultSymptom;
    foundAt: string;
    repairedAt: string | null;
  }[] = [];
  writeTransaction(db, () => {
    const put = db.prepare(
      `INSERT INTO watch_faults (point_id, device, found_at, symptom, detail, found_by, reported_to, reported_at, repairer,
         repaired_at, result, shift_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const count = Math.round(shifts.length / 6);
    for (let i = 0; i < count; i++) {
      const s = shifts[Math.floor(((i + d.next()) / count) * shifts.length)] ?? shifts[shifts.length - 1]!;
      const foundAt = addMinutes(s.openedAt, d.int(5, 400));
      if (foundAt >= s.closedAt) continue;
      const recorder = d.chance(0.12);
      const point = d.pick(points);
      const symptom = recorder ? 'norecord' : d.weighted(SYMPTOM_WEIGHTS);
      const reportedAt = addMinutes(foundAt, d.int(3, 30));
      let repairedAt: string | null = addMinutes(
        reportedAt,
        d.chance(0.7) ? d.int(30, 480) : d.int(480, 4320),
      );
      if (repairedAt > now) repairedAt = null;
      const info = put.run(
        recorder ? null : point.id,
        recorder ? '硬盘录像机 NVR-2' : null,
        foundAt,
        symptom,
        W.FAULT_DETAIL[symptom],
        s.operatorName,
        '维保单位',
        reportedAt,
        repairedAt ? d.pick(W.REPAIRERS) : null,
        repairedAt,
        repairedAt ? '已修复，画面恢复正常' : null,
        s.id,
        toLocalIso(new Date(`${foundAt}:00`)),
        s.operatorName,
      );
      faults.push({
        id: Number(info.lastInsertRowid),
        point: recorder ? null : point,
        symptom,
        foundAt,
        repairedAt,
      });
      result.faults++;
    }
    const check = db.prepare(
      `INSERT INTO watch_checks (shift_id, ptz, recording, clarity, note, checked_at, checked_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of shifts) {
      const bad = d.chance(0.03) ? d.pick(['ptz', 'recording', 'clarity'] as const) : null;
      check.run(
        s.id,
        bad === 'ptz' ? 'fault' : 'ok',
        bad === 'recording' ? 'fault' : 'ok',
        bad === 'clarity' ? 'fault' : 'ok',
        bad ? '已记录设备故障' : null,
        toLocalIso(new Date(`${addMinutes(s.openedAt, d.int(5, 30))}:00`)),
        s.operatorName,
      );
    }
  });
  return faults;
}

/** A fault as the handovers see it: open at a handover if found before it and not yet repaired. */
export type SeedFault = ReturnType<typeof seedFaults>[number];
