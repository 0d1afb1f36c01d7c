import { endpoint, job, type FileOutput } from '../endpoint';
import { LEDGER } from '../access';
import { empty } from '../fields';
import type { CaseDetail } from '../../cases/schemas';
import { statsInput } from '../../stats/schemas';
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
} from '../../mediation/schemas';

/** 人民调解: a case's mediations, their documents, agreements and dossier. */
export const mediationContract = {
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
} as const;
