import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { SessionUser } from '../../../../shared/session/schemas';
import { PageTitle } from '../../components/PageTitle';
import { useRemembered } from '../../hooks/useRemembered';
import { AvailabilityTab } from './AvailabilityTab';
import { FaultsTab } from './FaultsTab';
import { PointsTab } from './PointsTab';

type CamerasTab = 'points' | 'faults' | 'availability';

/**
 * 点位与设备: the camera points (the director keeps them), the fault log
 * (whoever keeps the watch records faults and repairs; staff read), and the
 * month's 在线率 per point.
 */
export function CamerasPage({ user }: { user: SessionUser }) {
  const [tab, setTab] = useRemembered<CamerasTab>(`cameras:${user.id}:tab`, 'points');
  return (
    <>
      <PageTitle>点位与设备</PageTitle>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab} onChange={(_, next: CamerasTab) => setTab(next)} aria-label="点位与设备分类">
          <Tab value="points" label="点位" />
          <Tab value="faults" label="设备故障" />
          <Tab value="availability" label="在线率" />
        </Tabs>
      </Box>
      {tab === 'points' && <PointsTab director={user.role === 'director'} />}
      {tab === 'faults' && (
        <FaultsTab user={user} keeps={user.role === 'director' || user.role === 'operator'} />
      )}
      {tab === 'availability' && <AvailabilityTab user={user} />}
    </>
  );
}
