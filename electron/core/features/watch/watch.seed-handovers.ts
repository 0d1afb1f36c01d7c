// The watch seed's handovers between consecutive shifts, with the faults and events open at the time: separate from
// watch.seed.ts so each file stays one step of the demo.
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/tx';
import { toLocalIso } from '../../../../shared/dates';
import { addMinutes, minutesBetween } from '../../../../shared/watch/clock';
import type { EventSnapshot, FaultSnapshot } from '../../../../shared/watch/handover';
import type { EventAction, EventCategory } from '../../../../shared/watch/codes';
import type { Dice } from '../cases/cases.seed-random';
import type { SeedFault } from './watch.seed-faults';
import type { Shift } from './watch.seed-shifts';

/** An event logged by the seed, remembered while it is open so the handovers can list it. */
export interface Pending {
  id: number;
  occurredAt: string;
  point: { code: string; label: string };
  category: EventCategory;
  action: EventAction;
  description: string;
  closedAt: string | null;
  handledUntil: string | null;
}

/**
 * Handovers between consecutive shifts (none where one operator keeps both), with what was open at the time:
 * `openAtEnd[i]` holds the events open when shift `i` closed; `result.handovers` counts the handovers written.
 */
export function seedHandovers(
  db: Db,
  d: Dice,
  shifts: Shift[],
  faults: SeedFault[],
  openAtEnd: Pending[][],
  result: { handovers: number },
): void {
  writeTransaction(db, () => {
    const put = db.prepare(
      `INSERT INTO watch_handovers (from_shift_id, to_shift_id, outgoing_id, incoming_id, equipment, open_faults,
         open_events, instructions, keys_count, radios_count, media_count, notes, outgoing_confirmed_at,
         incoming_confirmed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i + 1 < shifts.length; i++) {
      const from = shifts[i]!;
      const to = shifts[i + 1]!;
      if (from.operatorId === to.operatorId) continue;
      const at = from.closedAt;
      const open = faults.filter((f) => f.foundAt < at && (f.repairedAt === null || f.repairedAt > at));
      const events = openAtEnd[i] ?? [];
      put.run(
        from.id,
        to.id,
        from.operatorId,
        to.operatorId,
        open.length ? `${open.length} 处设备故障未修复，其余设备运行正常` : '设备运行正常',
        // The snapshot in the shape the handover itself writes (shared/watch/handover.ts).
        JSON.stringify(
          open.map((f): FaultSnapshot => ({
            id: f.id,
            pointCode: f.point?.code ?? null,
            pointName: f.point?.label ?? null,
            device: f.point ? null : '硬盘录像机 NVR-2',
            symptom: f.symptom,
            detail: null,
            foundAt: f.foundAt,
            reportedTo: '维保单位',
            downtimeMinutes: minutesBetween(f.foundAt, at),
          })),
        ),
        JSON.stringify(
          events.map((e): EventSnapshot => ({
            id: e.id,
            occurredAt: e.occurredAt,
            pointCode: e.point.code,
            pointName: e.point.label,
            category: e.category,
            description: e.description,
            action: e.action,
            beingHandled: e.handledUntil !== null,
            overdue: false,
            dispatches: [],
          })),
        ),
        d.chance(0.1) ? '节假日期间加强对农贸市场和商业街的巡看' : '',
        2,
        2,
        d.int(0, 3),
        null,
        addMinutes(at, -1),
        at,
        toLocalIso(new Date(`${at}:00`)),
      );
      result.handovers++;
    }
  });
}
