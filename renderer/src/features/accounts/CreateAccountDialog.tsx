import TextField from '@mui/material/TextField';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import type { Role } from '../../../../shared/accounts/roles';
import { createAccountInput } from '../../../../shared/accounts/schemas';
import { RoleSelect } from './RoleSelect';

const EMPTY = { displayName: '', username: '', role: 'staff', password: '', confirmPassword: '' };

/** A new account with an initial password the director hands over; the user changes it in 我的账户. */
export function CreateAccountDialog({
  onClose,
  onDone,
}: {
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const form = useForm(EMPTY);
  const { busy, error, run } = useCall();

  const submit = async () => {
    const { displayName, username, role, password, confirmPassword } = form.values;
    const input = { displayName, username, role: role as Role, password };
    const errors = zodFieldErrors(createAccountInput, input);
    if (!errors.password && password !== confirmPassword) errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.accounts.create(input));
    if (result.ok) onDone(`已创建账户「${result.value.displayName}」。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title="新建账户"
      submitLabel="创建"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField label="姓名" autoFocus {...form.field('displayName')} />
      <TextField label="用户名" autoComplete="off" {...form.field('username')} />
      <RoleSelect {...form.field('role')} />
      <TextField
        label="初始密码"
        type="password"
        autoComplete="new-password"
        {...form.field('password')}
        helperText={form.errors.password ?? '本人首次登录时须改为只有自己知道的密码'}
      />
      <TextField
        label="确认密码"
        type="password"
        autoComplete="new-password"
        {...form.field('confirmPassword')}
      />
    </FormDialog>
  );
}
