import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import UsbOutlined from '@mui/icons-material/UsbOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { useJob } from '../../jobs/useJob';
import type { ApiError } from '../../../../shared/api/result';
import type { BackupInfo, ExternalBackups } from '../../../../shared/maintenance/schemas';
import { newestFirst } from './backupLabels';
import { BackupTable } from './BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';

/** The desktop shell's folder dialog; absent in the browser, where the path is typed. */
const desktop = window.desktop;

/**
 * 备份到… and 从…恢复 (issue 13, item 10): a backup on a USB stick or another
 * disk, the command line's `backup --to`, and a restore from one. The core
 * checks the folder (exists, writable, outside the archive) and verifies the
 * backup there; the list below shows what the folder holds, read back from it.
 */
export function ExternalBackupSection() {
  const [folder, setFolder] = useState('');
  const [shown, setShown] = useState<ExternalBackups>();
  const [notice, setNotice] = useState('');
  const [restoring, setRestoring] = useState<BackupInfo>();
  const backup = useJob();
  const list = useCall();
  const error: ApiError | null = backup.error ?? list.error;
  const folderError = error?.fields?.folder;

  const choose = async (title: string) => {
    const chosen = await desktop?.chooseFolder(title);
    if (chosen) setFolder(chosen);
    return chosen ?? null;
  };

  const look = async (path: string) => {
    const result = await list.run(() => api.maintenance.listBackupsIn({ folder: path }));
    if (result.ok) setShown({ ...result.value, backups: newestFirst(result.value.backups) });
  };

  const backUp = async () => {
    setNotice('');
    list.setError(null);
    const path = desktop ? await choose('备份到…') : folder;
    if (path === null) return;
    const result = await backup.run(() => api.maintenance.backupTo({ folder: path }));
    if (result.ok) {
      setNotice(`已备份到 ${result.value.path}，并已通过校验。`);
      await look(path);
    }
  };

  const restoreFrom = async () => {
    setNotice('');
    backup.setError(null);
    const path = desktop ? await choose('从…恢复：选择备份所在的文件夹') : folder;
    if (path !== null) await look(path);
  };

  return (
    <Section
      title="备份到U盘或其他位置"
      description="把经过校验的备份存到档案库以外的位置（如U盘、移动硬盘），电脑损坏时也能恢复。备份与档案库同样加密，需用当时的密码打开；这里的旧备份不会被自动删除。"
    >
      {!desktop && (
        <TextField
          label="文件夹路径"
          placeholder="例如 E:\档案备份"
          value={folder}
          onChange={(event) => {
            setFolder(event.target.value);
            backup.setError(null);
            list.setError(null);
          }}
          error={Boolean(folderError)}
          helperText={
            folderError ??
            '浏览器不能替档案服务选择文件夹，请填写本机上的完整路径（U盘插好后可在“此电脑”中查看盘符）。'
          }
          fullWidth
          sx={{ mb: 2 }}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      )}
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Button
          variant="contained"
          startIcon={<UsbOutlined />}
          onClick={backUp}
          disabled={backup.busy || (!desktop && !folder.trim())}
        >
          {desktop ? '备份到…' : '备份到此文件夹'}
        </Button>
        <Button
          variant="outlined"
          startIcon={<FolderOpenOutlined />}
          onClick={restoreFrom}
          disabled={list.busy || (!desktop && !folder.trim())}
        >
          {desktop ? '从…恢复' : '从此文件夹恢复'}
        </Button>
      </Stack>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {/* A folder's own problem is said beside the field; in the desktop app there is none, so here. */}
      <ErrorAlert error={folderError && !desktop ? null : error} />
      {shown && (
        <>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {shown.folder} 中的备份
          </Typography>
          {shown.backups.length === 0 ? (
            <Typography color="text.secondary">该文件夹中没有本系统的备份</Typography>
          ) : (
            <BackupTable label="所选文件夹中的备份" backups={shown.backups} onRestore={setRestoring} />
          )}
        </>
      )}
      {restoring && shown && (
        <RestoreBackupDialog
          backup={restoring}
          folder={shown.folder}
          onClose={() => setRestoring(undefined)}
        />
      )}
    </Section>
  );
}
