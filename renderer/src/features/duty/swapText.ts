import type { Swap } from '../../../../shared/duty/schemas';
import { dayLabel, type ShiftTemplate } from '../../../../shared/duty/shifts';
import { weekdayChar } from './rosterGrid';

export const SWAP_KINDS: Record<Swap['kind'], string> = { swap: '换班', replace: '替班' };
export const SWAP_STATUS: Record<Swap['status'], string> = {
  requested: '待审批',
  approved: '已批准',
  refused: '不予批准',
};

/** 10月12日（一）B 中班, or the key alone when the template is not at hand. */
export function shiftOn(date: string, key: string, template?: ShiftTemplate): string {
  const name = template?.shifts.find((s) => s.key === key)?.name;
  return `${dayLabel(date)}（${weekdayChar(date)}）${key}${name ? ` ${name}` : ' 班'}`;
}

/** What a swap changes, in one line: who gives which shift to whom (and takes which back). */
export function swapText(s: Swap, template?: ShiftTemplate): string {
  return s.kind === 'replace'
    ? `${s.fromName} ${shiftOn(s.date, s.shift, template)} 由 ${s.toName} 替班`
    : `${s.fromName} ${shiftOn(s.date, s.shift, template)} 与 ${s.toName} ${shiftOn(s.otherDate ?? '', s.otherShift ?? '', template)} 互换`;
}
