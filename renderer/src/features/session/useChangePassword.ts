import type { FormEvent } from 'react';
import { api } from '../../api';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import { changePasswordInput } from '../../../../shared/session/schemas';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * The one change-own-password form (我的账户 and the first-login page): checked
 * here as the core will check it, the confirmation compared, the server's field
 * errors shown where they belong; `onChanged` runs once the password is changed.
 */
export function useChangePassword(onChanged: (form: { reset(): void }) => void | Promise<void>) {
  const form = useForm(EMPTY);
  const call = useCall();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { currentPassword, newPassword, confirmPassword } = form.values;
    const input = { currentPassword, newPassword };
    const errors = zodFieldErrors(changePasswordInput, input);
    if (!errors.newPassword && newPassword !== confirmPassword) errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await call.run(() => api.session.changePassword(input));
    if (result.ok) await onChanged(form);
    else form.setErrors(result.error.fields ?? {});
  };

  return { form, submit, ...call };
}
