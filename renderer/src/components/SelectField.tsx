import TextField, { type TextFieldProps } from '@mui/material/TextField';

export interface Option {
  value: string;
  label: string;
}

/** Label-table entries (shared/cases/codes) as options, in their declared order. */
export const optionsOf = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

type SelectFieldProps = Omit<TextFieldProps, 'select' | 'children'> & {
  options: readonly Option[];
  /** The text of the empty choice ("全部", "请选择"); no empty choice when absent. */
  emptyLabel?: string;
};

/**
 * A native <select> (as RoleSelect): keyboard type-ahead works, and a test
 * picks an option by its label with `selectOption`. The label always sits
 * above, so it never covers the empty choice's text.
 */
export function SelectField({ options, emptyLabel, slotProps, ...props }: SelectFieldProps) {
  return (
    <TextField
      select
      {...props}
      slotProps={{ ...slotProps, select: { native: true }, inputLabel: { shrink: true } }}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}
