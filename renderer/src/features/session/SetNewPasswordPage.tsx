import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { CenteredCard } from '../../components/CenteredCard';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import type { SessionUser } from '../../../../shared/session/schemas';
import { useChangePassword } from './useChangePassword';
import { useSession } from './useSession';

/**
 * Right after a login with a password the director chose (issue 9, item 6):
 * the core refuses everything else until the user sets their own, so this is
 * the only page shown; leaving means logging out.
 */
export function SetNewPasswordPage({ user }: { user: SessionUser }) {
  const { setStatus, refresh } = useSession();
  const { form, submit, busy, error, run } = useChangePassword(refresh);

  const logout = async () => {
    const result = await run(() => api.session.logout({}));
    if (result.ok) setStatus(result.value);
  };

  return (
    <CenteredCard title="设置新密码">
      <Typography sx={{ mb: 2 }}>
        {user.displayName}，您的密码是主任设置的初始密码。请设置一个只有您自己知道的新密码，然后才能开始工作。
      </Typography>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error.message}</Alert>}
          <TextField
            label="当前密码"
            type="password"
            autoFocus
            autoComplete="current-password"
            {...form.field('currentPassword')}
          />
          <NewPasswordFields password={form.field('newPassword')} confirm={form.field('confirmPassword')} />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            设置新密码
          </Button>
          <Button variant="text" onClick={logout} disabled={busy}>
            退出登录
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
