import { useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { ROLE_LABELS } from '../../../../shared/accounts/roles';
import type { Navigate } from '../../app/navigation';
import { formatLongDate } from '../../format';
import { DirectorOverview } from './DirectorOverview';
import { ROLE_DUTIES } from './roleDuties';

interface DashboardPageProps {
  status: Extract<SessionStatus, { state: 'active' }>;
  onNavigate: Navigate;
}

/** The desk: who you are, today's date, your duties, and for the director the archive's health. */
export function DashboardPage({ status, onNavigate }: DashboardPageProps) {
  const { user } = status;
  // Read once per visit to the page; the date line need not tick.
  const [today] = useState(() => new Date());

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
      {user.role === 'director' ? (
        <DirectorOverview />
      ) : (
        <Paper component="section" aria-label="现在可以做什么" sx={{ p: 3 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
            现在可以做什么
          </Typography>
          <Typography sx={{ mb: 2 }}>
            在「我的账户」中查看本人账户信息、修改密码。首次登录请把主任设置的初始密码改为只有自己知道的密码。
          </Typography>
          <Button variant="contained" onClick={() => onNavigate('myAccount')}>
            前往我的账户
          </Button>
        </Paper>
      )}
    </>
  );
}
