import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import type { SessionUser } from '../../../../shared/session/schemas';
import { useChangePassword } from './useChangePassword';
import { NewPasswordFields } from '../../components/NewPasswordFields';

/** Every user changes their own password here; it re-wraps only their key entry. */
export function MyAccountPage({ user }: { user: SessionUser }) {
  const [saved, setSaved] = useState(false);
  const {
    form,
    submit: change,
    busy,
    error,
  } = useChangePassword((changed) => {
    changed.reset();
    setSaved(true);
  });
  const submit = (event: FormEvent) => {
    setSaved(false);
    return change(event);
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
