import type { Assignment } from './rules';
import type { Swap } from './schemas';
import { dayLabel, weekdayChar, type ShiftTemplate } from './shifts';

/**
 * Swaps and replacements in words (换班、替班), as the pages and the printed
 * schedule say them, and which shift of the roster a swap handed to whom.
 */

/** 换班 (two people trade shifts) or 替班 (one takes the other's). */
export const SWAP_KINDS: Record<Swap['kind'], string> = { swap: '换班', replace: '替班' };
/** Where a request stands. */
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

/** One shift a swap moves: who takes it and whose it was. */
interface Handover {
  date: string;
  shift: string;
  toId: number;
  fromName: string;
}

/** The shifts a swap moves, as decideSwap applies it: a replacement one, a swap both. */
function handoversOf(s: Swap): Handover[] {
  const given = { date: s.date, shift: s.shift, toId: s.toId, fromName: s.fromName };
  if (s.kind === 'replace' || !s.otherDate || !s.otherShift) return [given];
  return [given, { date: s.otherDate, shift: s.otherShift, toId: s.fromId, fromName: s.toName }];
}

/**
 * How its holder came by a shift of the published roster, when an approved
 * swap gave it to them: 替班（原为 张志斌）. The latest approval counts (a
 * shift may change hands twice); a shift rostered as published says nothing.
 */
export function swapNote(swaps: readonly Swap[], a: Assignment): string {
  const approved = swaps
    .filter((s) => s.status === 'approved')
    .sort((x, y) => (x.decidedAt ?? '').localeCompare(y.decidedAt ?? '') || x.id - y.id);
  let note = '';
  for (const s of approved)
    for (const h of handoversOf(s))
      if (h.date === a.date && h.shift === a.shift && h.toId === a.personId)
        note = `${SWAP_KINDS[s.kind]}（原为 ${h.fromName}）`;
  return note;
}
