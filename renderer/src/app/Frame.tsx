import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import type { SessionStatus } from '../../../shared/session/schemas';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { MyAccountPage } from '../features/session/MyAccountPage';
import { useIdleLock } from '../features/session/useIdleLock';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NavDrawer } from './NavDrawer';
import { navItemsFor, type PageKey } from './navigation';
import { TopBar } from './TopBar';

type ActiveStatus = Extract<SessionStatus, { state: 'active' }>;

interface FrameProps {
  status: ActiveStatus;
  page: PageKey;
  onNavigate: (page: PageKey) => void;
}

/**
 * The signed-in app: top bar, navigation, and one page at a time
 * (state-based routing; the page lives in App so an unlock returns to it).
 */
export function Frame({ status, page, onNavigate: setPage }: FrameProps) {
  const { user } = status;
  useIdleLock(status.idleLockMinutes);

  // A role change by another session must not leave a page the user may no longer open.
  const shown = navItemsFor(user.role).some((item) => item.key === page) ? page : 'dashboard';

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <TopBar centreName={status.centreName} user={user} />
      <NavDrawer role={user.role} page={shown} onNavigate={setPage} />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar />
        {status.recoveryKeyPending && (
          <Alert
            severity="warning"
            sx={{ mb: 3 }}
            action={
              <Button color="inherit" size="small" onClick={() => setPage('settings')}>
                前往系统设置
              </Button>
            }
          >
            恢复密钥尚未确认保管。请到「系统设置」→「恢复密钥」重新生成恢复密钥，打印或抄写后交由主任保管。
          </Alert>
        )}
        {shown === 'dashboard' && <DashboardPage status={status} onNavigate={setPage} />}
        {shown === 'accounts' && <AccountsPage currentUserId={user.id} />}
        {shown === 'audit' && <AuditPage />}
        {shown === 'settings' && <SettingsPage />}
        {shown === 'myAccount' && <MyAccountPage user={user} />}
      </Box>
    </Box>
  );
}
