import TextField, { type TextFieldProps } from '@mui/material/TextField';

interface NewPasswordFieldsProps {
  /** Props of the new-password field, e.g. `form.field('newPassword')`. */
  password: TextFieldProps;
  /** Props of the confirmation field, e.g. `form.field('confirmPassword')`. */
  confirm: TextFieldProps;
  autoFocus?: boolean;
}

/**
 * A new password typed twice: the same pair wherever a password is set (my
 * account, a reset by the director, recovery), so the browser's password
 * manager and the user see it the same way everywhere.
 */
export function NewPasswordFields({ password, confirm, autoFocus }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label="新密码"
        type="password"
        autoFocus={autoFocus}
        autoComplete="new-password"
        {...password}
      />
      <TextField label="确认新密码" type="password" autoComplete="new-password" {...confirm} />
    </>
  );
}
