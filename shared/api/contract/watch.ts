import { endpoint, job, type FileOutput } from '../endpoint';
import { DIRECTOR, LEDGER, WATCH, WATCH_OPS } from '../access';
import { empty } from '../fields';
import { statsInput } from '../../stats/schemas';
import { watchSettingsInput, type WatchSettings } from '../../watch/settings';
import { watchMonthInput, type DutyLogFiling, type WatchAnalysis } from '../../watch/analysis';
import {
  closeEventInput,
  closeShiftInput,
  dispatchInput,
  eventRef,
  listEventsInput,
  logEventInput,
  openShiftInput,
  reportInput,
  updateEventInput,
  type EventPage,
  type WatchEvent,
  type WatchNow,
  type WatchShift,
} from '../../watch/schemas';
import { caseSourceRef, toCaseInput, type EventOfCase } from '../../watch/toCase';
import {
  handoverInput,
  handoverRef,
  listHandoversInput,
  type HandoverDone,
  type HandoverDraft,
  type HandoverPage,
} from '../../watch/handover';

/** The watch itself (值班日志, issue 12): shifts kept, events logged, dispatches supervised. */
export const watchContract = {
  settings: endpoint<WatchSettings>()(empty, WATCH),
  saveSettings: endpoint<WatchSettings>()(watchSettingsInput, DIRECTOR),
  /** The duty screen: the shift under way, the roster's people, every open event. */
  now: endpoint<WatchNow>()(empty, WATCH),
  openShift: endpoint<WatchShift>()(openShiftInput, WATCH_OPS),
  /** Ends the shift when no one takes over (a handover ends it otherwise). */
  closeShift: endpoint<WatchShift>()(closeShiftInput, WATCH_OPS),
  logEvent: endpoint<WatchEvent>()(logEventInput, WATCH_OPS),
  updateEvent: endpoint<WatchEvent>()(updateEventInput, WATCH_OPS),
  dispatch: endpoint<WatchEvent>()(dispatchInput, WATCH_OPS),
  recordReport: endpoint<WatchEvent>()(reportInput, WATCH_OPS),
  closeEvent: endpoint<WatchEvent>()(closeEventInput, WATCH_OPS),
  event: endpoint<WatchEvent>()(eventRef, WATCH),
  events: endpoint<EventPage>()(listEventsInput, WATCH),
  /** Event → case: a ledger case of source 视频监控发现, linked both ways. */
  toCase: endpoint<WatchEvent>()(toCaseInput, WATCH_OPS),
  /** The duty-log event a case came from (the case record's 来源 line), or null. */
  eventOfCase: endpoint<EventOfCase | null>()(caseSourceRef, LEDGER),
  /** 分析汇总 of a month or a range of months (the 统计 page's period). */
  analysis: endpoint<WatchAnalysis>()(statsInput, WATCH),
  /** The month's duty log as a bound A4 record. */
  printDutyLog: job<FileOutput>()(watchMonthInput, WATCH),
  /** Files the ended month's duty log into the archive catalogue as 值班记录, once. */
  fileDutyLog: job<DutyLogFiling>()(watchMonthInput, DIRECTOR),
  /** 交接班: the form prefilled from the open shift (equipment, open faults and events, counts, who comes next). */
  handoverDraft: endpoint<HandoverDraft>()(empty, WATCH_OPS),
  /** Both operators confirm with their own passwords; the window continues as the incoming operator. */
  handover: endpoint<HandoverDone>()(handoverInput, WATCH_OPS),
  handovers: endpoint<HandoverPage>()(listHandoversInput, WATCH),
  printHandover: endpoint<FileOutput>()(handoverRef, WATCH),
} as const;
