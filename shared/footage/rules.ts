import { addMinutes } from '../watch/clock';
import type { FootageState } from './codes';

/**
 * The footage register's rules, pure: "now" (a local minute) is passed in —
 * the core's clock or a test's.
 */

/**
 * The recorders keep `retentionDays` days (公共安全视频图像信息系统管理条例 and
 * the local rules: ≥ 30 days by default, a setting): a range that began
 * earlier has likely been overwritten. The request is still recorded.
 */
export function likelyOverwritten(rangeFrom: string, now: string, retentionDays: number): boolean {
  return rangeFrom < addMinutes(now, -retentionDays * 1440);
}

/** The warning shown before saving and answered with the request. */
export const retentionWarning = (retentionDays: number): string =>
  `所调取时段早于录像保存期限（${retentionDays} 天），录像很可能已被覆盖`;

/** Where a request stands, from its decision, its copies and whether a later request corrects it. */
export function footageState(r: {
  approved: boolean | null;
  copyCount: number;
  correctedById: number | null;
}): FootageState {
  if (r.copyCount > 0) return 'copied';
  if (r.correctedById !== null) return 'corrected';
  if (r.approved === null) return 'waiting';
  return r.approved ? 'approved' : 'refused';
}

/** 「已更正，见 #N」 on the corrected one, 「更正 #M：理由」 on the correction. */
export const correctedNote = (byId: number): string => `已更正，见 #${byId}`;
export const correctionNote = (ofId: number, reason: string): string => `更正 #${ofId}：${reason}`;
