import { useState, type ReactNode } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { Result } from '../../../../shared/api/result';
import { rekeyInput } from '../../../../shared/maintenance/schemas';

interface PasswordConfirmDialogProps<T> {
  title: string;
  submitLabel: string;
  danger?: boolean;
  /** A checkbox the director must tick first, for actions with lasting consequences. */
  acknowledge?: string;
  children: ReactNode;
  call: (currentPassword: string) => Promise<Result<T>>;
  onClose: () => void;
  onDone: (value: T) => void;
}

/** Key operations ask for the director's current password again, whoever left the desk unlocked. */
export function PasswordConfirmDialog<T>(props: PasswordConfirmDialogProps<T>) {
  const { title, submitLabel, danger, acknowledge, children, call, onClose, onDone } = props;
  const form = useForm({ currentPassword: '' });
  const [acknowledged, setAcknowledged] = useState(false);
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { currentPassword: form.values.currentPassword };
    const errors = zodFieldErrors(rekeyInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => call(input.currentPassword));
    if (result.ok) onDone(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={title}
      submitLabel={submitLabel}
      danger={danger}
      busy={busy}
      error={error}
      submitDisabled={Boolean(acknowledge) && !acknowledged}
      onClose={onClose}
      onSubmit={submit}
    >
      {children}
      {acknowledge && (
        <FormControlLabel
          control={
            <Checkbox checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
          }
          label={acknowledge}
        />
      )}
      <TextField
        label="当前密码"
        type="password"
        autoFocus
        autoComplete="current-password"
        {...form.field('currentPassword')}
      />
    </FormDialog>
  );
}
