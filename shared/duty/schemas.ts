import { z } from 'zod';
import { dateField, id, optionalText, text } from '../api/fields';
import type { Assignment, Person, RosterRules } from './rules';
import type { ShiftDef, ShiftTemplate } from './shifts';
import type { PersonCounts, RosterIssue } from './validate';

/** The duty roster (domain.md, Module 4): inputs at the boundary and what comes back. */

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 2026-12' });
const hhmm = (label: string) =>
  z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: `${label}格式应为 08:00` });

export const shiftDefInput = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[A-Z]{1,2}$/, { error: '班次代号为 1—2 个大写字母' }),
    name: text('班次名称', 10),
    start: hhmm('开始时间'),
    end: hhmm('结束时间'),
    minStaff: z.number().int().min(1, { error: '每班至少 1 人' }).max(10, { error: '每班最多 10 人' }),
  })
  .strict();

export const saveTemplateInput = z
  .object({
    id: id.optional(),
    name: text('模板名称', 20),
    shifts: z.array(shiftDefInput).min(1, { error: '至少一个班次' }).max(6, { error: '最多 6 个班次' }),
    retired: z.boolean().optional(),
  })
  .strict()
  .refine((t) => new Set(t.shifts.map((s) => s.key)).size === t.shifts.length, {
    error: '班次代号不能重复',
    path: ['shifts'],
  });

export const rosterRulesInput = z
  .object({
    minRestHours: z.number().int().min(0).max(48, { error: '休息时间不能超过 48 小时' }),
    noDayAfterNight: z.boolean(),
    maxConsecutiveNights: z.number().int().min(1, { error: '连续夜班至少允许 1 个' }).max(14),
    maxShiftsPerWeek: z.number().int().min(1, { error: '每周至少允许 1 个班' }).max(14),
  })
  .strict();

export const dutyPeopleInput = z.object({ accountIds: z.array(id).max(100) }).strict();

export const leadersInput = z
  .object({
    month,
    days: z
      .array(
        z
          .object({ date: dateField('日期'), name: text('带班领导', 20), phone: text('联系电话', 20) })
          .strict(),
      )
      .max(31),
  })
  .strict();

export const addLeaveInput = z
  .object({
    accountId: id,
    from: dateField('起始日期'),
    to: dateField('截止日期'),
    /** One shift on a single day, or the whole day(s). */
    shift: z
      .string()
      .regex(/^[A-Z]{1,2}$/)
      .nullable(),
    reason: text('请假事由', 60),
  })
  .strict()
  .refine((l) => l.from <= l.to, { error: '截止日期不能早于起始日期', path: ['to'] })
  .refine((l) => l.shift === null || l.from === l.to, { error: '按班次请假只能是一天', path: ['shift'] });
export const leaveRef = z.object({ id }).strict();

export const rosterRef = z.object({ month }).strict();
export const generateInput = z
  .object({ month, templateId: id, from: dateField('起始日期').optional() })
  .strict();

const assignment = z
  .object({ date: dateField('日期'), shift: z.string().regex(/^[A-Z]{1,2}$/), personId: id })
  .strict();
export const saveDraftInput = z
  .object({ month, templateId: id, assignments: z.array(assignment).max(31 * 6 * 10) })
  .strict();
export const publishInput = z.object({ month, note: optionalText('说明', 200) }).strict();

export const requestSwapInput = z
  .object({
    month,
    kind: z.enum(['swap', 'replace']),
    date: dateField('日期'),
    shift: z.string().regex(/^[A-Z]{1,2}$/),
    fromId: id,
    toId: id,
    otherDate: dateField('对方日期').optional(),
    otherShift: z
      .string()
      .regex(/^[A-Z]{1,2}$/)
      .optional(),
    reason: text('调班理由', 200),
  })
  .strict()
  .refine((s) => s.kind === 'replace' || (s.otherDate && s.otherShift), {
    error: '换班须选择对方的班次',
    path: ['otherDate'],
  })
  .refine((s) => s.fromId !== s.toId, { error: '换班双方不能是同一人', path: ['toId'] });
export const decideSwapInput = z
  .object({ id, approve: z.boolean(), note: optionalText('审批意见', 200) })
  .strict()
  .refine((d) => d.approve || !!d.note, { error: '不予批准须写明理由', path: ['note'] });

export interface DutyTemplate extends ShiftTemplate {
  id: number;
  retired: boolean;
}

export interface DutySetup {
  templates: DutyTemplate[];
  rules: RosterRules;
  /** Everyone who may take shifts: operators and staff; `onDuty` says who is on the roster. */
  candidates: (Person & { role: string; onDuty: boolean })[];
}

export interface LeaveEntry {
  id: number;
  personId: number;
  personName: string;
  date: string;
  shift: string | null;
  reason: string;
}

export interface Leader {
  date: string;
  name: string;
  phone: string;
}

export interface RosterVersion {
  id: number;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  template: ShiftTemplate;
  assignments: Assignment[];
  /** The first day it covers, when it does not start on the 1st. */
  startsOn: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface Swap {
  id: number;
  kind: 'swap' | 'replace';
  date: string;
  shift: string;
  fromId: number;
  fromName: string;
  toId: number;
  toName: string;
  otherDate: string | null;
  otherShift: string | null;
  reason: string;
  status: 'requested' | 'approved' | 'refused';
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
}

export interface RosterMonth {
  month: string;
  people: Person[];
  leave: LeaveEntry[];
  leaders: Leader[];
  draft: RosterVersion | null;
  published: RosterVersion | null;
  versions: Omit<RosterVersion, 'assignments' | 'template'>[];
  /** Of the draft when there is one, else of the published roster. */
  issues: RosterIssue[];
  counts: PersonCounts[];
  swaps: Swap[];
}

export interface OnDuty {
  /** The shift under way now by the published roster and approved swaps, or null when there is none. */
  shift: (ShiftDef & { date: string; label: string }) | null;
  people: Person[];
  leader: Leader | null;
}

/** What a generation gives: the month with its new draft, or why no roster can exist. */
export type GenerateOutput =
  | {
      ok: true;
      /** Proven the fairest under the rules. */
      optimal: boolean;
      /** Most minus fewest, balances and leave counted. */
      spread: { nights: number; offDays: number; hours: number };
      roster: RosterMonth;
    }
  | { ok: false; reasons: string[] };
