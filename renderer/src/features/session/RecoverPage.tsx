import type { FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { CenteredCard } from '../../components/CenteredCard';
import { useCall } from '../../hooks/useCall';
import { PASSWORD_MISMATCH, useForm, zodFieldErrors } from '../../hooks/useForm';
import { recoverInput } from '../../../../shared/session/schemas';
import { MONO_STACK } from '../../theme';
import { useSession } from './useSession';
import { NewPasswordFields } from '../../components/NewPasswordFields';

/** Opens the archive with the printed recovery key and sets the director's new password. */
export function RecoverPage({ onBack }: { onBack: () => void }) {
  const { setStatus } = useSession();
  const form = useForm({ recoveryKey: '', username: '', newPassword: '', confirmPassword: '' });
  const { busy, error, run } = useCall();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { recoveryKey, username, newPassword, confirmPassword } = form.values;
    const input = { recoveryKey, username, newPassword };
    const errors = zodFieldErrors(recoverInput, input);
    if (!errors.newPassword && newPassword !== confirmPassword) errors.confirmPassword = PASSWORD_MISMATCH;
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await run(() => api.session.recover(input));
    if (result.ok) setStatus(result.value);
    else form.setErrors(result.error.fields ?? {});
  };

  return (
    <CenteredCard title="使用恢复密钥" width={520}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        请输入初始化时打印或抄写的恢复密钥（由主任保管），并为主任账户设置新密码。
      </Typography>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error.message}</Alert>}
          <TextField
            label="恢复密钥"
            autoFocus
            autoComplete="off"
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: MONO_STACK } } }}
            {...form.field('recoveryKey')}
          />
          <TextField label="主任用户名" autoComplete="username" {...form.field('username')} />
          <NewPasswordFields password={form.field('newPassword')} confirm={form.field('confirmPassword')} />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            重设密码并登录
          </Button>
          <Link
            href="#login"
            variant="body2"
            onClick={(event) => {
              event.preventDefault();
              onBack();
            }}
          >
            返回登录
          </Link>
        </Stack>
      </form>
    </CenteredCard>
  );
}
