import Alert from '@mui/material/Alert';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import { resetPasswordInput, type Account } from '../../../../shared/accounts/schemas';
import { NewPasswordFields } from '../../components/NewPasswordFields';

interface ResetPasswordDialogProps {
  account: Account;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Sets a new password for a colleague who forgot theirs; it also re-enables a disabled account. */
export function ResetPasswordDialog({ account, onClose, onDone }: ResetPasswordDialogProps) {
  const form = useForm({ newPassword: '', confirmPassword: '' });
  const { busy, error, run } = useCall();

  const submit = async () => {
    const { newPassword, confirmPassword } = form.values;
    const input = { id: account.id, newPassword };
    const errors = zodFieldErrors(resetPasswordInput, input);
    if (!errors.newPassword && newPassword !== confirmPassword) errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.accounts.resetPassword(input));
    if (result.ok)
      onDone(`已重置「${result.value.displayName}」的密码${account.disabled ? '，账户已重新启用' : ''}。`);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <FormDialog
      open
      title={`重置「${account.displayName}」的密码`}
      submitLabel="确认重置"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Alert severity="info">
        {account.disabled ? '该账户目前已停用，重置密码后将重新启用。' : ''}
        请把新密码当面告知本人。本人登录后须先设置自己的新密码，才能继续使用。
      </Alert>
      <NewPasswordFields
        password={form.field('newPassword')}
        confirm={form.field('confirmPassword')}
        autoFocus
      />
    </FormDialog>
  );
}
