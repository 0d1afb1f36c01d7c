import type { KeyboardEvent, Ref } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';

interface KeyChoiceProps<T extends string> {
  label: string;
  /** [key, value] in order; the key is shown on the chip. */
  keys: readonly (readonly [string, T])[];
  labels: Record<T, string>;
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A choice made by one key while the group has the focus (1–6 for 类别,
 * Q W E R T for 处置), as the operator watching the screens wants: Tab in,
 * press the key, Tab on. ←/→ step through; a click works as well. Keys typed
 * in the text fields never reach it.
 */
export function KeyChoice<T extends string>({
  label,
  keys,
  labels,
  value,
  onChange,
  error,
  ref,
}: KeyChoiceProps<T>) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const hit = keys.find(([k]) => k.toLowerCase() === event.key.toLowerCase());
    const at = keys.findIndex(([, v]) => v === value);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (hit) onChange(hit[1]);
    else if (step) onChange(keys[(at + step + keys.length) % keys.length]![1]);
    else return;
    event.preventDefault();
  };
  return (
    <Box>
      <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ mb: 0.5 }}>
        {label}（按键选择）
      </Typography>
      <Box
        ref={ref}
        role="radiogroup"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 1,
          p: 0.5,
          borderRadius: 1,
          outline: error ? '1px solid' : 'none',
          outlineColor: 'error.main',
          '&:focus-visible, &:focus': { outline: '2px solid', outlineColor: 'primary.main' },
        }}
      >
        {keys.map(([k, v]) => (
          <Chip
            key={v}
            role="radio"
            aria-checked={v === value}
            tabIndex={-1}
            label={`${k} ${labels[v]}`}
            color={v === value ? 'primary' : 'default'}
            variant={v === value ? 'filled' : 'outlined'}
            onClick={() => onChange(v)}
          />
        ))}
      </Box>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
