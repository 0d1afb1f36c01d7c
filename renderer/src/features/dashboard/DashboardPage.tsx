import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import {
  ARCHIVE_ROLES,
  DUTY_ROLES,
  WATCH_ROLES,
  type Navigate,
  type OpenArchiveItem,
  type OpenCase,
  type OpenMediation,
} from '../../app/navigation';
import { formatLongDate } from '../../format';
import { ArchivePanels } from './ArchivePanels';
import { CasePanels } from './CasePanels';
import { DirectorOverview } from './DirectorOverview';
import { DutyPanels } from './DutyPanels';
import { LoginFailuresPanel } from './LoginFailuresPanel';
import { MediationPanels } from './MediationPanels';
import { ROLE_DUTIES } from './roleDuties';
import { WatchPanel } from './WatchPanel';

interface DashboardPageProps {
  status: Extract<SessionStatus, { state: 'active' }>;
  onNavigate: Navigate;
  onOpenCase: OpenCase;
  onOpenMediation: OpenMediation;
  onOpenArchiveItem: OpenArchiveItem;
}

/**
 * The desk: who you are, today's date, your duties; for the ledger's users the
 * cases due, overdue and major and the mediation deadlines (judicial
 * confirmation, follow-ups) — both name parties and cases, which the other
 * roles do not see; for the archive room's users (the archivist too) the
 * loans to decide, hand out and recall; for the director also the archive's
 * health and the failed logins since their previous one. Everyone sees who
 * is on duty now; the director also the swaps waiting for approval.
 */
export function DashboardPage({
  status,
  onNavigate,
  onOpenCase,
  onOpenMediation,
  onOpenArchiveItem,
}: DashboardPageProps) {
  const { user } = status;
  // Read once per visit to the page; the date line need not tick.
  const [today] = useState(() => new Date());
  const worksLedger = user.role === 'director' || user.role === 'staff';
  const usesArchive = ARCHIVE_ROLES.includes(user.role);
  const onRoster = DUTY_ROLES.includes(user.role);
  const readsWatch = WATCH_ROLES.includes(user.role);

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
      <DutyPanels director={user.role === 'director'} />
      {readsWatch && <WatchPanel onOpenWatch={() => onNavigate('watch')} />}
      {worksLedger && <CasePanels onOpenCase={onOpenCase} />}
      {worksLedger && <MediationPanels onOpenMediation={onOpenMediation} />}
      {usesArchive && (
        <ArchivePanels role={user.role} onNavigate={onNavigate} onOpenArchiveItem={onOpenArchiveItem} />
      )}
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
            {usesArchive && '档案在「档案目录」中归档和查找；借阅的申请、出借与归还在「档案借阅」中办理。'}
            {onRoster && '值班表、本人的班次和调班申请在「值班排班」中查看和办理。'}
            {readsWatch && '接班、值班记录、派遣督办在「值班日志」中办理。'}
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
            {usesArchive && (
              <>
                <Button variant={worksLedger ? 'outlined' : 'contained'} onClick={() => onNavigate('loans')}>
                  档案借阅
                </Button>
                <Button variant="outlined" onClick={() => onNavigate('archive')}>
                  档案目录
                </Button>
              </>
            )}
            {onRoster && (
              <Button variant={worksLedger ? 'outlined' : 'contained'} onClick={() => onNavigate('roster')}>
                值班排班
              </Button>
            )}
            <Button
              variant={worksLedger || usesArchive || onRoster ? 'outlined' : 'contained'}
              onClick={() => onNavigate('myAccount')}
            >
              前往我的账户
            </Button>
          </Stack>
        </Paper>
      )}
    </>
  );
}
