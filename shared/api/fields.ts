import { z } from 'zod';
import { EARLIEST_YEAR, isCalendarDate, isCalendarMinute, LATEST_YEAR } from '../dates';

/**
 * Field schemas shared by many inputs. Every string has a maximum length, so an
 * oversized payload is refused at the boundary with a Chinese message.
 */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label}必须是文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

/** Optional free text: empty means absent. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional();

/** Login names: letters, digits, Chinese characters, dot, dash, underscore. */
export const username = z
  .string({ error: '用户名必须是文字' })
  .trim()
  .min(2, { error: '用户名至少 2 个字' })
  .max(32, { error: '用户名不能超过 32 个字' })
  .regex(/^[\p{L}\p{N}._-]+$/u, { error: '用户名只能包含汉字、字母、数字和 . _ -' });

/** The password policy: long enough to resist guessing at the office PC. */
export const MIN_PASSWORD_LENGTH = 6;
export const password = z
  .string({ error: '密码必须是文字' })
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 位` })
  .max(128, { error: '密码不能超过 128 位' });

/** A password being checked (any length the policy ever allowed). */
export const givenPassword = z
  .string({ error: '密码必须是文字' })
  .min(1, { error: '请输入密码' })
  .max(128, { error: '密码不能超过 128 位' });

export const id = z.number({ error: '编号必须是数字' }).int().positive();

export const empty = z.object({}).strict();

const YEARS = `${EARLIEST_YEAR}—${LATEST_YEAR} 年`;

/**
 * A calendar date, `2026-11-24`: a real day (no 2026-02-30) in 1900–2100.
 * Every date field of the contract is one of these, so the refusal names it.
 * Whether it may lie in the future needs the core's clock: the handlers check
 * that (electron/core/api/eventTimes.ts), never the wall clock here.
 */
export const dateField = (label: string) =>
  z.string({ error: `${label}必须是日期文字` }).refine(isCalendarDate, {
    error: `${label}不是有效日期（应为 ${YEARS}间真实存在的日期，如 2026-11-24）`,
  });

/** A local time to the minute, `2026-11-24T14:05`: a real day and a real time of day, in 1900–2100. */
export const dateTimeField = (label: string) =>
  z.string({ error: `${label}必须是时间文字` }).refine(isCalendarMinute, {
    error: `${label}不是有效时间（应为 ${YEARS}间真实存在的日期和时刻，如 2026-11-24T14:05）`,
  });
