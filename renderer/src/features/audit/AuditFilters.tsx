import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { NO_FILTER, type AuditFilter } from './useAuditPage';
import { DateField } from '../../components/dates/DateFields';

/** Filters are applied on 查询 (or Enter), not on every keystroke, so the server is asked once. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const [draft, setDraft] = useState<AuditFilter>(NO_FILTER);
  const set = (key: keyof AuditFilter) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <Stack
      component="form"
      onSubmit={submit}
      noValidate
      direction={{ xs: 'column', md: 'row' }}
      spacing={1.5}
      sx={{ mb: 2, alignItems: { md: 'center' } }}
    >
      <DateField
        label="起始日期"
        size="small"
        value={draft.from}
        onChange={set('from')}
        sx={{ maxWidth: { md: 170 } }}
      />
      <DateField
        label="截止日期"
        size="small"
        value={draft.to}
        onChange={set('to')}
        sx={{ maxWidth: { md: 170 } }}
      />
      <TextField
        label="操作人"
        size="small"
        value={draft.actor}
        onChange={set('actor')}
        sx={{ maxWidth: { md: 160 } }}
      />
      <TextField
        label="关键词"
        size="small"
        value={draft.q}
        onChange={set('q')}
        sx={{ maxWidth: { md: 220 } }}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained">
          查询
        </Button>
        <Button
          onClick={() => {
            setDraft(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          清除条件
        </Button>
      </Stack>
    </Stack>
  );
}
