import type { z } from 'zod';
import { empty } from './fields';
import type { Result } from './result';
import { jobRef, type JobStatus, type JobTicket } from '../jobs/schemas';
import type { Role } from '../accounts/roles';
import {
  changePasswordInput,
  loginInput,
  recoverInput,
  unlockInput,
  type SessionStatus,
} from '../session/schemas';
import {
  initialiseInput,
  recoveryKeySheetInput,
  type InitialiseOutput,
  type PdfOutput,
} from '../setup/schemas';
import {
  createAccountInput,
  disableAccountInput,
  resetPasswordInput,
  updateAccountInput,
  type Account,
  type LoginFailureReport,
} from '../accounts/schemas';
import { listAuditInput, type AuditPage, type AuditVerification } from '../audit/schemas';
import {
  importCatalogueInput,
  importLedgerInput,
  type ImportInspection,
  type ImportReport,
} from '../import/schemas';
import { updateSettingsInput, type Settings } from '../settings/schemas';
import {
  printableCheckInput,
  setSupplementaryFontInput,
  type FontSettings,
  type PrintableCheck,
} from '../fonts/schemas';
import {
  backupRefInput,
  externalBackupInput,
  externalFolderInput,
  rekeyInput,
  type BackupInfo,
  type ExternalBackupInfo,
  type ExternalBackups,
  type IntegrityReport,
  type RekeyOutput,
} from '../maintenance/schemas';
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
} from '../cases/schemas';
import { createIntakeInput, listIntakesInput, type Intake, type IntakePage } from '../intake/schemas';
import {
  deadlinePresetInput,
  saveYearInput,
  yearRef,
  type CalendarYear,
  type DeadlinePreset,
} from '../calendar/schemas';
import { statsInput, type CaseStats } from '../stats/schemas';
import {
  caseMediationRef,
  closeMediationInput,
  correctAgreementInput,
  mediationRef,
  openFromApplicationInput,
  openMediationInput,
  printAgreementInput,
  printDocumentInput,
  recordFollowUpInput,
  recordRefusalInput,
  saveAgreementInput,
  saveJudicialInput,
  saveSessionInput,
  scheduleFollowUpInput,
  signAgreementInput,
  terminateInput,
  type MediationDashboard,
  type MediationDetail,
  type MediationStats,
} from '../mediation/schemas';

import {
  addItemFileInput,
  applyLoanInput,
  approveLoanInput,
  archiveSettingsInput,
  boxesRef,
  boxRef,
  cancelLoanInput,
  caseArchiveRef,
  catalogueFilterInput,
  createItemInput,
  decideDisposalInput,
  disposalRef,
  itemCodeRef,
  itemFileRef,
  itemRef,
  itemsRef,
  lendInput,
  listItemsInput,
  listLoansInput,
  loanEffectInput,
  loanRef,
  proposeDisposalInput,
  refuseLoanInput,
  registerInput,
  returnLoanInput,
  saveArchiveCategoriesInput,
  saveBoxInput,
  updateItemInput,
  type ArchiveBox,
  type ArchiveCategory,
  type ArchiveDashboard,
  type ArchiveItem,
  type ArchiveItemDetail,
  type ArchiveSettings,
  type ArchiveStats,
  type Borrower,
  type Disposal,
  type ItemPage,
  type Loan,
  type LoanPage,
} from '../archive/schemas';

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
} from '../duty/schemas';
import { watchSettingsInput, type WatchSettings } from '../watch/settings';
import { watchMonthInput, type DutyLogFiling, type WatchAnalysis } from '../watch/analysis';
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
} from '../watch/schemas';
import { caseSourceRef, toCaseInput, type EventOfCase } from '../watch/toCase';
import {
  handoverInput,
  handoverRef,
  listHandoversInput,
  type HandoverDone,
  type HandoverDraft,
  type HandoverPage,
} from '../watch/handover';

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
} from '../cameras/schemas';
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
} from '../footage/schemas';
import { formDraftRef, saveFormDraftInput, type FormDraft, type DraftSaved } from '../drafts/schemas';

/**
 * Who may call an endpoint: `public` needs no session (setup, login), `user`
 * any signed-in, unlocked account, or a list of roles.
 */
export type Access = 'public' | 'user' | readonly Role[];

/** One call of the API: its input schema, who may call it, what it returns. */
export interface Endpoint<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: the output type, carried for the typed clients. */
  readonly output?: O;
}

const endpoint =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): Endpoint<I, O> => ({ input, access });

/** A call that starts long work: it answers with a ticket, `jobs.result` with the output. */
export interface JobEndpoint<I extends z.ZodType, O> extends Endpoint<I, O> {
  readonly job: true;
}

const job =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): JobEndpoint<I, O> => ({ input, access, job: true });

const DIRECTOR = ['director'] as const;
/** Who works the ledger: staff and the director (operators join with the duty module). */
const LEDGER = ['director', 'staff'] as const;
/** Who uses the archive room: staff file and apply, the archivist keeps it; operators see nothing here. */
const ARCHIVE = ['director', 'staff', 'archivist'] as const;
/** Who keeps the catalogue in order (boxes, corrections, appraisal). */
const ARCHIVIST = ['director', 'archivist'] as const;
/** Who reads the duty roster and asks for swaps: the operators and the staff who also take shifts. */
const DUTY = ['director', 'staff', 'operator'] as const;
/** Who reads the watch (duty log, points, faults, footage register): the staff read, as issue 12 asks. */
const WATCH = ['director', 'staff', 'operator'] as const;
/** Who keeps the watch: operators run their own shifts, log, record faults, hand over; the director may too. */
const WATCH_OPS = ['director', 'operator'] as const;

/** A generated file crossing the boundary (xlsx, pdf, attachment). */
export interface FileOutput {
  fileName: string;
  mime: string;
  base64: string;
}

/**
 * The whole contract, declared once. Features carry the same names here, in
 * electron/core/features and in renderer/src/features.
 */
export const contract = {
  session: {
    status: endpoint<SessionStatus>()(empty, 'public'),
    login: endpoint<SessionStatus>()(loginInput, 'public'),
    logout: endpoint<SessionStatus>()(empty, 'public'),
    lock: endpoint<SessionStatus>()(empty, 'user'),
    unlock: endpoint<SessionStatus>()(unlockInput, 'public'),
    heartbeat: endpoint<SessionStatus>()(empty, 'public'),
    changePassword: endpoint<null>()(changePasswordInput, 'user'),
    recover: endpoint<SessionStatus>()(recoverInput, 'public'),
    /** Failed logins, unlocks and recoveries since the director's previous login (工作台). */
    loginFailures: endpoint<LoginFailureReport>()(empty, DIRECTOR),
  },
  setup: {
    initialise: endpoint<InitialiseOutput>()(initialiseInput, 'public'),
    recoveryKeySheet: endpoint<PdfOutput>()(recoveryKeySheetInput, DIRECTOR),
    confirmRecoveryKept: endpoint<SessionStatus>()(empty, DIRECTOR),
  },
  accounts: {
    list: endpoint<Account[]>()(empty, DIRECTOR),
    create: endpoint<Account>()(createAccountInput, DIRECTOR),
    update: endpoint<Account>()(updateAccountInput, DIRECTOR),
    disable: endpoint<Account>()(disableAccountInput, DIRECTOR),
    resetPassword: endpoint<Account>()(resetPasswordInput, DIRECTOR),
  },
  audit: {
    list: endpoint<AuditPage>()(listAuditInput, DIRECTOR),
    verify: endpoint<AuditVerification>()(empty, DIRECTOR),
  },
  settings: {
    get: endpoint<Settings>()(empty, 'user'),
    update: endpoint<Settings>()(updateSettingsInput, DIRECTOR),
  },
  /** The print fonts: the body font, Windows' SimSun-ExtB, the supplementary font the director adds. */
  fonts: {
    get: endpoint<FontSettings>()(empty, DIRECTOR),
    /** Adds or replaces the supplementary font (copied into the archive folder). */
    setSupplementary: endpoint<FontSettings>()(setSupplementaryFontInput, DIRECTOR),
    removeSupplementary: endpoint<FontSettings>()(empty, DIRECTOR),
    /** Which characters of a name no configured font can print (the warning at data entry). */
    check: endpoint<PrintableCheck>()(printableCheckInput, 'user'),
  },
  maintenance: {
    listBackups: endpoint<BackupInfo[]>()(empty, DIRECTOR),
    createBackup: job<BackupInfo>()(empty, DIRECTOR),
    /** Holds the archive to itself while it runs; the session ends once the backup is in place. */
    restoreBackup: job<SessionStatus>()(backupRefInput, DIRECTOR),
    /** 备份到…: a verified backup in a folder the director chose (a USB stick), as `backup --to` does. */
    backupTo: job<ExternalBackupInfo>()(externalFolderInput, DIRECTOR),
    /** The backups in a chosen folder, to restore one of them. */
    listBackupsIn: endpoint<ExternalBackups>()(externalFolderInput, DIRECTOR),
    /** 从…恢复: as restoreBackup, from a backup in a chosen folder; verified before anything changes. */
    restoreFrom: job<SessionStatus>()(externalBackupInput, DIRECTOR),
    checkIntegrity: job<IntegrityReport>()(empty, DIRECTOR),
    regenerateRecoveryKey: endpoint<InitialiseOutput>()(rekeyInput, DIRECTOR),
    /** Holds the archive to itself while it runs; the session goes on under the new key. */
    rekey: job<RekeyOutput>()(rekeyInput, DIRECTOR),
  },
  intake: {
    create: endpoint<Intake>()(createIntakeInput, LEDGER),
    list: endpoint<IntakePage>()(listIntakesInput, LEDGER),
  },
  cases: {
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
  },
  calendar: {
    getYear: endpoint<CalendarYear>()(yearRef, 'user'),
    saveYear: endpoint<CalendarYear>()(saveYearInput, DIRECTOR),
    removeYear: endpoint<CalendarYear>()(yearRef, DIRECTOR),
    preset: endpoint<DeadlinePreset>()(empty, 'user'),
    savePreset: endpoint<DeadlinePreset>()(deadlinePresetInput, DIRECTOR),
  },
  mediation: {
    forCase: endpoint<MediationDetail[]>()(caseMediationRef, LEDGER),
    get: endpoint<MediationDetail>()(mediationRef, LEDGER),
    open: endpoint<MediationDetail>()(openMediationInput, LEDGER),
    openFromApplication: endpoint<MediationDetail>()(openFromApplicationInput, LEDGER),
    recordRefusal: endpoint<CaseDetail>()(recordRefusalInput, LEDGER),
    markRightsNoticeSigned: endpoint<MediationDetail>()(mediationRef, LEDGER),
    saveSession: endpoint<MediationDetail>()(saveSessionInput, LEDGER),
    saveAgreement: endpoint<MediationDetail>()(saveAgreementInput, LEDGER),
    /** The PDF as it would print, without assigning a number or logging a print. */
    previewAgreement: endpoint<FileOutput>()(printAgreementInput, LEDGER),
    printAgreement: endpoint<FileOutput>()(printAgreementInput, LEDGER),
    signAgreement: endpoint<MediationDetail>()(signAgreementInput, LEDGER),
    correctAgreement: endpoint<MediationDetail>()(correctAgreementInput, LEDGER),
    terminate: endpoint<MediationDetail>()(terminateInput, LEDGER),
    scheduleFollowUp: endpoint<MediationDetail>()(scheduleFollowUpInput, LEDGER),
    recordFollowUp: endpoint<MediationDetail>()(recordFollowUpInput, LEDGER),
    saveJudicial: endpoint<MediationDetail>()(saveJudicialInput, LEDGER),
    close: job<MediationDetail>()(closeMediationInput, LEDGER),
    /** One document; the dossier is printed by `printDossier`. */
    printDocument: endpoint<FileOutput>()(printDocumentInput, LEDGER),
    /** 卷宗封面及卷内目录: before closing, every document is rendered to count its pages. */
    printDossier: job<FileOutput>()(mediationRef, LEDGER),
    dashboard: endpoint<MediationDashboard>()(empty, LEDGER),
    stats: endpoint<MediationStats>()(statsInput, LEDGER),
  },
  jobs: {
    /** Polling a job is not activity: a progress bar must not keep an idle session awake. */
    status: endpoint<JobStatus>()(jobRef, 'user'),
    cancel: endpoint<JobStatus>()(jobRef, 'user'),
    /** The output of a finished job (its type is the ticket's); it can be fetched once. */
    result: endpoint<unknown>()(jobRef, 'user'),
  },
  stats: {
    cases: endpoint<CaseStats>()(statsInput, LEDGER),
    exportCases: job<FileOutput>()(statsInput, LEDGER),
  },
  archive: {
    settings: endpoint<ArchiveSettings>()(empty, ARCHIVE),
    saveSettings: endpoint<ArchiveSettings>()(archiveSettingsInput, DIRECTOR),
    categories: endpoint<ArchiveCategory[]>()(empty, ARCHIVE),
    saveCategories: endpoint<ArchiveCategory[]>()(saveArchiveCategoriesInput, DIRECTOR),
    list: endpoint<ItemPage>()(listItemsInput, ARCHIVE),
    get: endpoint<ArchiveItemDetail>()(itemRef, ARCHIVE),
    /** A 档号 typed or scanned (the label's ASCII form too). */
    getByCode: endpoint<ArchiveItemDetail>()(itemCodeRef, ARCHIVE),
    /** The archive item a case's dossier was filed as, or null. */
    forCase: endpoint<ArchiveItemDetail | null>()(caseArchiveRef, LEDGER),
    create: endpoint<ArchiveItemDetail>()(createItemInput, ARCHIVE),
    update: endpoint<ArchiveItemDetail>()(updateItemInput, ARCHIVIST),
    addFile: endpoint<AttachmentInfo>()(addItemFileInput, ARCHIVE),
    getFile: endpoint<FileOutput>()(itemFileRef, ARCHIVE),
    boxes: endpoint<ArchiveBox[]>()(empty, ARCHIVE),
    saveBox: endpoint<ArchiveBox>()(saveBoxInput, ARCHIVIST),
    loans: endpoint<LoanPage>()(listLoansInput, ARCHIVE),
    /** Colleagues a loan may be made to (cases.staff is the ledger's and leaves the archivist out). */
    borrowers: endpoint<Borrower[]>()(empty, ARCHIVE),
    apply: endpoint<Loan>()(applyLoanInput, ARCHIVE),
    approve: endpoint<Loan>()(approveLoanInput, DIRECTOR),
    refuse: endpoint<Loan>()(refuseLoanInput, DIRECTOR),
    lend: endpoint<Loan>()(lendInput, ARCHIVE),
    renew: endpoint<Loan>()(loanRef, ARCHIVE),
    returnLoan: endpoint<Loan>()(returnLoanInput, ARCHIVE),
    cancelLoan: endpoint<Loan>()(cancelLoanInput, ARCHIVE),
    recordEffect: endpoint<Loan>()(loanEffectInput, ARCHIVE),
    dashboard: endpoint<ArchiveDashboard>()(empty, ARCHIVE),
    /** Items whose retention period has ended (到期鉴定). */
    expired: endpoint<ArchiveItem[]>()(empty, ARCHIVIST),
    disposals: endpoint<Disposal[]>()(empty, ARCHIVIST),
    proposeDisposal: endpoint<Disposal>()(proposeDisposalInput, ARCHIVIST),
    decideDisposal: endpoint<Disposal>()(decideDisposalInput, DIRECTOR),
    stats: endpoint<ArchiveStats>()(statsInput, ARCHIVE),
    printRecall: endpoint<FileOutput>()(loanRef, ARCHIVE),
    printBoxNote: endpoint<FileOutput>()(boxRef, ARCHIVIST),
    exportCatalogue: job<FileOutput>()(catalogueFilterInput, ARCHIVE),
    exportLoans: job<FileOutput>()(registerInput, ARCHIVE),
    printCatalogue: job<FileOutput>()(catalogueFilterInput, ARCHIVE),
    printRegister: job<FileOutput>()(registerInput, ARCHIVE),
    printLabels: job<FileOutput>()(itemsRef, ARCHIVE),
    printSpines: job<FileOutput>()(boxesRef, ARCHIVIST),
    printDisposal: job<FileOutput>()(disposalRef, ARCHIVIST),
  },
  duty: {
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
  },
  /** The watch itself (值班日志, issue 12): shifts kept, events logged, dispatches supervised. */
  watch: {
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
  },
  /** 点位与设备 (issue 12 §1, §5): camera points, equipment faults, the shift's check, 在线率. */
  cameras: {
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
  },
  /**
   * 录像调取登记 (issue 12 §7): requests, the director's approval before any copy,
   * the copies. Append-only: no call changes or deletes an entry; a correction is a new one.
   */
  footage: {
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
  },
  /**
   * What the signed-in user typed into a form and has not saved (issue 13 §1),
   * kept in the archive per account; nobody reaches another account's drafts.
   */
  drafts: {
    get: endpoint<FormDraft | null>()(formDraftRef, 'user'),
    save: endpoint<DraftSaved>()(saveFormDraftInput, 'user'),
    discard: endpoint<null>()(formDraftRef, 'user'),
  },
  /**
   * Bringing the centre's old records in (issue 14): read the file and propose
   * the mapping, check every row (the dry run), import. The director's work.
   */
  imports: {
    inspectLedger: job<ImportInspection>()(importLedgerInput, DIRECTOR),
    checkLedger: job<ImportReport>()(importLedgerInput, DIRECTOR),
    importLedger: job<ImportReport>()(importLedgerInput, DIRECTOR),
    inspectCatalogue: job<ImportInspection>()(importCatalogueInput, DIRECTOR),
    checkCatalogue: job<ImportReport>()(importCatalogueInput, DIRECTOR),
    importCatalogue: job<ImportReport>()(importCatalogueInput, DIRECTOR),
  },
} as const;

export type Contract = typeof contract;
export type Feature = keyof Contract;
export type ActionOf<F extends Feature> = keyof Contract[F] & string;

type EndpointInput<E> = E extends Endpoint<infer I, unknown> ? z.input<I> : never;
type EndpointOutput<E> = E extends Endpoint<z.ZodType, infer O> ? O : never;

/** Whether an action is a job (answers with a ticket) rather than a plain call. */
export type IsJob<F extends Feature, A extends ActionOf<F>> = Contract[F][A] extends { job: true }
  ? true
  : false;

/** The input an action accepts, as the caller writes it. */
export type InputOf<F extends Feature, A extends ActionOf<F>> = EndpointInput<Contract[F][A]>;
/** The value an action answers with. */
export type OutputOf<F extends Feature, A extends ActionOf<F>> = EndpointOutput<Contract[F][A]>;

/** `window.api`: the same typed object over IPC (preload) and over HTTP. */
export type Api = {
  [F in Feature]: {
    [A in ActionOf<F>]: (
      input: InputOf<F, A>,
    ) => Promise<Result<IsJob<F, A> extends true ? JobTicket<OutputOf<F, A>> : OutputOf<F, A>>>;
  };
};

/** The channel of an action: `feature:kebab-action`, e.g. `accounts:reset-password`. */
export const channelOf = (feature: string, action: string): string =>
  `${feature}:${action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every (feature, action, channel) triple of the contract. */
export const allChannels = (): { feature: Feature; action: string; channel: string }[] =>
  (Object.keys(contract) as Feature[]).flatMap((feature) =>
    Object.keys(contract[feature]).map((action) => ({
      feature,
      action,
      channel: channelOf(feature, action),
    })),
  );

/** The channels whose calls start a job (they answer with a ticket). */
export const jobChannels = (): Set<string> =>
  new Set(
    allChannels()
      .filter(({ feature, action }) => 'job' in contract[feature][action as ActionOf<typeof feature>])
      .map(({ channel }) => channel),
  );
