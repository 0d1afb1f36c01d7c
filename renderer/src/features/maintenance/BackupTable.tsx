import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatBytes, formatDateTime } from '../../format';
import type { BackupInfo } from '../../../../shared/maintenance/schemas';
import { BACKUP_REASON_LABELS } from './backupLabels';

/**
 * Backups as the director reads them, each with 恢复到此备份: the archive's own
 * list and a chosen folder's (a USB stick) alike. Backups are few (rotated to
 * the kept count, or a stick's handful), so a plain table, not a grid.
 */
export function BackupTable({
  label,
  backups,
  onRestore,
}: {
  label: string;
  backups: readonly BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
}) {
  return (
    <Table size="small" aria-label={label}>
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
        {backups.map((backup) => (
          <TableRow key={backup.name}>
            <TableCell>{formatDateTime(backup.createdAt)}</TableCell>
            <TableCell>{BACKUP_REASON_LABELS[backup.reason]}</TableCell>
            <TableCell>{formatBytes(backup.sizeBytes)}</TableCell>
            <TableCell>{backup.schemaVersion}</TableCell>
            <TableCell align="right">
              <Button size="small" color="error" onClick={() => onRestore(backup)}>
                恢复到此备份
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
