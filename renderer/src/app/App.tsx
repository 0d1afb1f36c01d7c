import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Alert from '@mui/material/Alert';
import { CenteredCard } from '../components/CenteredCard';
import { LockScreen } from '../features/session/LockScreen';
import { LoggedOutScreen } from '../features/session/LoggedOutScreen';
import { SetNewPasswordPage } from '../features/session/SetNewPasswordPage';
import { SessionProvider } from '../features/session/SessionProvider';
import { useSession } from '../features/session/useSession';
import { SetupWizard } from '../features/setup/SetupWizard';
import { Frame } from './Frame';
import { LeaveGuardProvider } from './leaveGuard';

/** The state machine: which screen follows from `session.status`. */
function Screens() {
  const { status, startupError, refresh } = useSession();
  // The page lives in the address, so an unlock or a reload returns to it; signing out leaves
  // it, so the next person to sign in starts at the desk (a reload on the login keeps it).
  const wasActive = useRef(false);
  const signedOut = status?.state === 'loggedOut' || status?.state === 'uninitialised';
  useEffect(() => {
    if (status?.state === 'active') wasActive.current = true;
    else if (signedOut && wasActive.current) {
      wasActive.current = false;
      history.replaceState(history.state, '', '#/');
    }
  }, [status?.state, signedOut]);

  if (!status) {
    if (!startupError) {
      return (
        <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <CircularProgress aria-label="正在连接档案服务" />
        </Box>
      );
    }
    return (
      <CenteredCard title="无法打开档案库">
        <Alert severity="error" sx={{ mb: 2 }}>
          {startupError.message}
        </Alert>
        <Button variant="contained" onClick={() => void refresh()}>
          重试
        </Button>
      </CenteredCard>
    );
  }

  switch (status.state) {
    case 'uninitialised':
      return <SetupWizard unfinishedSetup={status.unfinishedSetup === true} />;
    case 'loggedOut':
      return <LoggedOutScreen />;
    case 'locked':
      return <LockScreen user={status.user} />;
    case 'active':
      // The core refuses every other call until a director-chosen password is replaced.
      if (status.mustChangePassword) return <SetNewPasswordPage user={status.user} />;
      return (
        // Keyed by the account: after a handover the incoming operator's window starts afresh, from the address.
        <LeaveGuardProvider key={status.user.id}>
          <Frame status={status} />
        </LeaveGuardProvider>
      );
  }
}

export function App() {
  return (
    <SessionProvider>
      <Screens />
    </SessionProvider>
  );
}
