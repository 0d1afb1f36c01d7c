// The zod fields several archive inputs share (保管期限, 密级, 年度, 页数, 门类代码): one place for each field's rule and
// message, so the settings, box, item and loan schemas beside it check them alike.
import { z } from 'zod';
import { keysOf } from '../cases/codes';
import { CLASSIFICATIONS, RETENTIONS } from './codes';

/** 保管期限: one of the retention periods. */
export const retention = z.enum(keysOf(RETENTIONS), { error: '请选择保管期限' });
/** 密级: one of the classifications. */
export const classification = z.enum(keysOf(CLASSIFICATIONS), { error: '请选择密级' });
/** 年度: a whole year from 1949 to 2100. */
export const year = z
  .number({ error: '年度必须是数字' })
  .int({ error: '年度必须是整数' })
  .min(1949, { error: '年度不能早于 1949 年' })
  .max(2100, { error: '年度不能晚于 2100 年' });
/** A page count (页数, 出借页数, 归还页数), with its label in the messages. */
export const pages = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .min(0, { error: `${label}不能小于 0` })
    .max(100_000, { error: `${label}不能超过 100000` });
/** 门类代码: two capital letters, upper-cased as typed. */
export const categoryCode = z
  .string({ error: '门类代码必须是文字' })
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s), { error: '门类代码为 2 个大写字母，如 TJ' });
