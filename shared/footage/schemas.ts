import { z } from 'zod';
import { dateField, dateTimeField, id, optionalText, text } from '../api/fields';
import { parseIdNumber } from '../privacy/identity';
import { FOOTAGE_MEDIA, FOOTAGE_STATES, type FootageMedium, type FootageState } from './codes';

/**
 * 录像调取登记 (issue 12 §7; domain-sources §5.5): a request with the
 * requester's ID and letter, the cameras and hours asked for, the purpose;
 * the director's decision; each copy made. Nothing is ever changed or
 * deleted: a correction is a new request pointing at the old one.
 */

const keys = <T extends Record<string, string>>(t: T) =>
  Object.keys(t) as [keyof T & string, ...(keyof T & string)[]];

/** The requester's resident ID: 18 digits with a valid checksum (the ledger's own check). */
const idNumber = z
  .string({ error: '身份证号必须是文字' })
  .trim()
  .min(1, { error: '请填写调取人的身份证号' })
  .max(18, { error: '身份证号应为 18 位，最后一位可以是数字或 X' })
  .transform((s) => s.toUpperCase())
  .refine((s) => parseIdNumber(s).ok, {
    error: (issue) => {
      const r = parseIdNumber(String(issue.input));
      return r.ok ? '身份证号不正确' : r.message;
    },
  });

const requestFields = {
  requester: text('调取人', 40),
  unit: text('调取单位', 100),
  idNumber,
  letter: text('介绍信或公函编号', 60),
  pointIds: z
    .array(id, { error: '请选择调取的点位' })
    .min(1, { error: '请至少选择一个点位' })
    .max(50, { error: '一次最多调取 50 个点位' }),
  rangeFrom: dateTimeField('调取时段起'),
  rangeTo: dateTimeField('调取时段止'),
  purpose: text('调取事由', 500),
};

const rangeInOrder = <T extends { rangeFrom: string; rangeTo: string }>(r: T) => r.rangeFrom <= r.rangeTo;
const RANGE_ORDER = { error: '调取时段止不能早于起', path: ['rangeTo'] };

export const footageRequestInput = z.object(requestFields).strict().refine(rangeInOrder, RANGE_ORDER);

/** A correction: the full request again, the one it corrects and why. */
export const footageCorrectInput = z
  .object({ correctsId: id, reason: text('更正理由', 300), ...requestFields })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER);

/** The director's 审批: a refusal says why. */
export const footageDecideInput = z
  .object({
    id,
    approved: z.boolean({ error: '请选择批准或不予批准' }),
    note: optionalText('审批意见', 300),
  })
  .strict()
  .refine((d) => d.approved || !!d.note, { error: '不予批准须写明理由', path: ['note'] });

export const footageMedium = z.enum(keys(FOOTAGE_MEDIA), { error: '请选择复制介质' });

/** A copy made on an approved request: on what, where it went, who made it (now, by the core's clock). */
export const footageCopyInput = z
  .object({
    requestId: id,
    medium: footageMedium,
    destination: text('去向', 200),
    operator: text('经办人', 40),
  })
  .strict();

/** Before saving: is the range older than the recorders keep? */
export const footageCheckInput = z.object({ rangeFrom: dateTimeField('调取时段起') }).strict();

export const footageRef = z.object({ id }).strict();

const DAYS = { error: '截止日期不能早于起始日期', path: ['to'] };

/** The register: by the day requests were registered, where they stand, who asked. */
export const listFootageInput = z
  .object({
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    state: z.enum(keys(FOOTAGE_STATES), { error: '状态不正确' }).optional(),
    q: optionalText('搜索内容', 30),
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
  })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, DAYS);

/** The printed register of requests registered between two days (both included). */
export const footagePeriodInput = z
  .object({ from: dateField('起始日期'), to: dateField('截止日期') })
  .strict()
  .refine((r) => r.from <= r.to, DAYS);

export type FootageRequestInput = z.input<typeof footageRequestInput>;
export type ListFootageInput = z.input<typeof listFootageInput>;

export interface FootagePoint {
  id: number;
  code: string;
  name: string;
  location: string;
  retired: boolean;
}

export interface FootageDecision {
  approved: boolean;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface FootageCopy {
  id: number;
  medium: FootageMedium;
  destination: string;
  operator: string;
  copiedAt: string;
  recordedBy: string;
}

export interface FootageRequest {
  id: number;
  requester: string;
  unit: string;
  /** Masked in lists and for staff; whole in the record for the director and operators. */
  idNumber: string;
  letter: string;
  points: FootagePoint[];
  rangeFrom: string;
  rangeTo: string;
  purpose: string;
  likelyOverwritten: boolean;
  correctsId: number | null;
  correctionReason: string | null;
  /** The later request that corrects this one. */
  correctedById: number | null;
  requestedAt: string;
  recordedBy: string;
  decision: FootageDecision | null;
  copies: FootageCopy[];
  state: FootageState;
}

export interface FootagePage {
  rows: FootageRequest[];
  total: number;
  page: number;
  pageSize: number;
}

/** The request as recorded, with the retention warning when the hours are likely overwritten. */
export interface FootageRecorded {
  request: FootageRequest;
  warning: string | null;
}

export interface FootageCheck {
  retentionDays: number;
  likelyOverwritten: boolean;
  warning: string | null;
}
