import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { chineseIssueMessage } from '../../../shared/api/validation';

export type FieldErrors = Record<string, string>;

/**
 * Turns zod issues into the same shape the server sends in `error.fields`
 * (dot-joined path → Chinese message), so one display path serves both. The
 * server's Chinese wording fills in for issues a schema does not word itself.
 */
export function zodFieldErrors(schema: z.ZodType, input: unknown): FieldErrors {
  const parsed = schema.safeParse(input, { error: chineseIssueMessage });
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export const PASSWORD_MISMATCH = '两次输入的密码不一致';

/**
 * Text-field state for a small form. `field(name, path)` gives the props of a
 * TextField; `path` is where the server reports that field's error when it
 * differs from the name (e.g. `director.password`). Typing in a field clears
 * its error, so a corrected entry is not still shown red.
 */
export function useForm<K extends string>(initial: Record<K, string>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const setValue = useCallback((name: K, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  const field = (name: K, path: string = name) => ({
    name,
    value: values[name],
    // Any field that reports a string value: a TextField's change event, or a date field's (components/dates).
    onChange: (event: { target: { value: string } }) => {
      setValue(name, event.target.value);
      setErrors((e) => {
        if (!(path in e)) return e;
        const rest = { ...e };
        delete rest[path];
        return rest;
      });
    },
    error: Boolean(errors[path]),
    helperText: errors[path],
  });

  const reset = useCallback(() => {
    setValues(initial);
    setErrors({});
  }, [initial]);

  return { values, setValue, setValues, errors, setErrors, field, reset };
}
