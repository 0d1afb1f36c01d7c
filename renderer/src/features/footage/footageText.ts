import { FOOTAGE_MEDIA } from '../../../../shared/footage/codes';
import { correctedNote, correctionNote } from '../../../../shared/footage/rules';
import type { FootageCopy, FootageRequest } from '../../../../shared/footage/schemas';

/** 2026-11-24T09:05 → 2026-11-24 09:05 */
export const minuteText = (at: string): string => at.replace('T', ' ');

export const rangeText = (r: Pick<FootageRequest, 'rangeFrom' | 'rangeTo'>): string =>
  `${minuteText(r.rangeFrom)} 至 ${minuteText(r.rangeTo)}`;

/** The grid's shorter form: one day's hours as 2026-11-23 20:00–22:00. */
export const shortRangeText = (r: Pick<FootageRequest, 'rangeFrom' | 'rangeTo'>): string =>
  r.rangeFrom.slice(0, 10) === r.rangeTo.slice(0, 10)
    ? `${minuteText(r.rangeFrom)}–${r.rangeTo.slice(11, 16)}`
    : rangeText(r);

export const pointsText = (r: Pick<FootageRequest, 'points'>): string =>
  r.points.map((p) => `${p.code} ${p.name}`).join('、');

export const copyText = (c: FootageCopy): string =>
  `${minuteText(c.copiedAt)} ${FOOTAGE_MEDIA[c.medium]}，去向：${c.destination}，经办人：${c.operator}`;

/** 「更正 #M：理由」 and 「已更正，见 #N」, as the register prints them. */
export function correctionLines(r: FootageRequest): string[] {
  return [
    r.correctsId !== null ? correctionNote(r.correctsId, r.correctionReason ?? '') : '',
    r.correctedById !== null ? correctedNote(r.correctedById) : '',
  ].filter(Boolean);
}
