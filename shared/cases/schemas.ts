import { z } from 'zod';
import { dateField, dateTimeField, id, optionalText, text } from '../api/fields';
import { halfWidth } from '../halfWidth';
import { isValidPhone, parseIdNumber } from '../privacy/identity';
import {
  CASE_SOURCES,
  DIFFICULTIES,
  keysOf,
  MAJOR_REASONS,
  OUTCOMES,
  RISK_LEVELS,
  ROUTES,
  SATISFACTION,
  SEXES,
  type CaseSource,
  type Difficulty,
  type MajorReason,
  type Outcome,
  type RiskLevel,
  type Route,
  type Satisfaction,
  type Sex,
} from './codes';
import { CASE_STATUSES, type CaseStatus } from './status';
import type { DeadlineState } from './deadline';
import type { ImportFlag } from '../import/ledgerRow';

export const phone = z
  .string()
  .overwrite(halfWidth)
  .trim()
  .max(20, { error: '联系电话不能超过 20 位' })
  .refine((p) => p === '' || isValidPhone(p), { error: '联系电话格式不正确（手机 11 位，座机请带区号）' })
  .optional();

export const idNumber = z
  .string()
  .overwrite(halfWidth)
  .trim()
  .max(18)
  .transform((s) => s.toUpperCase())
  .refine((s) => s === '' || parseIdNumber(s).ok, {
    error: (issue) => {
      const r = parseIdNumber(String(issue.input));
      return r.ok ? '身份证号不正确' : r.message;
    },
  })
  .optional();

/** A party: a person, or an organisation with its representative (domain.md). */
export const personParty = z
  .object({
    kind: z.literal('person'),
    name: text('当事人姓名', 30),
    sex: z.enum(keysOf(SEXES)).optional(),
    ethnicity: optionalText('民族', 10),
    birthDate: dateField('出生日期').optional(),
    age: z.number().int().min(0).max(150).optional(),
    idNumber,
    phone,
    occupation: optionalText('职业或职务', 40),
    address: optionalText('单位或住址', 100),
    grid: optionalText('网格', 30),
  })
  .strict();

export const organisationParty = z
  .object({
    kind: z.literal('organisation'),
    name: text('单位名称', 60),
    address: optionalText('单位地址', 100),
    representative: text('法定代表人或负责人', 30),
    representativeTitle: optionalText('代表人职务', 30),
    phone,
  })
  .strict();

export const partyInput = z.discriminatedUnion('kind', [personParty, organisationParty], {
  error: '当事人类型不正确',
});
export type PartyInput = z.infer<typeof partyInput>;

const majorReasons = z.array(z.enum(keysOf(MAJOR_REASONS))).max(7);

/** Every field the ledger records (domain.md, Module 1). */
export const caseFields = {
  source: z.enum(keysOf(CASE_SOURCES), { error: '请选择来源' }),
  handlerId: id.optional(),
  categoryId: id,
  occurredAt: dateTimeField('发生时间').optional(),
  place: optionalText('发生地点', 100),
  peopleCount: z.number().int().min(0).max(100_000).optional(),
  /** 涉及金额, in yuan with at most two decimals. */
  amount: z.number().min(0).max(1e12).multipleOf(0.01).optional(),
  summary: text('简要情况', 2000),
  demands: optionalText('诉求', 1000),
  risk: z.enum(keysOf(RISK_LEVELS), { error: '请选择风险等级' }),
  difficulty: z.enum(keysOf(DIFFICULTIES), { error: '请选择难易程度' }),
  majorReasons,
  route: z.enum(keysOf(ROUTES)).optional(),
  notes: optionalText('备注', 1000),
  parties: z.array(partyInput).min(1, { error: '至少登记一名当事人' }).max(50),
};

export const createCaseInput = z
  .object({
    ...caseFields,
    /** 登记时间; defaults to now. */
    registeredAt: dateTimeField('登记时间').optional(),
    intakeId: id.optional(),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const updateCaseInput = z.object({ id, ...caseFields }).strict();
export type UpdateCaseInput = z.infer<typeof updateCaseInput>;

export const transitionInput = z
  .object({
    id,
    to: z.enum(keysOf(CASE_STATUSES)),
    note: optionalText('说明', 500),
    outcome: z.enum(keysOf(OUTCOMES)).optional(),
    result: optionalText('处理结果', 2000),
    reason: optionalText('中止原因', 500),
    followUp: z
      .object({
        at: dateTimeField('回访时间'),
        method: text('回访方式', 20),
        note: text('回访情况', 1000),
        satisfaction: z.enum(keysOf(SATISFACTION)),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionInput>;

export const escalateInput = z
  .object({ id, at: dateTimeField('上报时间'), to: text('上报对象', 60), note: optionalText('说明', 500) })
  .strict();
export const extendDeadlineInput = z
  .object({ id, deadline: dateField('新的办理期限'), reason: text('延期理由', 500) })
  .strict();

export const CASE_SORT_FIELDS = ['registeredAt', 'code', 'deadline', 'status', 'amount'] as const;
export const listCasesInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    sort: z.enum(CASE_SORT_FIELDS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    status: z
      .array(z.enum(keysOf(CASE_STATUSES)))
      .max(8)
      .optional(),
    categoryId: id.optional(),
    source: z.enum(keysOf(CASE_SOURCES)).optional(),
    difficulty: z.enum(keysOf(DIFFICULTIES)).optional(),
    handlerId: id.optional(),
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    overdueOnly: z.boolean().optional(),
    majorOnly: z.boolean().optional(),
    /** Full-text search (FTS5 trigram) over parties' names, summary, place, notes; ≥ 2 characters. */
    q: z.string().trim().max(50, { error: '搜索词不能超过 50 个字' }).optional(),
  })
  .strict();
export type ListCasesInput = z.infer<typeof listCasesInput>;

export const attachmentInput = z
  .object({
    caseId: id,
    fileName: text('文件名', 200),
    mime: z.enum(['image/jpeg', 'image/png', 'application/pdf', 'image/webp'], {
      error: '只接受照片（JPG/PNG/WebP）或 PDF',
    }),
    /** base64; 20 MB of file is about 27 MB of text. */
    base64: z.string().max(28_000_000, { error: '附件不能超过 20 MB' }),
  })
  .strict();
export const attachmentRef = z.object({ id }).strict();
export const caseRef = z.object({ id }).strict();
export const caseCodeRef = z
  .object({ code: z.string().regex(/^\d{4}-\d{6}$/, { error: '案件编号格式应为 2026-000123' }) })
  .strict();

/** One party as stored; `idNumber`/`phone` arrive masked in lists, whole on the record. */
export interface Party {
  id: number;
  kind: 'person' | 'organisation';
  name: string;
  sex: Sex | null;
  ethnicity: string | null;
  birthDate: string | null;
  age: number | null;
  idNumber: string | null;
  phone: string | null;
  occupation: string | null;
  address: string | null;
  grid: string | null;
  representative: string | null;
  representativeTitle: string | null;
}

/** A ledger row. */
export interface CaseRow {
  id: number;
  code: string;
  registeredAt: string;
  source: CaseSource;
  category: string;
  partyNames: string;
  summary: string;
  difficulty: Difficulty;
  risk: RiskLevel;
  major: boolean;
  status: CaseStatus;
  handlerName: string | null;
  deadline: string | null;
  deadlineState: DeadlineState;
  amount: number | null;
}

export interface CasePage {
  rows: CaseRow[];
  total: number;
}

export interface CaseEvent {
  id: number;
  at: string;
  actorName: string;
  kind:
    | 'created'
    | 'transition'
    | 'updated'
    | 'escalated'
    | 'deadline-extended'
    | 'attachment'
    | 'follow-up'
    | 'mediation';
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: string;
}

/** The whole record, parties unmasked. */
export interface CaseDetail extends CaseRow {
  firstContactName: string;
  firstContactId: number;
  handlerId: number | null;
  categoryId: number;
  occurredAt: string | null;
  place: string | null;
  peopleCount: number | null;
  demands: string | null;
  majorReasons: MajorReason[];
  escalatedAt: string | null;
  escalatedTo: string | null;
  route: Route | null;
  outcome: Outcome | null;
  result: string | null;
  closedAt: string | null;
  suspendedReason: string | null;
  extensionReason: string | null;
  followUpAt: string | null;
  followUpMethod: string | null;
  followUpNote: string | null;
  satisfaction: Satisfaction | null;
  notes: string | null;
  intakeId: number | null;
  parties: Party[];
  events: CaseEvent[];
  attachments: AttachmentInfo[];
  /** A people's mediation of the case is under way (it then moves the case, not the ledger's buttons). */
  mediationOpen: boolean;
  /** Brought in from an old ledger (issue 14): its 原编号 and the file; null for a case registered here. */
  imported: CaseImport | null;
}

/** Where an imported case came from, and the values kept but flagged (an ID number that failed its check). */
export interface CaseImport {
  legacyCode: string | null;
  fileName: string;
  /** Its row in that file, as Excel numbers rows. */
  row: number | null;
  importedAt: string;
  importedBy: string;
  flags: ImportFlag[];
}

export interface Category {
  id: number;
  label: string;
  active: boolean;
}

export const saveCategoriesInput = z
  .object({
    categories: z
      .array(z.object({ id: id.optional(), label: text('纠纷类型', 20), active: z.boolean() }).strict())
      .min(1)
      .max(100),
  })
  .strict();

/** The dashboard's view of the user's cases. */
export interface CaseDashboard {
  due: CaseRow[];
  overdue: CaseRow[];
  majorOpen: CaseRow[];
}

export interface StaffOption {
  id: number;
  displayName: string;
}

export const exportLedgerInput = listCasesInput
  .omit({ page: true, pageSize: true })
  .extend({ fullIdentity: z.boolean().optional() })
  .strict();

export const columnPrefsInput = z.object({ hidden: z.array(z.string().max(40)).max(40) }).strict();
export interface ColumnPrefs {
  hidden: string[];
}

export type { CaseStatus };
