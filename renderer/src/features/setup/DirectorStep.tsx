import TextField from '@mui/material/TextField';
import type { SetupForm } from './setupForm';

/** Step 2: the director's account, the first and only account able to create the others. */
export function DirectorStep({ form }: { form: SetupForm }) {
  return (
    <>
      <TextField
        label="姓名"
        autoFocus
        autoComplete="name"
        {...form.field('displayName', 'director.displayName')}
      />
      <TextField label="用户名" autoComplete="username" {...form.field('username', 'director.username')} />
      <TextField
        label="密码"
        type="password"
        autoComplete="new-password"
        {...form.field('password', 'director.password')}
      />
      <TextField
        label="确认密码"
        type="password"
        autoComplete="new-password"
        {...form.field('confirmPassword')}
      />
    </>
  );
}
