import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

interface NamesFieldProps {
  label: string;
  value: string[];
  onChange: (names: string[]) => void;
  /** Names to pick from (the centre's staff); any other name can be typed. */
  options: readonly string[];
  error?: string | undefined;
  required?: boolean;
}

const unique = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/**
 * One or more names (人民调解员): each shown as a chip. A name is added with
 * Enter, by picking a colleague from the list, or by leaving the field, so a
 * name typed but not confirmed is never lost when the form is submitted.
 */
export function NamesField({ label, value, onChange, options, error, required }: NamesFieldProps) {
  const [input, setInput] = useState('');
  const commit = () => {
    if (!input.trim()) return;
    onChange(unique([...value, input]));
    setInput('');
  };
  return (
    <Autocomplete
      multiple
      freeSolo
      options={options.filter((o) => !value.includes(o))}
      value={value}
      onChange={(_, next) => onChange(unique(next))}
      inputValue={input}
      onInputChange={(_, next, reason) => {
        // After a chip is added MUI resets the text; a blur keeps what was typed for commit().
        if (reason !== 'blur') setInput(next);
      }}
      onBlur={commit}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={error ?? '可填写多名，输入姓名后按回车'}
        />
      )}
    />
  );
}
