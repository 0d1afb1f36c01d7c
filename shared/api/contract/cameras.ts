import { endpoint } from '../endpoint';
import { DIRECTOR, WATCH, WATCH_OPS } from '../access';
import {
  availabilityInput,
  checkOfInput,
  listFaultsInput,
  pointsInput,
  reportFaultInput,
  retirePointInput,
  saveCheckInput,
  savePointInput,
  updateFaultInput,
  type CameraPoint,
  type Fault,
  type FaultPage,
  type MonthAvailability,
  type ShiftCheck,
} from '../../cameras/schemas';

/** 点位与设备 (issue 12 §1, §5): camera points, equipment faults, the shift's check, 在线率. */
export const camerasContract = {
  points: endpoint<CameraPoint[]>()(pointsInput, WATCH),
  savePoint: endpoint<CameraPoint>()(savePointInput, DIRECTOR),
  retirePoint: endpoint<CameraPoint>()(retirePointInput, DIRECTOR),
  faults: endpoint<FaultPage>()(listFaultsInput, WATCH),
  reportFault: endpoint<Fault>()(reportFaultInput, WATCH_OPS),
  /** 报修 and 修复 of a fault; 停机时长 is computed in the answer, never stored. */
  updateFault: endpoint<Fault>()(updateFaultInput, WATCH_OPS),
  /** The open shift's equipment check; saved again it replaces the shift's one answer. */
  saveCheck: endpoint<ShiftCheck>()(saveCheckInput, WATCH_OPS),
  checkOf: endpoint<ShiftCheck | null>()(checkOfInput, WATCH),
  availability: endpoint<MonthAvailability>()(availabilityInput, WATCH),
} as const;
