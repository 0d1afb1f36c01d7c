import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import type { Navigate, OpenCase, OpenMediation } from '../../app/navigation';
import { formatLongDate } from '../../format';
import { CasePanels } from './CasePanels';
import { DirectorOverview } from './DirectorOverview';
import { LoginFailuresPanel } from './LoginFailuresPanel';
import { MediationPanels } from './MediationPanels';
import { ROLE_DUTIES } from './roleDuties';

interface DashboardPageProps {
  status: Extract<SessionStatus, { state: 'active' }>;
  onNavigate: Navigate;
  onOpenCase: OpenCase;
  onOpenMediation: OpenMediation;
}

/**
 * The desk: who you are, today's date, your duties; for the ledger's users the
 * cases due, overdue and major and the mediation deadlines (judicial
 * confirmation, follow-ups) — both name parties and cases, which the other
 * roles do not see; for the director also the archive's health and the failed
 * logins since their previous one.
 */
export function DashboardPage({ status, onNavigate, onOpenCase, onOpenMediation }: DashboardPageProps) {
  const { user } = status;
  // Read once per visit to the page; the date line need not tick.
  const [today] = useState(() => new Date());
  const worksLedger = user.role === 'director' || user.role === 'staff';

  return (
    <>
      <Typography variant="h5" component="h1">
        您好，{user.displayName}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }} data-testid="today">
        {formatLongDate(today)}
      </Typography>
      <Typography sx={{ mt: 2, mb: 3 }}>
        {ROLE_LABELS[user.role]}职责：{ROLE_DUTIES[user.role]}
      </Typography>
      {worksLedger && <CasePanels onOpenCase={onOpenCase} />}
      {worksLedger && <MediationPanels onOpenMediation={onOpenMediation} />}
      {user.role === 'director' ? (
        <>
          <DirectorOverview />
          <LoginFailuresPanel />
        </>
      ) : (
        <Paper component="section" aria-label="现在可以做什么" sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            现在可以做什么
          </Typography>
          <Typography sx={{ mb: 2 }}>
            {worksLedger && '来访、来电先在「首问登记」中登记；案件在「矛盾纠纷台账」中查找和办理。'}
            在「我的账户」中查看本人账户信息、修改密码。
          </Typography>
          <Stack direction="row" spacing={1}>
            {worksLedger && (
              <>
                <Button variant="contained" onClick={() => onNavigate('intake')}>
                  首问登记
                </Button>
                <Button variant="outlined" onClick={() => onNavigate('ledger')}>
                  矛盾纠纷台账
                </Button>
              </>
            )}
            <Button variant={worksLedger ? 'outlined' : 'contained'} onClick={() => onNavigate('myAccount')}>
              前往我的账户
            </Button>
          </Stack>
        </Paper>
      )}
    </>
  );
}
