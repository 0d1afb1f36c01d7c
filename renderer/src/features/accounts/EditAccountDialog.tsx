import TextField from '@mui/material/TextField';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import type { Role } from '../../../../shared/accounts/roles';
import { updateAccountInput, type Account } from '../../../../shared/accounts/schemas';
import { RoleSelect } from './RoleSelect';

interface EditAccountDialogProps {
  account: Account;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Name and role only: the user name is the login and the audit trail's key, so it stays. */
export function EditAccountDialog({ account, onClose, onDone }: EditAccountDialogProps) {
  const form = useForm({ displayName: account.displayName, role: account.role as string });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const input = { id: account.id, displayName: form.values.displayName, role: form.values.role as Role };
    const errors = zodFieldErrors(updateAccountInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.accounts.update(input));
    if (result.ok) onDone(`已保存账户「${result.value.displayName}」。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="编辑账户"
      submitLabel="保存"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField label="用户名" value={account.username} disabled />
      <TextField label="姓名" autoFocus {...form.field('displayName')} />
      <RoleSelect {...form.field('role')} />
    </FormDialog>
  );
}
