import { z } from 'zod';
import { dateTimeField, givenPassword, id, optionalText, text, username } from '../api/fields';
import type { SessionStatus } from '../session/schemas';
import { minutesBetween } from './clock';
import type { Fault, ShiftCheck } from '../cameras/schemas';
import type { EventAction, EventCategory } from './codes';
import type { WatchShift } from './schemas';

/**
 * 交接班 (issue 12 §6; domain.md, Module 4): in person, on the same PC. The
 * outgoing operator confirms with their own password first, then the
 * incoming one with theirs; the record is a snapshot of what they signed —
 * equipment state, open faults, open events, instructions from above, keys /
 * radios / media counted, notes. Refused while an event is being handled
 * (处置中) unless the director overrides with their password and a reason.
 */

/**
 * How early before the planned end a handover goes to the next rostered shift.
 * Operators hand over in person a little before the hour; earlier than this is
 * a hand-over in the middle of a shift (illness, an errand), whose incoming
 * operator the roster for the current hour names, or gives a reason.
 */
export const HANDOVER_LEAD_MINUTES = 60;

/** The minute whose roster names the incoming operator: the planned end when it is near, else now. */
export function handoverRosterMinute(shift: Pick<WatchShift, 'plannedEnd'>, now: string): string {
  const left = minutesBetween(now, shift.plannedEnd);
  return left > 0 && left <= HANDOVER_LEAD_MINUTES ? shift.plannedEnd : now;
}

/** A count of keys, radios or storage media handed over. */
const count = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(999, { error: `${label}不能超过 999` });

/** The director's authorisation to hand over while an event is still being handled. */
export const handoverOverride = z
  .object({ username, password: givenPassword, reason: text('授权理由', 200) })
  .strict();

/** What the two operators confirm; the snapshot of faults and events is taken by the core. */
export const handoverInput = z
  .object({
    outgoingPassword: givenPassword,
    incomingUsername: username,
    incomingPassword: givenPassword,
    /** Required when the roster does not name the incoming operator for the shift (recorded on it). */
    incomingReason: optionalText('接班原因', 200),
    equipment: text('设备状况', 500),
    instructions: optionalText('上级指示', 1000),
    keys: count('钥匙数'),
    radios: count('对讲机数'),
    media: count('存储介质数'),
    notes: optionalText('其他事项', 1000),
    override: handoverOverride.optional(),
  })
  .strict();

export const listHandoversInput = z
  .object({
    from: dateTimeField('起始时间').optional(),
    to: dateTimeField('截止时间').optional(),
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
  })
  .strict();

export const handoverRef = z.object({ id }).strict();

/**
 * An open fault as handed over (the fault log's own record, cameras.faults.ts),
 * its downtime as of the handover.
 */
export type FaultSnapshot = Pick<
  Fault,
  | 'id'
  | 'pointCode'
  | 'pointName'
  | 'device'
  | 'symptom'
  | 'detail'
  | 'foundAt'
  | 'reportedTo'
  | 'downtimeMinutes'
>;

/** An open event as handed over, with who was sent and whether they reported back. */
export interface EventSnapshot {
  id: number;
  occurredAt: string;
  pointCode: string | null;
  pointName: string | null;
  category: EventCategory;
  description: string;
  action: EventAction;
  /** 处置中: dispatched, the result not back. */
  beingHandled: boolean;
  /** Red: a dispatch did not report back in time. */
  overdue: boolean;
  /** 巡逻队（王队长）08:05 通知，08:38 到场 … one line per dispatch. */
  dispatches: string[];
}

/** A person the roster names for the incoming shift. */
export interface RosteredIncoming {
  id: number;
  name: string;
  username: string;
}

/** The handover form, prefilled from the open shift. */
export interface HandoverDraft {
  shift: WatchShift;
  /** The core's minute the draft was made at. */
  at: string;
  check: ShiftCheck | null;
  /** The equipment sentence prefilled from the check and the open faults; editable. */
  equipment: string;
  openFaults: FaultSnapshot[];
  openEvents: EventSnapshot[];
  /** Counts of the last handover, as defaults (0 for the first). */
  keys: number;
  radios: number;
  media: number;
  /** The shift the roster names the incoming operator for, and who. */
  rosterLabel: string | null;
  rostered: RosteredIncoming[];
  /** True while an event is being handled: only the director's override lets the handover through. */
  blocked: boolean;
  blockedReason: string | null;
}

export interface Handover {
  id: number;
  fromShiftId: number;
  toShiftId: number;
  /** The outgoing shift: 2026-11-24 白班. */
  fromShiftLabel: string;
  toShiftLabel: string;
  outgoingId: number;
  outgoingName: string;
  incomingId: number;
  incomingName: string;
  equipment: string;
  openFaults: FaultSnapshot[];
  openEvents: EventSnapshot[];
  instructions: string;
  keys: number;
  radios: number;
  media: number;
  notes: string | null;
  outgoingConfirmedAt: string;
  incomingConfirmedAt: string;
  overrideBy: string | null;
  overrideReason: string | null;
  createdAt: string;
}

export interface HandoverPage {
  rows: Handover[];
  total: number;
  page: number;
  pageSize: number;
}

/** A handover done: its record, and the session, now the incoming operator's. */
export interface HandoverDone {
  handover: Handover;
  session: SessionStatus;
}
