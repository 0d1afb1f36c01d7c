import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import type { FieldErrors } from '../../hooks/useForm';
import { chineseNumber } from '../../../../shared/chineseDate';
import { termNumber } from '../../../../shared/mediation/terms';

interface TermsFieldProps {
  terms: string[];
  onChange: (terms: string[]) => void;
  /** Errors by path: `terms` for the list, `terms.0` for one term. */
  errors: FieldErrors;
  disabled?: boolean;
}

const MAX_TERMS = 30;

const moved = (terms: string[], from: number, to: number) => {
  const next = [...terms];
  const [term] = next.splice(from, 1);
  next.splice(to, 0, term ?? '');
  return next;
};

/**
 * 经调解，自愿达成如下协议: the numbered terms, each its own field (一、
 * 二、… as printed) that can be added, removed and moved, since the printed
 * numbers follow this order.
 */
export function TermsField({ terms, onChange, errors, disabled }: TermsFieldProps) {
  const set = (i: number, text: string) => onChange(terms.map((t, j) => (j === i ? text : t)));
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" sx={{ mb: 1 }}>
        经调解，自愿达成如下协议
      </Typography>
      <Stack spacing={1.5}>
        {terms.map((term, i) => (
          <Stack key={i} direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={termNumber(i)}
              value={term}
              onChange={(e) => set(i, e.target.value)}
              error={Boolean(errors[`terms.${i}`])}
              helperText={errors[`terms.${i}`]}
              multiline
              minRows={1}
              fullWidth
              disabled={disabled}
            />
            <IconButton
              aria-label={`上移第${chineseNumber(i + 1)}项`}
              disabled={disabled || i === 0}
              onClick={() => onChange(moved(terms, i, i - 1))}
            >
              <ArrowUpwardOutlined />
            </IconButton>
            <IconButton
              aria-label={`下移第${chineseNumber(i + 1)}项`}
              disabled={disabled || i === terms.length - 1}
              onClick={() => onChange(moved(terms, i, i + 1))}
            >
              <ArrowDownwardOutlined />
            </IconButton>
            <IconButton
              aria-label={`删除第${chineseNumber(i + 1)}项`}
              disabled={disabled || terms.length === 1}
              onClick={() => onChange(terms.filter((_, j) => j !== i))}
            >
              <DeleteOutlined />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      {errors.terms && <FormHelperText error>{errors.terms}</FormHelperText>}
      <Button
        startIcon={<AddOutlined />}
        sx={{ mt: 1 }}
        disabled={disabled || terms.length >= MAX_TERMS}
        onClick={() => onChange([...terms, ''])}
      >
        添加条款
      </Button>
    </Box>
  );
}
