import type { z } from 'zod';

/**
 * Chinese messages for the zod issues our schemas do not word themselves
 * (extra fields, wrong types of whole objects, number limits).
 */
export function chineseIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不允许的字段：${issue.keys.join('、')}`;
    case 'invalid_type':
      return issue.input === undefined ? '缺少必填项' : '数据类型不正确';
    case 'too_big':
      return issue.origin === 'string'
        ? `不能超过 ${String(issue.maximum)} 个字`
        : `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `至少 ${String(issue.minimum)} 个字`
        : `不能小于 ${String(issue.minimum)}`;
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'invalid_format':
      return '格式不正确';
    default:
      return '输入不正确';
  }
}

/** Validates, giving field-level Chinese messages keyed by dot-joined path. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; message: string; fields: Record<string, string> } {
  const result = schema.safeParse(input, { error: chineseIssueMessage });
  if (result.success) return { ok: true, value: result.data };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = result.error.issues[0]?.message ?? '输入不正确';
  return { ok: false, message: `输入有误：${first}`, fields };
}
