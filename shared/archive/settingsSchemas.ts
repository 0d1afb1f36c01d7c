// The archive's settings (全宗, 档号格式, loan periods) at the boundary: separate from the catalogue and loan schemas,
// re-exported by schemas.ts.
import { z } from 'zod';
import { optionalText, text } from '../api/fields';
import { patternProblem } from './codes';

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
