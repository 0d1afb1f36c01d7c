import { z } from 'zod';
import { dateField, dateTimeField, id, optionalText, text } from '../api/fields';
import { keysOf, SATISFACTION, type Satisfaction } from '../cases/codes';
import { createCaseInput } from '../cases/schemas';
import {
  AGREEMENT_KINDS,
  FOLLOW_UP_METHODS,
  INTAKE_FORMS,
  JUDICIAL_RULINGS,
  JUDICIAL_VARIANTS,
  MEDIATION_DOCUMENTS,
  MEDIATION_SOURCES,
  PERFORMANCE_STATES,
  RETENTION_PERIODS,
  type AgreementKind,
  type AgreementStatus,
  type FollowUpMethod,
  type IntakeForm,
  type JudicialRuling,
  type MediationSource,
  type MediationStatus,
  type MediationStepKey,
  type PerformanceState,
  type RetentionPeriod,
} from './codes';

const names = (label: string) =>
  z
    .array(text(label, 30))
    .min(1, { error: `至少填写一名${label}` })
    .max(10, { error: `${label}最多 10 名` });

/** What opening a mediation records (人民调解法第17条: only with the parties' consent). */
export const mediationFields = {
  source: z.enum(keysOf(MEDIATION_SOURCES), { error: '请选择调解来源' }),
  intakeForm: z.enum(keysOf(INTAKE_FORMS), { error: '请选择申请书或受理登记表' }),
  /** 申请事项 / 受理意见 */
  requests: optionalText('申请事项', 1000),
  mediators: names('人民调解员'),
  recorder: text('记录人', 30),
  /** 邀请参加人员 (Art. 20: relatives, neighbours, experts …) */
  participants: optionalText('邀请参加人员', 300),
  place: optionalText('调解地点', 100),
};

export const openMediationInput = z
  .object({ caseId: id, openedAt: dateTimeField('受理时间').optional(), ...mediationFields })
  .strict();
export type OpenMediationInput = z.infer<typeof openMediationInput>;

/** A direct application: the case is registered and the mediation opened in one step. */
export const openFromApplicationInput = z
  .object({
    case: createCaseInput,
    mediation: z.object({ openedAt: dateTimeField('受理时间').optional(), ...mediationFields }).strict(),
  })
  .strict();

/** A party who clearly refuses is recorded and no mediation is opened (人民调解法第17条). */
export const recordRefusalInput = z
  .object({ caseId: id, partyName: text('拒绝调解的当事人', 60), note: optionalText('说明', 500) })
  .strict();

export const mediationRef = z.object({ id }).strict();
export const caseMediationRef = z.object({ caseId: id }).strict();

const stepText = (label: string) => optionalText(label, 5000);

/** One sitting (调解记录), walking the seed's procedure steps 1–5. */
export const saveSessionInput = z
  .object({
    mediationId: id,
    /** Absent: a new session. */
    sessionId: id.optional(),
    startedAt: dateTimeField('开始时间'),
    endedAt: dateTimeField('结束时间').optional(),
    place: text('调解地点', 100),
    attendees: optionalText('参加人', 300),
    steps: z
      .object({
        announce: stepText('宣布参加人员和注意事项'),
        explain: stepText('说明性质原则、告知权利义务'),
        statements: stepText('当事人陈述及证据'),
        questioning: stepText('询问与核对证据'),
        persuasion: stepText('说服疏导'),
      })
      .strict(),
    outcome: optionalText('本次调解结果', 2000),
  })
  .strict()
  .refine((s) => !s.endedAt || s.endedAt >= s.startedAt, {
    error: '结束时间不能早于开始时间',
    path: ['endedAt'],
  });
export type SaveSessionInput = z.infer<typeof saveSessionInput>;

/** The agreement's text (人民调解法第29条). Saving a signed agreement is refused. */
export const saveAgreementInput = z
  .object({
    mediationId: id,
    /** Absent: the mediation's first agreement. */
    agreementId: id.optional(),
    kind: z.enum(keysOf(AGREEMENT_KINDS), { error: '请选择书面协议或口头协议' }),
    facts: text('纠纷主要事实、争议事项', 5000),
    responsibility: optionalText('各方责任', 2000),
    terms: z
      .array(text('协议条款', 1000))
      .min(1, { error: '至少填写一条协议内容' })
      .max(30, { error: '协议条款最多 30 条' }),
    performance: text('履行方式、时限', 2000),
    performBy: dateField('履行期限').optional(),
    /** 协议涉及金额, yuan. */
    amount: z.number().min(0).max(1e12).multipleOf(0.01).optional(),
  })
  .strict();
export type SaveAgreementInput = z.infer<typeof saveAgreementInput>;

/** Print all copies, or one copy (1-based: the parties' copies first, then the archive's). */
export const printAgreementInput = z
  .object({ agreementId: id, copy: z.number().int().min(1).max(51).optional() })
  .strict();

/** Marking signed freezes the agreement; the effective date starts the 30-day window (Art. 33). */
export const signAgreementInput = z.object({ agreementId: id, signedOn: dateField('生效日期') }).strict();

export const correctAgreementInput = z.object({ agreementId: id, reason: text('更正原因', 500) }).strict();

/** 终止调解 (Art. 26): the reason, and the parties told of their other routes. */
export const terminateInput = z
  .object({
    id,
    reason: text('终止原因', 1000),
    informed: z.literal(true, { error: '请确认已告知当事人可通过仲裁、行政、司法等途径维护权利' }),
  })
  .strict();

export const scheduleFollowUpInput = z
  .object({ mediationId: id, dueOn: dateField('回访日期'), reason: text('回访事由', 200) })
  .strict();

/** 人民调解回访记录 (domain.md). */
export const recordFollowUpInput = z
  .object({
    mediationId: id,
    /** A scheduled visit being recorded; absent for an unscheduled one. */
    followUpId: id.optional(),
    visitedAt: dateTimeField('回访时间'),
    method: z.enum(keysOf(FOLLOW_UP_METHODS), { error: '请选择回访方式' }),
    reason: text('回访事由', 200),
    performance: z.enum(keysOf(PERFORMANCE_STATES), { error: '请选择协议履行情况' }),
    satisfaction: z.enum(keysOf(SATISFACTION), { error: '请选择当事人满意度' }),
    risk: optionalText('是否存在新的风险', 500),
    note: optionalText('回访情况', 1000),
    visitor: text('回访人', 30),
  })
  .strict();
export type RecordFollowUpInput = z.infer<typeof recordFollowUpInput>;

/** 司法确认 (Art. 33): the court, its case number and ruling. */
export const saveJudicialInput = z
  .object({
    id,
    court: text('受理法院', 60),
    appliedOn: dateField('申请日期').optional(),
    caseNumber: optionalText('法院案号', 60),
    ruling: z.enum(keysOf(JUDICIAL_RULINGS)).optional(),
    ruledOn: dateField('裁定日期').optional(),
    note: optionalText('备注', 500),
  })
  .strict();

/** 结案归卷: the dossier is completed with its retention period. */
export const closeMediationInput = z
  .object({
    id,
    retention: z.enum(keysOf(RETENTION_PERIODS), { error: '请选择保管期限' }),
    title: optionalText('卷名', 100),
    preventedCriminal: z.boolean().optional(),
    preventedPetition: z.boolean().optional(),
  })
  .strict();

export const printDocumentInput = z
  .object({
    mediationId: id,
    document: z.enum(keysOf(MEDIATION_DOCUMENTS)),
    /** For `session`: which sitting; for `followUp`: which visit. */
    itemId: id.optional(),
    /** For `judicial`. */
    variant: z.enum(keysOf(JUDICIAL_VARIANTS)).optional(),
  })
  .strict();

export interface MediationSession {
  id: number;
  no: number;
  startedAt: string;
  endedAt: string | null;
  place: string;
  attendees: string | null;
  steps: Record<MediationStepKey, string | null>;
  outcome: string | null;
  recordedBy: string;
}

export interface AgreementPrint {
  id: number;
  at: string;
  byName: string;
  /** e.g. 全部（共3份） or 第2份 当事人李四收执 */
  copies: string;
  reprint: boolean;
}

export interface Agreement {
  id: number;
  version: number;
  kind: AgreementKind;
  status: AgreementStatus;
  /** Assigned once, at first print. */
  number: string | null;
  facts: string;
  responsibility: string | null;
  terms: string[];
  performance: string;
  performBy: string | null;
  amount: number | null;
  /** Parties + 1 (Art. 29); 0 for an oral agreement. */
  copies: number;
  copyLabels: string[];
  signedOn: string | null;
  /** SHA-256 of the PDF as signed. */
  pdfSha256: string | null;
  supersedesId: number | null;
  correctionReason: string | null;
  createdAt: string;
  createdBy: string;
  prints: AgreementPrint[];
}

export interface FollowUp {
  id: number;
  dueOn: string | null;
  reason: string;
  visitedAt: string | null;
  method: FollowUpMethod | null;
  performance: PerformanceState | null;
  satisfaction: Satisfaction | null;
  risk: string | null;
  note: string | null;
  visitor: string | null;
}

export interface JudicialConfirmation {
  /** The last day to apply: 30 days from the agreement taking effect. */
  deadline: string | null;
  daysLeft: number | null;
  court: string | null;
  appliedOn: string | null;
  caseNumber: string | null;
  ruling: JudicialRuling | null;
  ruledOn: string | null;
  note: string | null;
}

export interface DossierEntry {
  key: string;
  title: string;
  pages: number;
  range: string;
}

export interface Dossier {
  number: string | null;
  title: string;
  retention: RetentionPeriod | null;
  filedAt: string | null;
  filedBy: string | null;
  entries: DossierEntry[];
}

export interface MediationDetail {
  id: number;
  caseId: number;
  caseCode: string;
  category: string;
  partyNames: string;
  status: MediationStatus;
  source: MediationSource;
  intakeForm: IntakeForm;
  requests: string | null;
  mediators: string[];
  recorder: string;
  participants: string | null;
  place: string | null;
  openedAt: string;
  openedBy: string;
  rightsNoticeSignedAt: string | null;
  terminatedAt: string | null;
  terminationReason: string | null;
  closedAt: string | null;
  preventedCriminal: boolean;
  preventedPetition: boolean;
  sessions: MediationSession[];
  /** Every version, newest first. */
  agreements: Agreement[];
  followUps: FollowUp[];
  judicial: JudicialConfirmation;
  dossier: Dossier;
}

/** A row of the dashboard's mediation lists. */
export interface MediationDue {
  mediationId: number;
  caseId: number;
  caseCode: string;
  partyNames: string;
  /** The judicial-confirmation deadline or the follow-up's due date. */
  date: string;
  daysLeft: number;
  what: string;
}

export interface MediationDashboard {
  judicialDeadlines: MediationDue[];
  followUpsDue: MediationDue[];
}

export interface MediationFigures {
  from: string;
  to: string;
  accepted: number;
  succeeded: number;
  terminated: number;
  /** succeeded / (succeeded + terminated); null when none ended. */
  successRate: number | null;
  amountTotal: number;
  preventedCriminal: number;
  preventedPetition: number;
}

/** The monthly mediation statistics (domain.md, Module 2). */
export interface MediationStats {
  period: MediationFigures;
  previous: MediationFigures;
  lastYear: MediationFigures;
  bySource: { key: MediationSource; label: string; count: number }[];
  byCategory: { key: string; label: string; count: number; succeeded: number }[];
  byMonth: { month: string; accepted: number; succeeded: number }[];
}
