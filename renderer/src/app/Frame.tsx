import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import { useEffect } from 'react';
import type { CaseDetail } from '../../../shared/cases/schemas';
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
import { ImportsPage } from '../features/imports/ImportsPage';
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
import { useHashRoute } from './useHashRoute';

type ActiveStatus = Extract<SessionStatus, { state: 'active' }>;

interface FrameProps {
  status: ActiveStatus;
}

/**
 * The signed-in app: top bar, navigation, and one page at a time. The page is
 * the address's hash route (router.ts), so Back, Forward, a reload and a
 * copied link all lead to it, and an unlock returns to it.
 */
export function Frame({ status }: FrameProps) {
  const { user } = status;
  useIdleLock(status.idleLockMinutes);

  // Every way to another page asks first while the page shown holds unsaved edits (leaveGuard.tsx).
  const confirmLeave = useConfirmLeave();
  const router = useHashRoute(confirmLeave);
  const { route, index } = router.entry;

  // A role change by another session must not leave a page the user may no longer open.
  const allowed = (page: PageKey) => navItemsFor(user.role).some((item) => item.key === page);
  // Case records and mediations belong to the ledger's users (contract: LEDGER).
  const theCase = route.page === 'case' && allowed('ledger') ? route : undefined;
  const mediation = route.page === 'mediation' && allowed('ledger') ? route : undefined;
  // Archive items belong to the archive room's users (contract: ARCHIVE); operators never see them.
  const item = route.page === 'archiveItem' && allowed('archive') ? route : undefined;
  const page: PageKey =
    route.page === 'case' || route.page === 'mediation' || route.page === 'archiveItem'
      ? route.back
      : route.page;
  const shown = allowed(page) ? page : 'dashboard';
  // A link to what this role may not open shows the desk, and the address says so.
  const refused = !(theCase ?? mediation ?? item) && shown !== route.page;
  const { replace } = router;
  useEffect(() => {
    if (refused) replace({ page: 'dashboard' });
  }, [refused, replace]);

  const go = (next: Route) => confirmLeave(() => router.push(next));
  const setPage = (next: PageKey) => go({ page: next });
  const openCase = (id: number) => go({ page: 'case', caseId: id, back: shown });
  const openMediation = (id: number, fromCase?: number) =>
    go({ page: 'mediation', mediationId: id, fromCase, back: shown });
  const openArchiveItem = (id: number, fromCase?: number) =>
    go({ page: 'archiveItem', itemId: id, fromCase, back: shown });
  // Once read, the case's address carries its code (the link people copy) and its id.
  const caseLoaded = (c: CaseDetail) => {
    if (theCase && (theCase.caseId !== c.id || theCase.code !== c.code))
      replace({ page: 'case', caseId: c.id, code: c.code, back: theCase.back });
  };

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
          ) : theCase ? (
            // Keyed by history entry: each visit starts from a fresh page state.
            <CasePage
              key={index}
              caseRef={theCase}
              onLoaded={caseLoaded}
              user={user}
              onBack={() => setPage(shown)}
              onOpenMediation={(id) => openMediation(id, theCase.caseId)}
              onOpenArchiveItem={(id) => openArchiveItem(id, theCase.caseId)}
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
              {shown === 'imports' && (
                <ImportsPage
                  onOpenLedger={() => setPage('ledger')}
                  onOpenArchive={() => setPage('archive')}
                />
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
