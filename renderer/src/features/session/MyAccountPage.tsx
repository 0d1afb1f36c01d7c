import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import { changePasswordInput, type SessionUser } from '../../../../shared/session/schemas';
import { NewPasswordFields } from '../../components/NewPasswordFields';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Every user changes their own password here; it re-wraps only their key entry. */
export function MyAccountPage({ user }: { user: SessionUser }) {
  const form = useForm(EMPTY);
  const { busy, error, run } = useCall();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { currentPassword, newPassword, confirmPassword } = form.values;
    const input = { currentPassword, newPassword };
    const errors = zodFieldErrors(changePasswordInput, input);
    if (!errors.newPassword && newPassword !== confirmPassword) errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.session.changePassword(input));
    if (result.ok) {
      form.reset();
      setSaved(true);
    } else {
      form.setErrors(result.error.fields ?? {});
    }
  };

  return (
    <>
      <PageTitle>我的账户</PageTitle>
      <Section title="账户信息">
        <Stack direction="row" spacing={4}>
          <Typography>姓名：{user.displayName}</Typography>
          <Typography>用户名：{user.username}</Typography>
          <Typography>角色：{ROLE_LABELS[user.role]}</Typography>
        </Stack>
      </Section>
      <Section title="修改密码" description="新密码至少 6 位。修改后，下次登录和解锁都使用新密码。">
        <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
          <Stack spacing={2}>
            {saved && <Alert severity="success">密码已修改。</Alert>}
            {error && <Alert severity="error">{error.message}</Alert>}
            <TextField
              label="当前密码"
              type="password"
              autoFocus
              autoComplete="current-password"
              {...form.field('currentPassword')}
            />
            <NewPasswordFields password={form.field('newPassword')} confirm={form.field('confirmPassword')} />
            <Box>
              <Button type="submit" variant="contained" disabled={busy}>
                修改密码
              </Button>
            </Box>
          </Stack>
        </Box>
      </Section>
    </>
  );
}
