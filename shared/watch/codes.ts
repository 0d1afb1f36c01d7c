/**
 * The fixed vocabularies of the watch (domain.md, Module 4): code → label.
 * Codes are stored; labels are shown and printed. The duty log's categories
 * carry the single key the operator presses for them, in this order.
 */
const labels = <const T extends Record<string, string>>(t: T) => t;

/** 事件类别 — keys 1–6 pick them in the log form. */
export const EVENT_CATEGORIES = labels({
  security: '治安',
  traffic: '交通',
  fire: '消防',
  dispute: '矛盾纠纷',
  equipment: '设备故障',
  other: '其他',
});
export type EventCategory = keyof typeof EVENT_CATEGORIES;

/** 处置 */
export const EVENT_ACTIONS = labels({
  track: '持续跟踪',
  grid: '通知网格员',
  patrol: '派巡逻',
  police: '报110',
  leader: '报领导',
});
export type EventAction = keyof typeof EVENT_ACTIONS;

/** Whom a dispatch goes to (督查督办 follows each until it reports back). */
export const DISPATCH_TARGETS = labels({ patrol: '巡逻队', grid: '网格员', police: '110', leader: '领导' });
export type DispatchTarget = keyof typeof DISPATCH_TARGETS;

/** The dispatch an action implies, if any (持续跟踪 sends no one). */
export const targetOfAction = (action: EventAction): DispatchTarget | null =>
  action === 'track' ? null : action;

/** 点位类型 */
export const POINT_KINDS = labels({
  bullet: '枪机',
  dome: '半球',
  ptz: '球机（云台）',
  panorama: '全景',
  face: '人脸抓拍',
  plate: '车辆卡口',
  other: '其他',
});
export type PointKind = keyof typeof POINT_KINDS;

/** 故障现象 */
export const FAULT_SYMPTOMS = labels({
  black: '黑屏',
  offline: '离线',
  norecord: '无录像',
  ptz: '云台失灵',
  blur: '画面模糊',
  other: '其他',
});
export type FaultSymptom = keyof typeof FAULT_SYMPTOMS;

/** The per-shift equipment check: 云台 / 录像 / 清晰度. */
export const CHECK_ITEMS = labels({ ptz: '云台', recording: '录像', clarity: '清晰度' });
export type CheckItem = keyof typeof CHECK_ITEMS;
export const CHECK_RESULTS = labels({ ok: '正常', fault: '异常' });
export type CheckResult = keyof typeof CHECK_RESULTS;

/** What a shift with no events closes with (seed 001). */
export const NOTHING_TO_REPORT = '本班无异常';
