import { useState } from 'react';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../format';
import { useJob } from '../../jobs/useJob';
import type { BackupInfo } from '../../../../shared/maintenance/schemas';
import { useSession } from '../session/useSession';

const CONFIRM_WORD = '恢复';

/**
 * Restoring replaces everything entered since the backup, so the director
 * types a word rather than clicking through. It runs as a job (progress and
 * 取消 in the tray; the archive answers 「档案库正在从备份恢复」 to everything
 * else meanwhile). Afterwards the session is gone (the restored archive has
 * its own keyring) and everyone logs in again.
 */
export function RestoreBackupDialog({
  backup,
  folder,
  onClose,
}: {
  backup: BackupInfo;
  /** The chosen folder holding the backup (从…恢复); none for the archive's own list. */
  folder?: string;
  onClose: () => void;
}) {
  const { refresh } = useSession();
  const [typed, setTyped] = useState('');
  const { busy, error, run } = useJob();

  const submit = async () => {
    const result = await run(() =>
      folder === undefined
        ? api.maintenance.restoreBackup({ name: backup.name })
        : api.maintenance.restoreFrom({ folder, name: backup.name }),
    );
    // Once the backup is in place the session ends, so the job's last poll meets 请先登录
    // rather than its result: either way the login page is next.
    if (result.ok || result.error.code === 'UNAUTHENTICATED') await refresh();
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
