import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import { halfWidth } from '../halfWidth';
import { isValidPhone } from '../privacy/identity';
import {
  INTAKE_CHANNELS,
  INTAKE_OUTCOMES,
  keysOf,
  type IntakeChannel,
  type IntakeOutcome,
} from '../cases/codes';
import { createCaseInput } from '../cases/schemas';

/**
 * 首问登记 (seed 001, 首问责任制度): whoever first receives a visitor or a call
 * is the first-contact person (the signed-in user). Calls are logged with the
 * matter, the caller's name and phone. It ends answered on the spot, passed to
 * a named colleague or the director, or registered as a case.
 */
const base = {
  channel: z.enum(keysOf(INTAKE_CHANNELS), { error: '请选择来访或来电' }),
  personName: text('来访/来电人姓名', 30),
  phone: z
    .string()
    .overwrite(halfWidth)
    .trim()
    .max(20)
    .refine((p) => p === '' || isValidPhone(p), { error: '联系电话格式不正确' })
    .optional(),
  unitOrAddress: optionalText('单位或住址', 100),
  matter: text('反映事项', 2000),
  materials: optionalText('收到的材料', 500),
};

export const createIntakeInput = z.discriminatedUnion(
  'outcome',
  [
    z.object({ ...base, outcome: z.literal('answered'), answer: text('答复内容', 1000) }).strict(),
    z
      .object({
        ...base,
        outcome: z.literal('referred'),
        referredToId: id,
        note: optionalText('转交说明', 500),
      })
      .strict(),
    z
      .object({
        ...base,
        outcome: z.literal('case'),
        // Module 1 fix: the case's source may be left out — it then follows the
        // intake's channel (来访 → 来访, 来电 → 来电), as the first-contact log promises.
        case: createCaseInput.omit({ intakeId: true }).partial({ source: true }),
      })
      .strict(),
  ],
  { error: '请选择办理结果' },
);
export type CreateIntakeInput = z.infer<typeof createIntakeInput>;

export const listIntakesInput = z
  .object({
    page: z.number().int().min(0).max(100_000),
    pageSize: z.number().int().min(1).max(200),
    channel: z.enum(keysOf(INTAKE_CHANNELS)).optional(),
    outcome: z.enum(keysOf(INTAKE_OUTCOMES)).optional(),
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    q: z.string().trim().max(50).optional(),
  })
  .strict();
export type ListIntakesInput = z.infer<typeof listIntakesInput>;

export interface Intake {
  id: number;
  receivedAt: string;
  channel: IntakeChannel;
  personName: string;
  /** Masked in lists. */
  phone: string | null;
  unitOrAddress: string | null;
  matter: string;
  materials: string | null;
  firstContactName: string;
  outcome: IntakeOutcome;
  answer: string | null;
  referredToName: string | null;
  note: string | null;
  caseId: number | null;
  caseCode: string | null;
}

export interface IntakePage {
  rows: Intake[];
  total: number;
}
