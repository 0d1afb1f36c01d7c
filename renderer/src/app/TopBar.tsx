import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import { api } from '../api';
import { useCall } from '../hooks/useCall';
import { flushDrafts } from '../hooks/useDraft';
import { useConfirmLeave } from './leaveGuard';
import { useSession } from '../features/session/useSession';
import { ROLE_LABELS } from '../../../shared/accounts/roles';
import type { SessionUser } from '../../../shared/session/schemas';

/** Centre name, who is signed in, and the two ways to leave the desk: lock or log out. */
export function TopBar({ centreName, user }: { centreName: string; user: SessionUser }) {
  const { setStatus, refresh } = useSession();
  const { busy, run } = useCall();
  const confirmLeave = useConfirmLeave();

  const leave = async (call: typeof api.session.lock) => {
    // The form's last keystrokes reach the archive before its key is dropped.
    const result = await run(async () => {
      await flushDrafts();
      return call({});
    });
    if (result.ok) setStatus(result.value);
    else await refresh();
  };

  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar>
        <Typography variant="h6" component="div" noWrap sx={{ flexGrow: 1 }}>
          {centreName}
          <Typography component="span" variant="body2" sx={{ ml: 1.5, opacity: 0.8 }}>
            档案台账系统
          </Typography>
        </Typography>
        <Typography variant="body2" sx={{ mr: 2 }} data-testid="current-user">
          {user.displayName}（{ROLE_LABELS[user.role]}）
        </Typography>
        <Button
          color="inherit"
          startIcon={<LockOutlined />}
          onClick={() => confirmLeave(() => void leave(api.session.lock), 'lock')}
          disabled={busy}
        >
          锁定
        </Button>
        <Button
          color="inherit"
          startIcon={<LogoutOutlined />}
          onClick={() => confirmLeave(() => void leave(api.session.logout))}
          disabled={busy}
        >
          退出登录
        </Button>
      </Toolbar>
    </AppBar>
  );
}
