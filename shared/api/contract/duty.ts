import { endpoint, job, type FileOutput } from '../endpoint';
import { DIRECTOR, DUTY } from '../access';
import { empty } from '../fields';
import {
  addLeaveInput,
  decideSwapInput,
  dutyPeopleInput,
  generateInput,
  leadersInput,
  leaveRef,
  publishInput,
  requestSwapInput,
  rosterRef,
  rosterRulesInput,
  saveDraftInput,
  saveTemplateInput,
  type DutySetup,
  type GenerateOutput,
  type Leader,
  type LeaveEntry,
  type OnDuty,
  type RosterMonth,
} from '../../duty/schemas';

/** The duty roster (排班): template, rules, people, leave, monthly rosters and swaps. */
export const dutyContract = {
  setup: endpoint<DutySetup>()(empty, DUTY),
  saveTemplate: endpoint<DutySetup>()(saveTemplateInput, DIRECTOR),
  saveRules: endpoint<DutySetup>()(rosterRulesInput, DIRECTOR),
  setPeople: endpoint<DutySetup>()(dutyPeopleInput, DIRECTOR),
  saveLeaders: endpoint<Leader[]>()(leadersInput, DIRECTOR),
  addLeave: endpoint<LeaveEntry[]>()(addLeaveInput, DIRECTOR),
  removeLeave: endpoint<null>()(leaveRef, DIRECTOR),
  month: endpoint<RosterMonth>()(rosterRef, DUTY),
  generate: job<GenerateOutput>()(generateInput, DIRECTOR),
  saveDraft: endpoint<RosterMonth>()(saveDraftInput, DIRECTOR),
  publish: endpoint<RosterMonth>()(publishInput, DIRECTOR),
  requestSwap: endpoint<RosterMonth>()(requestSwapInput, DUTY),
  decideSwap: endpoint<RosterMonth>()(decideSwapInput, DIRECTOR),
  printRoster: job<FileOutput>()(rosterRef, DUTY),
  exportRoster: job<FileOutput>()(rosterRef, DUTY),
  /** 我的值班 printed (A4) and exported (Excel): the signed-in person's shifts of a published month. */
  printMine: job<FileOutput>()(rosterRef, DUTY),
  exportMine: job<FileOutput>()(rosterRef, DUTY),
  /** Who is on duty now, by the published roster and approved swaps (工作台, the duty log). */
  onDuty: endpoint<OnDuty>()(empty, 'user'),
} as const;
