import { useRef, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { api } from '../../api';
import { CenteredCard } from '../../components/CenteredCard';
import { useCall } from '../../hooks/useCall';
import { useForm, zodFieldErrors } from '../../hooks/useForm';
import { loginInput } from '../../../../shared/session/schemas';
import { useSession } from './useSession';

/** Sign-in with user name and password; the recovery key path is one link away. */
export function LoginPage({ onRecover }: { onRecover: () => void }) {
  const { setStatus } = useSession();
  const form = useForm({ username: '', password: '' });
  const { busy, error, run } = useCall();
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { username: form.values.username, password: form.values.password };
    const errors = zodFieldErrors(loginInput, input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.session.login(input));
    if (result.ok) {
      setStatus(result.value);
    } else {
      form.setErrors(result.error.fields ?? {});
      // A wrong password is retyped from scratch; the user name stays. So after a refusal to try yet.
      if (result.error.code === 'WRONG_PASSWORD' || result.error.code === 'TOO_MANY_ATTEMPTS') {
        form.setValue('password', '');
        passwordRef.current?.focus();
      }
    }
  };

  return (
    <CenteredCard title="登录">
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error.message}</Alert>}
          <TextField label="用户名" autoFocus autoComplete="username" {...form.field('username')} />
          <TextField
            label="密码"
            type="password"
            inputRef={passwordRef}
            autoComplete="current-password"
            {...form.field('password')}
          />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            登录
          </Button>
          <Link
            href="#recover"
            variant="body2"
            onClick={(event) => {
              event.preventDefault();
              onRecover();
            }}
          >
            忘记密码？使用恢复密钥
          </Link>
        </Stack>
      </form>
    </CenteredCard>
  );
}
