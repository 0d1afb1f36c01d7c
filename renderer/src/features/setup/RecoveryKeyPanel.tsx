import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { MONO_STACK } from '../../theme';
import { downloadPdf } from './downloadPdf';

interface RecoveryKeyPanelProps {
  recoveryKey: string;
  /** Called with the new status once the server recorded that the key is kept. */
  onConfirmed: (status: SessionStatus) => void;
  /** Extra notice above the key, e.g. how many accounts need a reset after a rekey. */
  notice?: ReactNode;
}

/**
 * Shows a freshly made recovery key exactly once (setup, regeneration,
 * rekey). The key is never stored in clear, so the director must print or
 * copy it now; the checkbox makes that a deliberate act before moving on.
 */
export function RecoveryKeyPanel({ recoveryKey, onConfirmed, notice }: RecoveryKeyPanelProps) {
  const [kept, setKept] = useState(false);
  const pdf = useCall();
  const confirm = useCall();

  const download = async () => {
    const result = await pdf.run(() => api.setup.recoveryKeySheet({ recoveryKey }));
    if (result.ok) downloadPdf(result.value.fileName, result.value.base64);
  };

  const finish = async () => {
    const result = await confirm.run(() => api.setup.confirmRecoveryKept({}));
    if (result.ok) onConfirmed(result.value);
  };

  return (
    <Stack spacing={2}>
      {notice}
      <Box
        data-testid="recovery-key"
        sx={{
          fontFamily: MONO_STACK,
          fontSize: { xs: 22, sm: 26 },
          fontWeight: 600,
          letterSpacing: '0.06em',
          lineHeight: 1.6,
          textAlign: 'center',
          wordBreak: 'break-word',
          userSelect: 'all',
          p: 2,
          border: 2,
          borderColor: 'primary.main',
          borderRadius: 1,
          bgcolor: '#f7fafc',
        }}
      >
        {/* Groups never break inside, so a wrapped key is still read group by group; the text stays the exact key. */}
        {recoveryKey.split('-').map((group, index, groups) => (
          <Box component="span" key={index} sx={{ display: 'inline-block' }}>
            {group}
            {index < groups.length - 1 ? '-' : ''}
          </Box>
        ))}
      </Box>
      <Alert severity="warning">
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          恢复密钥是所有密码都遗忘时打开档案库的唯一办法。
        </Typography>
        <Typography variant="body2">
          请立即打印或逐字抄写，交由主任存放在保险柜中。恢复密钥只显示这一次，离开本页后无法再次查看。
        </Typography>
      </Alert>
      <ErrorAlert error={pdf.error} />
      <Box>
        <Button variant="outlined" startIcon={<DownloadOutlined />} onClick={download} disabled={pdf.busy}>
          下载打印版 (PDF)
        </Button>
      </Box>
      <FormControlLabel
        control={<Checkbox checked={kept} onChange={(event) => setKept(event.target.checked)} />}
        label="我已打印或抄写恢复密钥，并交由主任妥善保管"
      />
      <ErrorAlert error={confirm.error} />
      <Box>
        <Button variant="contained" onClick={finish} disabled={!kept || confirm.busy}>
          我已保管好，继续
        </Button>
      </Box>
    </Stack>
  );
}
