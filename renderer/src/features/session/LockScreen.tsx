import { useRef, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { CenteredCard } from '../../components/CenteredCard';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import { unlockInput, type SessionUser } from '../../../../shared/session/schemas';
import { useSession } from './useSession';

/**
 * The idle lock: the key was dropped, so only the same user's password opens
 * the session again. Someone else at the PC switches user (logs this one out).
 */
export function LockScreen({ user }: { user: SessionUser }) {
  const { setStatus } = useSession();
  const form = useForm({ password: '' });
  const { busy, error, run } = useCall();
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { password: form.values.password };
    const errors = zodFieldErrors(unlockInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.session.unlock(input));
    if (result.ok) {
      setStatus(result.value);
    } else {
      form.setErrors(result.error.fields ?? {});
      form.setValue('password', '');
      // The click on 解锁 took the focus; give it back so the user can simply retype.
      passwordRef.current?.focus();
    }
  };

  const switchUser = async () => {
    const result = await run(() => api.session.logout({}));
    if (result.ok) setStatus(result.value);
  };

  return (
    <CenteredCard title="已锁定">
      <Typography sx={{ mb: 2 }}>
        {user.displayName}（{ROLE_LABELS[user.role]}）的会话已锁定，请输入密码继续。
      </Typography>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error.message}</Alert>}
          <TextField
            label="密码"
            type="password"
            inputRef={passwordRef}
            autoFocus
            autoComplete="current-password"
            {...form.field('password')}
          />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            解锁
          </Button>
          <Button variant="text" onClick={switchUser} disabled={busy}>
            切换用户
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
