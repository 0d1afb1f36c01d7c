import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../format';
import { useCall } from '../../hooks/useCall';
import type { BackupInfo } from '../../../../shared/maintenance/schemas';
import { useSession } from '../session/useSession';

const CONFIRM_WORD = '恢复';

/**
 * Restoring replaces everything entered since the backup, so the director
 * types a word rather than clicking through. Afterwards the session is gone
 * (the restored archive has its own keyring) and everyone logs in again.
 */
export function RestoreBackupDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { refresh } = useSession();
  const [typed, setTyped] = useState('');
  const { busy, error, run } = useCall();

  const submit = async () => {
    const result = await run(() => api.maintenance.restoreBackup({ name: backup.name }));
    if (result.ok) await refresh();
  };

  return (
    <FormDialog
      open
      title="恢复到此备份"
      submitLabel="确认恢复"
      danger
      busy={busy}
      error={error}
      submitDisabled={typed.trim() !== CONFIRM_WORD}
      onClose={onClose}
      onSubmit={submit}
    >
      <Alert severity="error">
        档案库将回到 {formatDateTime(backup.createdAt)} 的状态，此后录入和修改的所有内容都会丢失。
      </Alert>
      <Typography>
        恢复前系统会自动备份当前档案库，必要时仍可恢复回来。恢复完成后，所有人都需要重新登录（使用该备份时的密码）。
      </Typography>
      <TextField
        label={`请输入“${CONFIRM_WORD}”以确认`}
        autoFocus
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
    </FormDialog>
  );
}
