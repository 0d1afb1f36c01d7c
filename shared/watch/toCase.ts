import { z } from 'zod';
import { id, optionalText, text } from '../api/fields';
import { DIFFICULTIES, keysOf, RISK_LEVELS } from '../cases/codes';
import type { EventCategory } from './codes';

/**
 * Event → case (issue 12 §4): a duty-log event becomes a ledger case of
 * source 视频监控发现, its time, place and description carried over. The
 * ledger needs at least one named party; a camera rarely knows a name, so the
 * operator types the names found out (no placeholder party is accepted).
 */
export const toCaseInput = z
  .object({
    eventId: id,
    categoryId: id,
    /** 发生地点: defaults to the point's location; required when the event has no point. */
    place: optionalText('发生地点', 100),
    partyNames: z
      .array(text('当事人姓名', 30))
      .min(1, { error: '至少登记一名当事人' })
      .max(10, { error: '当事人不能超过 10 名' }),
    difficulty: z.enum(keysOf(DIFFICULTIES), { error: '请选择难易程度' }),
    risk: z.enum(keysOf(RISK_LEVELS), { error: '请选择风险等级' }),
  })
  .strict();
export type ToCaseInput = z.infer<typeof toCaseInput>;

export const caseSourceRef = z.object({ caseId: id }).strict();

/** The duty-log event a case came from, for the case record's 来源 line and its link back. */
export interface EventOfCase {
  eventId: number;
  occurredAt: string;
  category: EventCategory;
  pointCode: string | null;
  pointName: string | null;
  recordedBy: string;
}
