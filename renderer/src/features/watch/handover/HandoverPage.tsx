import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { PageTitle } from '../../../components/PageTitle';
import { HandoverButton } from './HandoverButton';
import { HandoversSection } from './HandoversSection';

/** Who keeps the watch and so hands over (contract: WATCH_OPS); staff only read the records. */
const KEEPS_WATCH = new Set<SessionUser['role']>(['director', 'operator']);

/**
 * 交接班: the handover of the shift under way and the records of past ones.
 * A handover ends with the window signed in as the incoming operator, who
 * starts on their own 工作台 (App keeps a route per user).
 */
export function HandoverPage({ user }: { user: SessionUser }) {
  return (
    <>
      <PageTitle>交接班</PageTitle>
      {KEEPS_WATCH.has(user.role) && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 3 }}>
          <HandoverButton />
          <Typography variant="body2" color="text.secondary">
            交班人、接班人当面在本机各自输入本人密码；有事件正在处置中须主任授权。
          </Typography>
        </Stack>
      )}
      <HandoversSection />
    </>
  );
}
