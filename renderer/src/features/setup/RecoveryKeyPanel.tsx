import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import type { SessionStatus } from '../../../../shared/session/schemas';
import { downloadFile } from '../../download';
import { printLabel, usePrint } from '../../print/usePrint';
import { RecoveryKeyText } from './RecoveryKeyText';

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
 * The sheet goes straight to the printer (the sheet itself says the key must
 * not be kept on the computer); saving it as a file is possible, with a warning.
 */
export function RecoveryKeyPanel({ recoveryKey, onConfirmed, notice }: RecoveryKeyPanelProps) {
  const [kept, setKept] = useState(false);
  const sheet = useCall();
  const printing = usePrint();
  const confirm = useCall();

  // The sheet comes from the core each time: it is never kept in the page, nor saved unless asked.
  const print = async () => {
    const result = await sheet.run(() => api.setup.recoveryKeySheet({ recoveryKey }));
    if (result.ok) await printing.print(result.value);
  };
  const save = async () => {
    const result = await sheet.run(() => api.setup.recoveryKeySheet({ recoveryKey }));
    if (result.ok) downloadFile({ ...result.value, mime: 'application/pdf' });
  };

  const finish = async () => {
    const result = await confirm.run(() => api.setup.confirmRecoveryKept({}));
    if (result.ok) onConfirmed(result.value);
  };
  const busy = sheet.busy || printing.preparing;

  return (
    <Stack spacing={2}>
      {notice}
      <RecoveryKeyText recoveryKey={recoveryKey} />
      <Alert severity="warning">
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          恢复密钥是所有密码都遗忘时打开档案库的唯一办法。
        </Typography>
        <Typography variant="body2">
          请立即打印或逐字抄写，交由主任存放在保险柜中。恢复密钥只显示这一次，离开本页后无法再次查看。
        </Typography>
      </Alert>
      <ErrorAlert error={sheet.error ?? printing.error} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" startIcon={<PrintOutlined />} onClick={print} disabled={busy}>
          {printLabel(printing.progress, '打印恢复密钥')}
        </Button>
        <Button size="small" color="inherit" startIcon={<DownloadOutlined />} onClick={save} disabled={busy}>
          保存为 PDF 文件
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        不建议保存为文件：恢复密钥不得存放在电脑中。确需保存时，请存入 U
        盘并与打印件一同锁入保险柜，随后删除电脑上的副本。
      </Typography>
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
