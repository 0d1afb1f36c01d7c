import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { api } from '../../api';
import { useCall } from '../../hooks/useCall';

/** 一案一码: a case is opened straight from its code, e.g. one read off a paper file. */
export function OpenByCode({ onOpenCase }: { onOpenCase: (id: number) => void }) {
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useCall();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (!/^\d{4}-\d{6}$/.test(trimmed)) {
      setError({ code: 'VALIDATION', message: '案件编号格式应为 2026-000123' });
      return;
    }
    const result = await run(() => api.cases.getByCode({ code: trimmed }));
    if (result.ok) onOpenCase(result.value.id);
  };

  return (
    <Stack
      component="form"
      onSubmit={submit}
      noValidate
      direction="row"
      spacing={1}
      sx={{ alignItems: 'flex-start' }}
    >
      <TextField
        label="按案件编号打开"
        placeholder="2026-000123"
        size="small"
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setError(null);
        }}
        error={Boolean(error)}
        helperText={error?.message}
        sx={{ width: 190 }}
        slotProps={{ htmlInput: { maxLength: 11, inputMode: 'numeric' } }}
      />
      <Button type="submit" variant="outlined" disabled={busy}>
        打开
      </Button>
    </Stack>
  );
}
