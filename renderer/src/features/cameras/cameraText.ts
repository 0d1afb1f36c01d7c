import type { CameraPoint, Fault } from '../../../../shared/cameras/schemas';

/** 点位 as lists and selects show it: `JK-001 东门`. */
export const pointText = (p: Pick<CameraPoint, 'code' | 'name'>): string => `${p.code} ${p.name}`;

/** What a fault is on: its point, or the device named when it is not a camera point. */
export const faultSubject = (f: Pick<Fault, 'pointCode' | 'pointName' | 'device'>): string =>
  f.pointCode ? `${f.pointCode} ${f.pointName ?? ''}` : (f.device ?? '');

/** A stored local minute as tables show it: 2026-11-24 14:05. */
export const minuteText = (at: string | null): string => (at ? at.replace('T', ' ') : '');

/** 在线率 as people read it: 99.58%. */
export const percentText = (share: number): string => `${(share * 100).toFixed(2)}%`;

/** The point select's value for "not a camera point: name the device". */
export const DEVICE = 'device';
