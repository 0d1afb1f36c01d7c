import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import type { SessionStatus } from '../../../shared/session/schemas';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { ArchivePage } from '../features/archive/ArchivePage';
import { ItemPage } from '../features/archive/ItemPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CamerasPage } from '../features/cameras/CamerasPage';
import { LoansPage } from '../features/archive/loans/LoansPage';
import { CasePage } from '../features/cases/CasePage';
import { LedgerPage } from '../features/cases/LedgerPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { RosterPage } from '../features/duty/RosterPage';
import { WatchPage } from '../features/watch/WatchPage';
import { FootagePage } from '../features/footage/FootagePage';
import { IntakePage } from '../features/intake/IntakePage';
import { HandoverPage } from '../features/watch/handover/HandoverPage';
import { MediationPage } from '../features/mediation/MediationPage';
import { MyAccountPage } from '../features/session/MyAccountPage';
import { useIdleLock } from '../features/session/useIdleLock';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatsPage } from '../features/stats/StatsPage';
import { JobsProvider } from '../jobs/JobsProvider';
import { NavDrawer } from './NavDrawer';
import { useConfirmLeave } from './leaveGuard';
import { navItemsFor, type PageKey, type Route } from './navigation';
import { TopBar } from './TopBar';

type ActiveStatus = Extract<SessionStatus, { state: 'active' }>;

interface FrameProps {
  status: ActiveStatus;
  route: Route;
  onRoute: (route: Route) => void;
}

/**
 * The signed-in app: top bar, navigation, and one page at a time
 * (state-based routing; the route lives in App so an unlock returns to it).
 */
export function Frame({ status, route, onRoute }: FrameProps) {
  const { user } = status;
  useIdleLock(status.idleLockMinutes);

  // A role change by another session must not leave a page the user may no longer open.
  const allowed = (page: PageKey) => navItemsFor(user.role).some((item) => item.key === page);
  // Case records and mediations belong to the ledger's users (contract: LEDGER).
  const caseId = route.page === 'case' && allowed('ledger') ? route.caseId : undefined;
  const mediation = route.page === 'mediation' && allowed('ledger') ? route : undefined;
  // Archive items belong to the archive room's users (contract: ARCHIVE); operators never see them.
  const item = route.page === 'archiveItem' && allowed('archive') ? route : undefined;
  const page: PageKey =
    route.page === 'case' || route.page === 'mediation' || route.page === 'archiveItem'
      ? route.back
      : route.page;
  const shown = allowed(page) ? page : 'dashboard';

  // Every way to another page asks first while the page shown holds unsaved edits (leaveGuard.tsx).
  const confirmLeave = useConfirmLeave();
  const go = (next: Route) => confirmLeave(() => onRoute(next));
  const setPage = (next: PageKey) => go({ page: next });
  const openCase = (id: number) => go({ page: 'case', caseId: id, back: shown });
  const openMediation = (id: number, fromCase?: number) =>
    go({ page: 'mediation', mediationId: id, fromCase, back: shown });
  const openArchiveItem = (id: number, fromCase?: number) =>
    go({ page: 'archiveItem', itemId: id, fromCase, back: shown });

  return (
    <JobsProvider>
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
          {mediation ? (
            <MediationPage
              key={mediation.mediationId}
              mediationId={mediation.mediationId}
              user={user}
              backLabel={mediation.fromCase === undefined ? '返回' : '返回案件'}
              onBack={() =>
                mediation.fromCase === undefined ? setPage(shown) : openCase(mediation.fromCase)
              }
              onOpenCase={openCase}
            />
          ) : item ? (
            <ItemPage
              key={item.itemId}
              itemId={item.itemId}
              user={user}
              centreName={status.centreName}
              backLabel={item.fromCase === undefined ? '返回' : '返回案件'}
              onBack={() => (item.fromCase === undefined ? setPage(shown) : openCase(item.fromCase))}
              onOpenCase={allowed('ledger') ? openCase : undefined}
            />
          ) : caseId !== undefined ? (
            // Keyed by id so opening another case starts from a fresh page state.
            <CasePage
              key={caseId}
              caseId={caseId}
              user={user}
              onBack={() => setPage(shown)}
              onOpenMediation={(id) => openMediation(id, caseId)}
              onOpenArchiveItem={(id) => openArchiveItem(id, caseId)}
            />
          ) : (
            <>
              {shown === 'dashboard' && (
                <DashboardPage
                  status={status}
                  onNavigate={setPage}
                  onOpenCase={openCase}
                  onOpenMediation={openMediation}
                  onOpenArchiveItem={openArchiveItem}
                />
              )}
              {shown === 'intake' && <IntakePage user={user} onOpenCase={openCase} />}
              {shown === 'ledger' && (
                <LedgerPage user={user} onOpenCase={openCase} onOpenMediation={openMediation} />
              )}
              {shown === 'archive' && (
                <ArchivePage user={user} centreName={status.centreName} onOpenItem={openArchiveItem} />
              )}
              {shown === 'loans' && <LoansPage user={user} onOpenItem={openArchiveItem} />}
              {shown === 'roster' && <RosterPage user={user} />}
              {shown === 'watch' && (
                <WatchPage user={user} onOpenCase={allowed('ledger') ? openCase : undefined} />
              )}
              {shown === 'cameras' && <CamerasPage user={user} />}
              {shown === 'footage' && <FootagePage user={user} />}
              {shown === 'handover' && <HandoverPage user={user} />}
              {shown === 'stats' && <StatsPage director={user.role === 'director'} />}
              {shown === 'accounts' && <AccountsPage currentUserId={user.id} />}
              {shown === 'audit' && <AuditPage />}
              {shown === 'settings' && <SettingsPage />}
              {shown === 'myAccount' && <MyAccountPage user={user} />}
            </>
          )}
        </Box>
      </Box>
    </JobsProvider>
  );
}
