import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { FileOutput } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PdfPages } from './PdfPages';

interface PdfPreviewDialogProps {
  title: string;
  /** Absent while the server is still producing it. */
  file: FileOutput | undefined;
  error?: ApiError | null;
  /** Closing is blocked while a print call runs, so its answer never lands in a dialog that is gone. */
  busy?: boolean;
  onClose: () => void;
  /** The dialog's own buttons (下载 PDF, 打印全部 …), beside 关闭. */
  actions?: ReactNode;
  /** A line above the pages (e.g. what printing will do). */
  note?: ReactNode;
}

/** A document as it will print, page by page, for every document of the module. */
export function PdfPreviewDialog(props: PdfPreviewDialogProps) {
  const { title, file, error, busy, onClose, actions, note } = props;
  const [pages, setPages] = useState<number>();
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'grey.100' }}>
        <ErrorAlert error={error} />
        {note && <Box sx={{ mb: 2 }}>{note}</Box>}
        {pages !== undefined && (
          <Typography color="text.secondary" sx={{ mb: 1 }} data-testid="pdf-page-count">
            共 {pages} 页
          </Typography>
        )}
        {file ? (
          <PdfPages base64={file.base64} onPages={setPages} />
        ) : (
          !error && <Typography color="text.secondary">正在生成文书…</Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
        {actions}
        <Button onClick={onClose} disabled={busy}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
