import { endpoint, job, type FileOutput } from '../endpoint';
import { DIRECTOR, WATCH, WATCH_OPS } from '../access';
import { empty } from '../fields';
import {
  footageCheckInput,
  footageCopyInput,
  footageCorrectInput,
  footageDecideInput,
  footagePeriodInput,
  footageRef,
  footageRequestInput,
  listFootageInput,
  type FootageCheck,
  type FootagePage,
  type FootagePoint,
  type FootageRecorded,
  type FootageRequest,
} from '../../footage/schemas';

/**
 * 录像调取登记 (issue 12 §7): requests, the director's approval before any copy,
 * the copies. Append-only: no call changes or deletes an entry; a correction is a new one.
 */
export const footageContract = {
  list: endpoint<FootagePage>()(listFootageInput, WATCH),
  /** One request; the ID number whole for the director and operators. */
  get: endpoint<FootageRequest>()(footageRef, WATCH),
  /** The camera points a request may name (not retired). */
  points: endpoint<FootagePoint[]>()(empty, WATCH),
  /** Before saving: whether the hours asked for are older than the recorders keep. */
  check: endpoint<FootageCheck>()(footageCheckInput, WATCH_OPS),
  request: endpoint<FootageRecorded>()(footageRequestInput, WATCH_OPS),
  decide: endpoint<FootageRequest>()(footageDecideInput, DIRECTOR),
  recordCopy: endpoint<FootageRequest>()(footageCopyInput, WATCH_OPS),
  correct: endpoint<FootageRecorded>()(footageCorrectInput, WATCH_OPS),
  printRegister: job<FileOutput>()(footagePeriodInput, WATCH),
} as const;
