import type { CheckItem, FaultSymptom } from '../watch/codes';

/**
 * The fault an 异常 item of the per-shift equipment check suggests recording
 * (the dialog opens with this symptom; the operator may change it):
 * 云台 → 云台失灵, 录像 → 无录像, 清晰度 → 画面模糊.
 */
export const SYMPTOM_OF_CHECK: Record<CheckItem, FaultSymptom> = {
  ptz: 'ptz',
  recording: 'norecord',
  clarity: 'blur',
};

/** The items of a check found 异常, in the checklist's order. */
export const faultyItems = (c: Record<CheckItem, 'ok' | 'fault'>): CheckItem[] =>
  (['ptz', 'recording', 'clarity'] as const).filter((k) => c[k] === 'fault');
