import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import { idNumber, phone, type AttachmentInfo } from '../cases/schemas';
import { keysOf } from '../cases/codes';
import { CLASSIFICATIONS, patternProblem, RETENTIONS, type Classification, type Retention } from './codes';
import {
  LOAN_CONDITIONS,
  LOAN_MODES,
  LOAN_PURPOSES,
  type DueState,
  type LoanCondition,
  type LoanMode,
  type LoanPurpose,
  type LoanStatus,
} from './loans';

/** The archive catalogue and borrowing (domain.md, Module 3): inputs at the boundary and what comes back. */

const retention = z.enum(keysOf(RETENTIONS), { error: '请选择保管期限' });
const classification = z.enum(keysOf(CLASSIFICATIONS), { error: '请选择密级' });
const year = z
  .number({ error: '年度必须是数字' })
  .int({ error: '年度必须是整数' })
  .min(1949, { error: '年度不能早于 1949 年' })
  .max(2100, { error: '年度不能晚于 2100 年' });
const pages = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(0, { error: `${label}不能小于 0` })
    .max(100_000, { error: `${label}不能超过 100000` });
const categoryCode = z
  .string({ error: '门类代码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s), { error: '门类代码为 2 个大写字母，如 TJ' });

// ——— settings ———

export interface ArchiveSettings {
  /** 全宗号, e.g. J001. */
  fonds: string;
  /** 全宗名称 printed on the catalogue's cover (defaults to the centre's name). */
  fondsName: string;
  codePattern: string;
  loanDays: number;
  importantLoanDays: number;
  renewals: number;
  warnDays: number;
}

const days = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(min, { error: `${label}至少 ${min} 天` })
    .max(max, { error: `${label}不能超过 ${max} 天` });

export const archiveSettingsInput = z
  .object({
    fonds: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .refine((s) => /^[A-Z0-9]{1,8}$/.test(s), { error: '全宗号为 1—8 位字母或数字，如 J001' }),
    fondsName: optionalText('全宗名称', 60),
    codePattern: text('档号格式', 60).superRefine((p, ctx) => {
      const problem = patternProblem(p);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    loanDays: days('借出期限', 1, 90),
    importantLoanDays: days('重要档案借出期限', 1, 90),
    renewals: z.number().int().min(0, { error: '续借次数不能小于 0' }).max(3, { error: '续借最多 3 次' }),
    warnDays: days('到期提醒提前天数', 0, 30),
  })
  .strict();

// ——— 门类 dictionary ———

export interface ArchiveCategory {
  code: string;
  name: string;
  retired: boolean;
  /** Items filed under it (a used code cannot be renamed away). */
  itemCount: number;
}

export const saveArchiveCategoriesInput = z
  .object({
    categories: z
      .array(z.object({ code: categoryCode, name: text('门类名称', 20), retired: z.boolean() }).strict())
      .min(1, { error: '至少保留一个门类' })
      .max(60),
  })
  .strict();

// ——— boxes ———

export interface ArchiveBox {
  id: number;
  boxNo: string;
  cabinet: string;
  /** 柜-盒, as shown in 存放位置. */
  location: string;
  note: string | null;
  filedBy: string | null;
  checkedBy: string | null;
  checkedOn: string | null;
  itemCount: number;
  pageCount: number;
  firstCode: string | null;
  lastCode: string | null;
}

export const saveBoxInput = z
  .object({
    id: id.optional(),
    boxNo: text('盒号', 20),
    cabinet: text('柜号', 20),
    note: optionalText('盒内文件情况说明', 500),
    filedBy: optionalText('整理人', 30),
    checkedBy: optionalText('检查人', 30),
    checkedOn: dateField('检查日期').optional(),
  })
  .strict();

export const boxRef = z.object({ id }).strict();
export const boxesRef = z.object({ ids: z.array(id).min(1, { error: '请选择档案盒' }).max(200) }).strict();

// ——— items ———

const itemFields = {
  title: text('题名', 200),
  categoryCode,
  year,
  retention,
  classification,
  docNumber: optionalText('文号', 60),
  responsible: text('责任者', 60),
  date: dateField('日期').optional(),
  pages: pages('页数'),
  important: z.boolean().optional(),
  boxId: id.nullable().optional(),
  note: optionalText('备注', 500),
};

export const createItemInput = z.object(itemFields).strict();
export type CreateItemInput = z.infer<typeof createItemInput>;

/**
 * What may change after filing: not 门类, 年度 or 保管期限 — they are part of
 * the 档号, which is never reissued (DA/T 13: 稳定性).
 */
export const updateItemInput = z
  .object({
    id,
    title: itemFields.title,
    classification,
    docNumber: itemFields.docNumber,
    responsible: itemFields.responsible,
    date: itemFields.date,
    pages: itemFields.pages,
    important: itemFields.important,
    boxId: itemFields.boxId,
    note: itemFields.note,
  })
  .strict();

export const itemRef = z.object({ id }).strict();
export const itemCodeRef = z.object({ code: text('档号', 60) }).strict();
export const caseArchiveRef = z.object({ caseId: id }).strict();
export const itemsRef = z.object({ ids: z.array(id).min(1, { error: '请选择档案' }).max(500) }).strict();

export const ITEM_SORT_FIELDS = ['code', 'date', 'title', 'createdAt'] as const;

export const listItemsInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    sort: z.enum(ITEM_SORT_FIELDS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    /** Title, 档号, 文号, 责任者, notes (FTS5 trigram, as the ledger); a 档号 typed or scanned finds its item. */
    q: z.string().trim().max(60, { error: '搜索词不能超过 60 个字' }).optional(),
    categoryCode: z.string().max(2).optional(),
    year: year.optional(),
    retention: retention.optional(),
    classification: classification.optional(),
    boxId: id.optional(),
    unboxed: z.boolean().optional(),
    onLoan: z.boolean().optional(),
    /** 'kept' (default) or 'destroyed'; both with 'all'. */
    state: z.enum(['kept', 'destroyed', 'all']).optional(),
  })
  .strict();
export type ListItemsInput = z.infer<typeof listItemsInput>;
export const catalogueFilterInput = listItemsInput.omit({ page: true, pageSize: true }).strict();

export const addItemFileInput = z
  .object({
    itemId: id,
    fileName: text('文件名', 200),
    mime: z.enum(['image/jpeg', 'image/png', 'application/pdf', 'image/webp'], {
      error: '只接受扫描件（JPG/PNG/WebP）或 PDF',
    }),
    base64: z.string().max(28_000_000, { error: '文件不能超过 20 MB' }),
  })
  .strict();
export const itemFileRef = z.object({ id }).strict();

/** One document of a filed dossier (卷内目录). */
export interface ContentsEntry {
  title: string;
  pages: number;
  range: string;
}

export interface ArchiveItem {
  id: number;
  code: string;
  /** The code as a scanner types it (the label's QR). */
  scanCode: string;
  fonds: string;
  categoryCode: string;
  categoryName: string;
  year: number;
  retention: Retention;
  serial: number;
  docNumber: string | null;
  title: string;
  responsible: string;
  date: string | null;
  classification: Classification;
  pages: number;
  important: boolean;
  boxId: number | null;
  location: string | null;
  note: string | null;
  destroyed: boolean;
  caseId: number | null;
  caseCode: string | null;
  /** The loan it is out on, if any. */
  onLoanId: number | null;
  createdAt: string;
  createdBy: string;
}

export interface ArchiveItemDetail extends ArchiveItem {
  contents: ContentsEntry[];
  files: AttachmentInfo[];
  loans: Loan[];
  destroyedAt: string | null;
  destroyedBy: string | null;
  destroyReason: string | null;
  retentionEndYear: number | null;
  /** Where an item brought in from an old 档案目录 came from (issue 14, item 5). */
  imported: ItemImport | null;
}

export interface ItemImport {
  /** The 档号 it had, when it was numbered afresh on import. */
  legacyCode: string | null;
  fileName: string;
  /** Its row in that file, as Excel numbers rows. */
  row: number | null;
  importedAt: string;
  importedBy: string;
}

export interface ItemPage {
  rows: ArchiveItem[];
  total: number;
  page: number;
  pageSize: number;
}

// ——— loans ———

export const applyLoanInput = z
  .object({
    itemId: id,
    mode: z.enum(keysOf(LOAN_MODES), { error: '请选择借阅方式' }),
    borrowerKind: z.enum(['staff', 'outside'], { error: '请选择借阅人' }),
    /** For staff: the account; for an outside borrower the fields below. */
    borrowerAccountId: id.optional(),
    borrowerName: optionalText('借阅人姓名', 30),
    borrowerUnit: optionalText('单位或部门', 60),
    borrowerPhone: phone,
    borrowerIdNumber: idNumber,
    letter: optionalText('介绍信或公函', 100),
    purpose: z.enum(keysOf(LOAN_PURPOSES), { error: '请选择利用目的' }),
    purposeNote: optionalText('借阅事由', 200),
    days: z.number().int().min(0).max(90, { error: '借阅期限不能超过 90 天' }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.borrowerKind === 'staff' && v.borrowerAccountId === undefined)
      ctx.addIssue({ code: 'custom', message: '请选择借阅的工作人员', path: ['borrowerAccountId'] });
    if (v.borrowerKind === 'outside') {
      if (!v.borrowerName)
        ctx.addIssue({ code: 'custom', message: '请填写借阅人姓名', path: ['borrowerName'] });
      if (!v.borrowerUnit)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须填写单位', path: ['borrowerUnit'] });
      // The register's 联系电话, and how a 催还通知单 reaches someone outside the centre.
      if (!v.borrowerPhone)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须留联系电话', path: ['borrowerPhone'] });
      if (!v.borrowerIdNumber)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须登记身份证号', path: ['borrowerIdNumber'] });
      if (!v.letter)
        ctx.addIssue({ code: 'custom', message: '外单位借阅须有介绍信或公函', path: ['letter'] });
    }
  });
export type ApplyLoanInput = z.infer<typeof applyLoanInput>;

/** A colleague who may borrow as 本中心工作人员: any active account (the same rule `apply` checks). */
export interface Borrower {
  id: number;
  displayName: string;
}

export const loanRef = z.object({ id }).strict();
export const approveLoanInput = z
  .object({
    id,
    days: z.number().int().min(0).max(90, { error: '借阅期限不能超过 90 天' }),
    conditions: optionalText('批准意见', 200),
  })
  .strict();
export const refuseLoanInput = z.object({ id, reason: text('不予批准的理由', 200) }).strict();
export const lendInput = z.object({ id, pages: pages('出借页数') }).strict();
export const returnLoanInput = z
  .object({
    id,
    pages: pages('归还页数'),
    condition: z.enum(keysOf(LOAN_CONDITIONS), { error: '请选择归还时状态' }),
    note: optionalText('缺损说明', 200),
  })
  .strict();
export const cancelLoanInput = z.object({ id, reason: text('撤销理由', 200) }).strict();
export const loanEffectInput = z.object({ id, effect: text('利用效果', 300) }).strict();

export const listLoansInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    status: z
      .array(z.enum(['requested', 'approved', 'refused', 'out', 'returned', 'cancelled']))
      .max(6)
      .optional(),
    overdueOnly: z.boolean().optional(),
    itemId: id.optional(),
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    q: z.string().trim().max(30, { error: '搜索词不能超过 30 个字' }).optional(),
  })
  .strict();
export type ListLoansInput = z.infer<typeof listLoansInput>;
export const registerInput = z
  .object({ from: dateField('起始日期'), to: dateField('截止日期') })
  .strict()
  .refine((r) => r.from <= r.to, { error: '截止日期不能早于起始日期', path: ['to'] });

export interface Loan {
  id: number;
  itemId: number;
  itemCode: string;
  itemTitle: string;
  itemClassification: Classification;
  status: LoanStatus;
  mode: LoanMode;
  borrowerKind: 'staff' | 'outside';
  borrowerName: string;
  borrowerUnit: string | null;
  borrowerPhone: string | null;
  /** Masked (110105********002X): the whole number stays in the archive. */
  borrowerIdNumber: string | null;
  letter: string | null;
  purpose: LoanPurpose;
  purposeNote: string | null;
  needsApproval: boolean;
  requestedDays: number;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  approvedDays: number | null;
  lentAt: string | null;
  lentBy: string | null;
  pagesOut: number | null;
  dueOn: string | null;
  renewals: number;
  returnedAt: string | null;
  returnedTo: string | null;
  pagesBack: number | null;
  condition: LoanCondition | null;
  conditionNote: string | null;
  effect: string | null;
  cancelReason: string | null;
  /** For a loan waiting while its item is out: its place in the queue (1 = next). */
  queuePosition: number | null;
  /** For a loan out: yellow / red by its due date (an injected clock's today). */
  dueState: DueState | null;
  overdueDays: number;
}

export interface LoanPage {
  rows: Loan[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ArchiveDashboard {
  /** The director's: applications awaiting a decision. */
  awaitingApproval: Loan[];
  /** Approved, not yet handed out (first in each item's queue). */
  readyToLend: Loan[];
  dueSoon: Loan[];
  overdue: Loan[];
  /** Items whose retention has ended, awaiting appraisal (到期鉴定). */
  expiredCount: number;
  /** Disposal lists awaiting the director. */
  disposalsAwaiting: number;
}

// ——— retention and disposal ———

export const proposeDisposalInput = z
  .object({
    itemIds: z.array(id).min(1, { error: '请选择要销毁的档案' }).max(500),
    reason: text('鉴定意见', 300),
  })
  .strict();
export const decideDisposalInput = z
  .object({
    id,
    approve: z.boolean(),
    note: optionalText('审批意见', 200),
    supervisor: optionalText('监销人', 30),
  })
  .strict()
  .refine((d) => d.approve || !!d.note, { error: '不予批准须写明理由', path: ['note'] });
export const disposalRef = z.object({ id }).strict();

export interface Disposal {
  id: number;
  number: string;
  status: 'proposed' | 'approved' | 'refused';
  reason: string;
  proposedAt: string;
  proposedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  supervisor: string | null;
  items: ArchiveItem[];
}

// ——— statistics ———

export interface ArchiveStats {
  from: string;
  to: string;
  /** Per month: applications, on-site readings, take-outs, copies. */
  months: { month: string; loans: number; readings: number; borrowings: number; copies: number }[];
  byPurpose: { key: string; label: string; count: number }[];
  byCategory: { key: string; label: string; count: number }[];
  byUnit: { key: string; label: string; count: number }[];
  overdueNow: number;
  refused: number;
  damaged: number;
  items: { total: number; filedInPeriod: number; destroyed: number };
}
