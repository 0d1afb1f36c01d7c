import { useState } from 'react';
import Alert from '@mui/material/Alert';
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
 * The duty screen (值班日志) carries the same button beside the shift.
 */
export function HandoverPage({ user }: { user: SessionUser }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageTitle>交接班</PageTitle>
      {done && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {KEEPS_WATCH.has(user.role) && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 3 }}>
          <HandoverButton onDone={setDone} />
          <Typography variant="body2" color="text.secondary">
            交班人、接班人当面在本机各自输入本人密码；有事件正在处置中须主任授权。
          </Typography>
        </Stack>
      )}
      <HandoversSection key={done ?? ''} />
    </>
  );
}
