import { useState, type FormEvent } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ArchiveItemDetail } from '../../../../../shared/archive/schemas';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { api } from '../../../api';
import { useCall } from '../../../hooks/useCall';
import { ApplyLoanDialog } from './ApplyLoanDialog';
import type { LoanDialogProps } from './DecisionDialogs';

/**
 * At the counter: the borrower names a file, its 档号 is typed or scanned off
 * the label, and the application is registered from here without first
 * finding the item in the catalogue.
 */
export function ApplyByCode({ user, onDone }: { user: SessionUser; onDone: LoanDialogProps['onDone'] }) {
  const [code, setCode] = useState('');
  const [item, setItem] = useState<ArchiveItemDetail | null>(null);
  const { busy, error, setError, run } = useCall();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed) {
      setError({ code: 'VALIDATION', message: '请输入或扫描档号' });
      return;
    }
    const result = await run(() => api.archive.getByCode({ code: trimmed }));
    if (!result.ok) return;
    if (result.value.destroyed)
      setError({ code: 'CONFLICT', message: `档案 ${result.value.code} 已销毁，不能借阅。` });
    else setItem(result.value);
  };

  return (
    <>
      <Stack
        component="form"
        onSubmit={submit}
        noValidate
        direction="row"
        spacing={1}
        sx={{ alignItems: 'flex-start' }}
        aria-label="按档号申请借阅"
      >
        <TextField
          label="档号"
          placeholder="输入或扫描档号"
          size="small"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setError(null);
          }}
          error={Boolean(error)}
          helperText={error?.message}
          sx={{ width: 240 }}
          slotProps={{ htmlInput: { maxLength: 60 } }}
        />
        <Button type="submit" variant="contained" disabled={busy} sx={{ whiteSpace: 'nowrap' }}>
          申请借阅
        </Button>
      </Stack>
      {item && (
        <ApplyLoanDialog
          item={item}
          user={user}
          onClose={() => setItem(null)}
          onDone={(loan, message) => {
            setItem(null);
            setCode('');
            onDone(loan, message);
          }}
        />
      )}
    </>
  );
}
