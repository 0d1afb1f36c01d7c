import { z } from 'zod';
import { dateField, dateTimeField, id, optionalText, text } from '../api/fields';
import { month } from '../duty/schemas';
import {
  CHECK_RESULTS,
  FAULT_SYMPTOMS,
  POINT_KINDS,
  type CheckResult,
  type FaultSymptom,
  type PointKind,
} from '../watch/codes';

/**
 * Camera points, equipment faults, the per-shift equipment check and the
 * month's availability (点位与设备, issue 12 §1 and §5) at the boundary.
 */

const keys = <T extends Record<string, string>>(t: T) =>
  Object.keys(t) as [keyof T & string, ...(keyof T & string)[]];

export const pointKind = z.enum(keys(POINT_KINDS), { error: '请选择点位类型' });
export const faultSymptom = z.enum(keys(FAULT_SYMPTOMS), { error: '请选择故障现象' });
export const checkResult = z.enum(keys(CHECK_RESULTS), { error: '请选择检查结果' });

export const pointsInput = z.object({ includeRetired: z.boolean().optional() }).strict();

/** 新增 / 编辑点位: the 编号 is unique among all points, retired ones included. */
export const savePointInput = z
  .object({
    id: id.optional(),
    code: text('点位编号', 20),
    name: text('点位名称', 60),
    location: text('安装位置', 200),
    grid: optionalText('所属网格', 60),
    kind: pointKind,
    note: optionalText('备注', 500),
  })
  .strict();

/** 停用: the point stays for history (its events, faults, footage) but is offered for nothing new. */
export const retirePointInput = z.object({ id, retiredOn: dateField('停用日期') }).strict();

export const listFaultsInput = z
  .object({
    status: z.enum(['open', 'all'], { error: '请选择故障范围' }),
    month: month.optional(),
    pointId: id.optional(),
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
  })
  .strict();

/** 登记故障: a camera point, or some other device (录像机 / 大屏 / 网络) by name. */
export const reportFaultInput = z
  .object({
    foundAt: dateTimeField('发现时间'),
    pointId: id.nullable(),
    device: optionalText('故障设备', 60),
    symptom: faultSymptom,
    detail: optionalText('故障详情', 500),
    /** The signed-in user when absent. */
    foundBy: optionalText('发现人', 40),
  })
  .strict()
  .refine((f) => f.pointId !== null || !!f.device, {
    error: '请选择点位，或填写故障设备（如录像机、大屏、网络）',
    path: ['device'],
  });

/**
 * 报修 and 修复, as the form shows them: every field is sent each time (an
 * empty one is absent). A repaired fault cannot be made open again — a new
 * failure is a new fault.
 */
export const updateFaultInput = z
  .object({
    id,
    reportedAt: dateTimeField('报修时间').optional(),
    reportedTo: optionalText('报修对象', 60),
    repairer: optionalText('维修人', 40),
    repairedAt: dateTimeField('修复时间').optional(),
    result: optionalText('处理结果', 500),
  })
  .strict()
  .refine((f) => !f.reportedAt || !!f.reportedTo, { error: '请填写报修对象', path: ['reportedTo'] })
  .refine((f) => !f.reportedTo || !!f.reportedAt, { error: '请填写报修时间', path: ['reportedAt'] })
  .refine((f) => !f.repairedAt || !!f.result, { error: '请填写处理结果', path: ['result'] });

export const faultRef = z.object({ id }).strict();

/** The daily equipment check of the open shift: 云台 / 录像 / 清晰度. */
export const saveCheckInput = z
  .object({ ptz: checkResult, recording: checkResult, clarity: checkResult, note: optionalText('备注', 500) })
  .strict();
export const checkOfInput = z.object({ shiftId: id }).strict();

export const availabilityInput = z.object({ month }).strict();

export interface CameraPoint {
  id: number;
  code: string;
  name: string;
  location: string;
  grid: string;
  kind: PointKind;
  note: string | null;
  retired: boolean;
  retiredOn: string | null;
  /** Faults on this point not yet repaired: 故障中 while any. */
  openFaults: number;
  state: 'ok' | 'fault';
}

export interface Fault {
  id: number;
  pointId: number | null;
  pointCode: string | null;
  pointName: string | null;
  device: string | null;
  foundAt: string;
  symptom: FaultSymptom;
  detail: string | null;
  foundBy: string;
  reportedTo: string | null;
  reportedAt: string | null;
  repairer: string | null;
  repairedAt: string | null;
  result: string | null;
  shiftId: number | null;
  createdBy: string;
  /** 停机时长: computed against the core's clock for this answer (grows while open), never stored. */
  downtimeMinutes: number;
}

export interface FaultPage {
  rows: Fault[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ShiftCheck {
  shiftId: number;
  ptz: CheckResult;
  recording: CheckResult;
  clarity: CheckResult;
  note: string | null;
  checkedAt: string;
  checkedBy: string;
}

/** One point's month: minutes down (overlaps once), the share up, the faults that touched the month. */
export interface PointAvailability {
  pointId: number;
  code: string;
  name: string;
  retired: boolean;
  downMinutes: number;
  /** 0–1 of the minutes the point counted for in the month (so far). */
  availability: number;
  faultCount: number;
}

export interface MonthAvailability {
  month: string;
  /** The minutes of the month elapsed at the core's clock (the whole month once it is over). */
  elapsedMinutes: number;
  points: PointAvailability[];
  total: {
    downMinutes: number;
    /** The mean of the points' availability. */
    availability: number;
    faultCount: number;
    /** Faults of devices that are not camera points (录像机, 大屏 …) in the month. */
    deviceFaultCount: number;
  };
}
