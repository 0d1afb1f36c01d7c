import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../format';
import { useJob } from '../../jobs/useJob';
import type { BackupInfo } from '../../../../shared/maintenance/schemas';
import { BackupTable } from './BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useBackups } from './useBackups';

/** 立即备份 and the backups beside the archive, each restorable. */
export function BackupsSection() {
  const backups = useBackups();
  const create = useJob();
  const [notice, setNotice] = useState('');
  const [restoring, setRestoring] = useState<BackupInfo>();

  const backUpNow = async () => {
    setNotice('');
    const result = await create.run(() => api.maintenance.createBackup({}));
    if (result.ok) {
      setNotice(`已完成备份（${formatDateTime(result.value.createdAt)}），并已通过校验。`);
      await backups.reload();
    }
  };

  return (
    <Section
      title="备份与恢复"
      description="备份保存在档案库旁的备份文件夹中，与档案库同样加密。超出保留份数的旧备份会自动删除。"
    >
      <Button
        variant="contained"
        startIcon={<BackupOutlined />}
        onClick={backUpNow}
        disabled={create.busy}
        sx={{ mb: 2 }}
      >
        立即备份
      </Button>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      <ErrorAlert error={create.error ?? backups.error} />
      {backups.data && backups.data.length === 0 && <Typography color="text.secondary">尚无备份</Typography>}
      {backups.data && backups.data.length > 0 && (
        <BackupTable label="备份列表" backups={backups.data} onRestore={setRestoring} />
      )}
      {restoring && <RestoreBackupDialog backup={restoring} onClose={() => setRestoring(undefined)} />}
    </Section>
  );
}
