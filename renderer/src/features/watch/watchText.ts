import { DISPATCH_TARGETS, EVENT_ACTIONS, EVENT_CATEGORIES } from '../../../../shared/watch/codes';
import type { EventCategory, EventAction } from '../../../../shared/watch/codes';
import { minutesBetween } from '../../../../shared/watch/clock';
import type { Dispatch, WatchEvent } from '../../../../shared/watch/schemas';
import { firstAnswer, minutesLeft } from '../../../../shared/watch/supervision';

/** The single keys of the log form, in the vocabularies' order (shown on the chips). */
export const CATEGORY_KEYS: readonly [string, EventCategory][] = (
  Object.keys(EVENT_CATEGORIES) as EventCategory[]
).map((c, i) => [String(i + 1), c]);
export const ACTION_KEYS: readonly [string, EventAction][] = (
  Object.keys(EVENT_ACTIONS) as EventAction[]
).map((a, i) => ['QWERT'[i]!, a]);

/** Local minute `2026-12-05T14:05` as tables show it: 2026-12-05 14:05. */
export const minuteText = (at: string | null | undefined) => (at ? at.replace('T', ' ') : '');

/** Only the time when it is on the day of `now`: the duty screen reads at a glance. */
export const shortTime = (at: string, now: string) =>
  at.slice(0, 10) === now.slice(0, 10) ? at.slice(11, 16) : minuteText(at);

/**
 * What the operator types into 时间: `2026-12-05 14:05`, or just `14:05`
 * (today by `today`). Answers the stored form, or null when it is not a time.
 */
export function parseMinute(text: string, today: string): string | null {
  const t = text.trim();
  const short = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (short) return `${today}T${short[1]!.padStart(2, '0')}:${short[2]}`;
  const full = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/.exec(t);
  return full ? `${full[1]}T${full[2]!.padStart(2, '0')}:${full[3]}` : null;
}

export const pointText = (e: Pick<WatchEvent, 'pointCode' | 'pointName'>) =>
  e.pointCode ? `${e.pointCode} ${e.pointName ?? ''}` : '';

/** 督查督办 of one dispatch as of the core's clock: 剩余 N 分 / 超时 N 分 / 已到场 … */
export function supervisionText(d: Dispatch, now: string): string {
  const who = `${DISPATCH_TARGETS[d.target]}（${d.whom}）`;
  const left = minutesLeft(d, now);
  if (left !== null) return left >= 0 ? `${who} 剩余 ${left} 分` : `${who} 超时 ${-left} 分`;
  const answered = firstAnswer(d)!;
  const late = minutesBetween(d.dueAt, answered);
  const what = d.reportedAt
    ? `已反馈${d.report ? `：${d.report}` : ''}`
    : `${shortTime(d.arrivedAt!, now)} 到场`;
  return `${who} ${what}${late > 0 ? `（超时 ${late} 分）` : ''}`;
}

export const categoryLabel = (c: EventCategory) => EVENT_CATEGORIES[c];
export const actionLabel = (a: EventAction) => EVENT_ACTIONS[a];

/** A dispatch as recorded, without the clock: for the event's record. */
export const dispatchRecord = (d: Dispatch) =>
  `${[
    `${minuteText(d.notifiedAt)} 通知${DISPATCH_TARGETS[d.target]}（${d.whom}），应于 ${d.dueAt.slice(11)} 前反馈`,
    d.arrivedAt ? `${minuteText(d.arrivedAt)} 到场` : '',
    d.reportedAt ? `${minuteText(d.reportedAt)} 反馈：${d.report ?? ''}` : '',
  ]
    .filter(Boolean)
    .join('，')}${d.state === 'late' || d.state === 'answeredLate' ? '（超时）' : ''}`;
