import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatBytes, formatDateTime } from '../../format';
import { useJob } from '../../jobs/useJob';
import type { BackupInfo } from '../../../../shared/maintenance/schemas';
import { BACKUP_REASON_LABELS } from './backupLabels';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useBackups } from './useBackups';

/** Backups are few (rotated to the kept count), so a plain table, not a grid. */
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
        <Table size="small" aria-label="备份列表">
          <TableHead>
            <TableRow>
              <TableCell>时间</TableCell>
              <TableCell>原因</TableCell>
              <TableCell>大小</TableCell>
              <TableCell>数据版本</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {backups.data.map((backup) => (
              <TableRow key={backup.name}>
                <TableCell>{formatDateTime(backup.createdAt)}</TableCell>
                <TableCell>{BACKUP_REASON_LABELS[backup.reason]}</TableCell>
                <TableCell>{formatBytes(backup.sizeBytes)}</TableCell>
                <TableCell>{backup.schemaVersion}</TableCell>
                <TableCell align="right">
                  <Button size="small" color="error" onClick={() => setRestoring(backup)}>
                    恢复到此备份
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {restoring && <RestoreBackupDialog backup={restoring} onClose={() => setRestoring(undefined)} />}
    </Section>
  );
}
