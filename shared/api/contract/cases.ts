import { endpoint, job, type FileOutput } from '../endpoint';
import { DIRECTOR, LEDGER } from '../access';
import { empty } from '../fields';
import {
  attachmentInput,
  attachmentRef,
  caseCodeRef,
  caseRef,
  columnPrefsInput,
  createCaseInput,
  escalateInput,
  exportLedgerInput,
  extendDeadlineInput,
  listCasesInput,
  saveCategoriesInput,
  transitionInput,
  updateCaseInput,
  type AttachmentInfo,
  type CaseDashboard,
  type CaseDetail,
  type CasePage,
  type Category,
  type ColumnPrefs,
  type StaffOption,
} from '../../cases/schemas';
import { createIntakeInput, listIntakesInput, type Intake, type IntakePage } from '../../intake/schemas';
import {
  deadlinePresetInput,
  saveYearInput,
  yearRef,
  type CalendarYear,
  type DeadlinePreset,
} from '../../calendar/schemas';
import { statsInput, type CaseStats } from '../../stats/schemas';

/** 首问登记: visitors and calls recorded by whoever first receives them. */
export const intakeContract = {
  create: endpoint<Intake>()(createIntakeInput, LEDGER),
  list: endpoint<IntakePage>()(listIntakesInput, LEDGER),
} as const;

/** The case ledger (台账): cases, their attachments and categories, the ledger's exports. */
export const casesContract = {
  create: endpoint<CaseDetail>()(createCaseInput, LEDGER),
  get: endpoint<CaseDetail>()(caseRef, LEDGER),
  getByCode: endpoint<CaseDetail>()(caseCodeRef, LEDGER),
  list: endpoint<CasePage>()(listCasesInput, LEDGER),
  update: endpoint<CaseDetail>()(updateCaseInput, LEDGER),
  transition: endpoint<CaseDetail>()(transitionInput, LEDGER),
  escalate: endpoint<CaseDetail>()(escalateInput, LEDGER),
  extendDeadline: endpoint<CaseDetail>()(extendDeadlineInput, LEDGER),
  addAttachment: endpoint<AttachmentInfo>()(attachmentInput, LEDGER),
  getAttachment: endpoint<FileOutput>()(attachmentRef, LEDGER),
  categories: endpoint<Category[]>()(empty, 'user'),
  saveCategories: endpoint<Category[]>()(saveCategoriesInput, DIRECTOR),
  dashboard: endpoint<CaseDashboard>()(empty, 'user'),
  staff: endpoint<StaffOption[]>()(empty, LEDGER),
  exportLedger: job<FileOutput>()(exportLedgerInput, LEDGER),
  printLedger: job<FileOutput>()(exportLedgerInput, LEDGER),
  printMajorRegister: job<FileOutput>()(exportLedgerInput, LEDGER),
  columnPrefs: endpoint<ColumnPrefs>()(empty, 'user'),
  saveColumnPrefs: endpoint<ColumnPrefs>()(columnPrefsInput, 'user'),
} as const;

/** Working days (the official holiday arrangement) and the deadline presets. */
export const calendarContract = {
  getYear: endpoint<CalendarYear>()(yearRef, 'user'),
  saveYear: endpoint<CalendarYear>()(saveYearInput, DIRECTOR),
  removeYear: endpoint<CalendarYear>()(yearRef, DIRECTOR),
  preset: endpoint<DeadlinePreset>()(empty, 'user'),
  savePreset: endpoint<DeadlinePreset>()(deadlinePresetInput, DIRECTOR),
} as const;

/** Case statistics of a period, shown and exported. */
export const statsContract = {
  cases: endpoint<CaseStats>()(statsInput, LEDGER),
  exportCases: job<FileOutput>()(statsInput, LEDGER),
} as const;
