import { z } from 'zod';
import { dateTimeField, id, optionalText, text } from '../api/fields';
import type { OnDuty } from '../duty/schemas';
import {
  DISPATCH_TARGETS,
  EVENT_ACTIONS,
  EVENT_CATEGORIES,
  type DispatchTarget,
  type EventAction,
  type EventCategory,
} from './codes';
import type { DispatchState } from './supervision';

/** The duty log (值班日志, issue 12 §2–3): shifts, events and dispatches at the boundary. */

const keys = <T extends Record<string, string>>(t: T) =>
  Object.keys(t) as [keyof T & string, ...(keyof T & string)[]];

export const eventCategory = z.enum(keys(EVENT_CATEGORIES), { error: '请选择事件类别' });
export const eventAction = z.enum(keys(EVENT_ACTIONS), { error: '请选择处置方式' });
export const dispatchTarget = z.enum(keys(DISPATCH_TARGETS), { error: '请选择通知对象' });

/** Opening the watch: the roster names who; anyone else says why (recorded). */
export const openShiftInput = z.object({ reason: optionalText('接班原因', 200) }).strict();
export const closeShiftInput = z.object({ note: optionalText('交班说明', 500) }).strict();

/** A dispatch made together with the entry (派巡逻 / 通知网格员 / 报110 / 报领导). */
const dispatchFields = {
  whom: text('通知对象', 40),
  notifiedAt: dateTimeField('通知时间'),
};

export const logEventInput = z
  .object({
    occurredAt: dateTimeField('时间'),
    pointId: id.nullable(),
    category: eventCategory,
    description: text('发现情况', 1000),
    action: eventAction,
    dispatch: z.object(dispatchFields).strict().optional(),
    footageSaved: optionalText('录像另存位置', 200),
  })
  .strict()
  .refine((e) => e.action === 'track' || e.dispatch !== undefined, {
    error: '请填写通知对象和通知时间',
    path: ['dispatch', 'whom'],
  });

export const updateEventInput = z
  .object({
    id,
    pointId: id.nullable(),
    category: eventCategory,
    description: text('发现情况', 1000),
    footageSaved: optionalText('录像另存位置', 200),
  })
  .strict();

export const dispatchInput = z.object({ eventId: id, target: dispatchTarget, ...dispatchFields }).strict();

/** What came back from a dispatch: the arrival, the result, or both. */
export const reportInput = z
  .object({
    dispatchId: id,
    arrivedAt: dateTimeField('到场时间').optional(),
    reportedAt: dateTimeField('反馈时间').optional(),
    report: optionalText('反馈结果', 500),
  })
  .strict()
  .refine((r) => r.arrivedAt !== undefined || r.reportedAt !== undefined, {
    error: '请填写到场时间或反馈时间',
    path: ['arrivedAt'],
  })
  .refine((r) => r.reportedAt === undefined || !!r.report, { error: '请填写反馈结果', path: ['report'] });

export const closeEventInput = z.object({ id, result: text('处置结果', 500) }).strict();
export const eventRef = z.object({ id }).strict();

export const listEventsInput = z
  .object({
    from: dateTimeField('起始时间').optional(),
    to: dateTimeField('截止时间').optional(),
    status: z.enum(['open', 'closed']).optional(),
    category: eventCategory.optional(),
    pointId: id.optional(),
    shiftId: id.optional(),
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
  })
  .strict();

export interface Dispatch {
  id: number;
  eventId: number;
  target: DispatchTarget;
  whom: string;
  notifiedAt: string;
  dueAt: string;
  arrivedAt: string | null;
  reportedAt: string | null;
  report: string | null;
  recordedBy: string;
  /** As of the core's clock when this answer was made. */
  state: DispatchState;
}

export interface WatchEvent {
  id: number;
  shiftId: number;
  occurredAt: string;
  pointId: number | null;
  pointCode: string | null;
  pointName: string | null;
  category: EventCategory;
  description: string;
  action: EventAction;
  result: string | null;
  footageSaved: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedBy: string | null;
  caseId: number | null;
  caseCode: string | null;
  recordedBy: string;
  dispatches: Dispatch[];
  /** Red: open with a dispatch that did not report back in time (督查督办). */
  overdue: boolean;
  /** 处置中: dispatched and the result not back yet (a handover waits for it). */
  beingHandled: boolean;
}

export interface EventPage {
  rows: WatchEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WatchShift {
  id: number;
  date: string;
  shiftKey: string;
  shiftName: string;
  plannedStart: string;
  plannedEnd: string;
  operatorId: number;
  operatorName: string;
  rostered: boolean;
  offRosterReason: string | null;
  openedAt: string;
  closedAt: string | null;
  closingNote: string | null;
}

/** The duty screen: the shift under way, who the roster says, and everything still open. */
export interface WatchNow {
  /** The core's clock when this answer was made: the supervision clock's 剩余 / 超时 count from it. */
  at: string;
  shift: WatchShift | null;
  /** From the published roster and approved swaps. */
  roster: OnDuty;
  /** Every open event, whichever shift logged it; overdue ones first. */
  openEvents: WatchEvent[];
  /** Events logged in this shift (open or closed), newest first. */
  shiftEvents: WatchEvent[];
  overdueCount: number;
  supervisionMinutes: number;
}
