import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatBytes, formatDateTime } from '../../format';
import { useJob } from '../../jobs/useJob';
import { useLoad } from '../../hooks/useLoad';
import { BACKUP_REASON_LABELS, newestFirst } from '../maintenance/backupLabels';

/** The two things a director should glance at every morning: the last backup and the audit chain. */
export function DirectorOverview() {
  const backups = useLoad(useCallback(() => api.maintenance.listBackups({}), []));
  const verification = useLoad(useCallback(() => api.audit.verify({}), []));
  const backup = useJob();
  const [justBackedUp, setJustBackedUp] = useState(false);

  const last = backups.data ? newestFirst(backups.data)[0] : undefined;

  const backUpNow = async () => {
    const result = await backup.run(() => api.maintenance.createBackup({}));
    if (result.ok) {
      setJustBackedUp(true);
      await backups.reload();
    }
  };

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
      <Paper component="section" aria-label="最近备份" sx={{ p: 3, flex: 1 }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
          最近备份
        </Typography>
        <ErrorAlert error={backups.error ?? backup.error} />
        {justBackedUp && (
          <Alert severity="success" sx={{ mb: 2 }}>
            备份已完成并通过校验。
          </Alert>
        )}
        {backups.loading && !backups.data ? (
          <Typography color="text.secondary">正在读取…</Typography>
        ) : last ? (
          <Typography>
            {formatDateTime(last.createdAt)}（{BACKUP_REASON_LABELS[last.reason]}，
            {formatBytes(last.sizeBytes)}）
          </Typography>
        ) : (
          backups.data && <Typography>尚无备份</Typography>
        )}
        {backups.data && (
          <Button
            variant={last ? 'outlined' : 'contained'}
            sx={{ mt: 2 }}
            onClick={backUpNow}
            disabled={backup.busy}
          >
            立即备份
          </Button>
        )}
      </Paper>
      <Paper component="section" aria-label="操作日志完整性" sx={{ p: 3, flex: 1 }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
          操作日志完整性
        </Typography>
        <ErrorAlert error={verification.error} />
        {verification.loading && !verification.data && (
          <Typography color="text.secondary">正在校验…</Typography>
        )}
        {verification.data &&
          (verification.data.ok ? (
            <Alert severity="success">正常（已校验 {verification.data.checked} 条记录）</Alert>
          ) : (
            <Alert severity="error">{verification.data.problem ?? '操作日志校验未通过。'}</Alert>
          ))}
      </Paper>
    </Stack>
  );
}
