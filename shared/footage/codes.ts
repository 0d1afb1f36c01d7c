/**
 * The footage register's vocabularies (录像调取登记, issue 12 §7): code →
 * label. Codes are stored; labels are shown and printed.
 */

/** 复制介质 — how a copy left the monitoring room. */
export const FOOTAGE_MEDIA = {
  usb: 'U盘',
  disc: '光盘',
  disk: '移动硬盘',
  network: '网络传输',
  other: '其他',
} as const;
export type FootageMedium = keyof typeof FOOTAGE_MEDIA;

/**
 * Where a request stands. 已更正: a later request corrects it, so nothing more
 * is done on it (the correction is decided and copied instead); a request
 * already copied stays 已复制 when corrected, as the copy did happen.
 */
export const FOOTAGE_STATES = {
  waiting: '待审批',
  approved: '已批准',
  refused: '不予批准',
  copied: '已复制',
  corrected: '已更正',
} as const;
export type FootageState = keyof typeof FOOTAGE_STATES;
