import { z } from 'zod';

/**
 * Drafts (issue 13 §1): what a user typed into a form and has not saved yet,
 * kept per account inside the encrypted archive. The payload crosses the
 * boundary as JSON text: the core stores it as it is and never reads into it.
 */

/** The longest draft kept, in characters of its JSON (an intake with a dozen parties is about 10 000). */
export const MAX_DRAFT_CHARS = 200_000;

/**
 * Which form a draft belongs to: `intake`, `case:new`, `case:12`,
 * `mediation:3:session`… Letters, digits and `: . _ -` only.
 */
export const formKey = z
  .string({ error: '草稿标识必须是文字' })
  .min(1, { error: '缺少草稿标识' })
  .max(80, { error: '草稿标识不能超过 80 个字符' })
  .regex(/^[a-zA-Z0-9:._-]+$/, { error: '草稿标识只能包含字母、数字和 : . _ -' });

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

export const formDraftRef = z.object({ formKey }).strict();

export const saveFormDraftInput = z
  .object({
    formKey,
    payload: z
      .string({ error: '草稿内容必须是文字' })
      .max(MAX_DRAFT_CHARS, {
        error: `草稿过大（超过 ${MAX_DRAFT_CHARS} 字），未能保存草稿；请先保存表单，或分几次填写。`,
      })
      .refine(isJsonObject, { error: '草稿内容不是有效的表单数据' }),
  })
  .strict();

export type SaveFormDraftInput = z.infer<typeof saveFormDraftInput>;

/** A draft as it was kept: the form's values and when they were last saved (local time, to the second). */
export interface FormDraft {
  formKey: string;
  payload: Record<string, unknown>;
  savedAt: string;
}

export interface DraftSaved {
  savedAt: string;
}
