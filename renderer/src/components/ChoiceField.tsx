import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { Option } from './SelectField';

interface ChoiceFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: string;
  autoFocus?: boolean;
}

/** A short list of exclusive choices shown at once (办结结果, 满意度, 来访/来电): one glance, one click. */
export function ChoiceField({ label, value, options, onChange, error, autoFocus }: ChoiceFieldProps) {
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend">{label}</FormLabel>
      <RadioGroup row aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o, i) => (
          <FormControlLabel
            key={o.value}
            value={o.value}
            label={o.label}
            control={<Radio autoFocus={autoFocus && (value ? value === o.value : i === 0)} />}
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
